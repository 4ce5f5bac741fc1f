// Every surface takes the same path (issue 12): each query of the differential
// corpus, sent to the real server's POST /api/cypher and to the real
// `npm run cypher -- --batch`, gets the answer — or the refusal, with its code
// and message — that the gate and translation give it in process. On the
// embedded engine in both suites: the translation is what is under test.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KuzuQueryPool } from '../../../../graph/query/kuzu-pool';
import { kuzuRunner } from '../../../../graph/query/kuzu-translate';
import type { ReadRunner } from '../../../../graph/query/service';
import { repoRoot } from '../../../helpers';
import { startServer, type RunningServer } from '../../../app/server';
import { engineFixture } from '../../stores/conformance/engine';
import { canonical, outcome, same, type Outcome } from './compare';
import { corpus, type CorpusQuery } from './corpus';

type Answer = { columns: string[]; rows: Record<string, unknown>[] } | { error: { code: string; message: string } };

const asOutcome = (a: Answer): Outcome => ('error' in a ? { ok: false, code: a.error.code, message: a.error.message } : { ok: true, columns: a.columns, rows: a.rows });

/** Where a surface's outcome differs from the in-process one, a line saying how. */
function mismatch(c: CorpusQuery, ours: Outcome, theirs: Outcome): string | undefined {
  if (ours.ok && theirs.ok) return same(ours, theirs, c.ordered ?? false) ? undefined : `${c.id}: rows ${canonical(theirs.rows)} where in process ${canonical(ours.rows)}`;
  if (!ours.ok && !theirs.ok) return ours.code === theirs.code && ours.message === theirs.message ? undefined : `${c.id}: ${theirs.code} ${theirs.message} where in process ${ours.code} ${ours.message}`;
  return `${c.id}: ${theirs.ok ? 'rows' : theirs.code} where in process ${ours.ok ? 'rows' : ours.code}`;
}

describe('the corpus through every surface', () => {
  const fixture = engineFixture('ladybugdb');
  let pool: KuzuQueryPool;
  let local: ReadRunner;
  let server: RunningServer;
  const expected = new Map<string, Outcome>();

  beforeAll(async () => {
    await fixture.seed();
    pool = new KuzuQueryPool(fixture.config.kuzuPath);
    local = kuzuRunner((query, params) => pool.run(query, params));
    const answers = (async () => {
      for (const c of corpus) expected.set(c.id, await outcome(local, c));
    })();
    [server] = await Promise.all([startServer({ ...fixture.env, NEO4J_URI: '' }), answers]);
  });
  afterAll(async () => {
    await server?.stop();
    await pool?.close();
  });

  it('POST /api/cypher answers each query as the translation does in process', async () => {
    const wrong: string[] = [];
    for (const c of corpus) {
      const res = await server.cypher({ query: c.query, params: c.params ?? {} });
      const theirs = asOutcome(res.json() as Answer);
      const ours = expected.get(c.id)!;
      expect(res.status, c.id).toBe(ours.ok ? 200 : 400);
      const m = mismatch(c, ours, theirs);
      if (m) wrong.push(m);
    }
    expect(wrong).toEqual([]);
  });

  it('npm run cypher answers each query as the translation does in process', () => {
    const input = corpus.map((c) => JSON.stringify({ query: c.query, params: c.params ?? {} })).join('\n');
    const res = spawnSync('npm', ['run', '--silent', 'cypher', '--', '--batch'], { cwd: repoRoot, env: { ...process.env, ...fixture.env }, input, encoding: 'utf8', timeout: 180_000 });
    expect(res.status, res.stderr).toBe(0);
    const answers = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as Answer);
    expect(answers).toHaveLength(corpus.length);
    const wrong = corpus.flatMap((c, i) => mismatch(c, expected.get(c.id)!, asOutcome(answers[i]!)) ?? []);
    expect(wrong).toEqual([]);
  });
});
