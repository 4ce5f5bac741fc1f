// The security corpus, run against a real server on real Kuzu: every attempt
// to write, read files, reach the network, load extensions, attach databases,
// call procedures, chain statements or exhaust memory and time is refused
// with a 4xx (or a bounded 503/504), and afterwards the server is healthy and
// the graph is byte-for-byte the same. The corpus is data: add to it freely.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server';
import corpus from './security-corpus.json';

interface Attempt {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  status: number[];
  code?: string;
}

let server: RunningServer;
let fileHash: string;
let fingerprint: string;

const dbFile = () => path.join(server.dataDir, 'landscape.kuzu');
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

async function graphFingerprint(): Promise<string> {
  const nodes = await server.cypher({ query: 'MATCH (n) RETURN n ORDER BY n.id' });
  const edges = await server.cypher({ query: 'MATCH (a)-[r]->(b) RETURN a.id AS src, type(r) AS t, r, b.id AS dst ORDER BY src, t, dst' });
  expect(nodes.status).toBe(200);
  expect(edges.status).toBe(200);
  return sha(nodes.text.replace(/"ms":[\d.]+/, '') + edges.text.replace(/"ms":[\d.]+/, ''));
}

beforeAll(async () => {
  // Short limits keep the exhaustion attempts quick; they are the same code paths.
  server = await startServer({ LANDSCAPE_QUERY_TIMEOUT_MS: '3000', LANDSCAPE_QUERY_MEMORY_MB: '3072' });
  fingerprint = await graphFingerprint();
  fileHash = sha(fs.readFileSync(dbFile()));
  fs.rmSync('/tmp/landscape-graph-export', { recursive: true, force: true });
  fs.rmSync('/tmp/landscape-graph-out.csv', { force: true });
});
afterAll(async () => {
  await server?.stop();
});

describe('the security corpus', () => {
  it('holds at least 40 attempts', () => {
    expect((corpus as Attempt[]).length).toBeGreaterThanOrEqual(40);
  });

  it.each((corpus as Attempt[]).map((a) => [a.name, a]))('%s: refused with a clear error', async (_name, attempt) => {
    const res = await server.cypher({ query: attempt.query, params: attempt.params });
    expect(attempt.status).toContain(res.status);
    expect(res.text).not.toMatch(/root:x:0:0|\/bin\/bash|\/usr\/sbin\/nologin/);
    if (res.status === 200) {
      expect((res.json() as { rows: unknown[] }).rows).toEqual([]);
      return;
    }
    const { error } = res.json() as { error: { code: string; message: string } };
    expect(error.message.length).toBeGreaterThan(5);
    expect(res.text).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    if (attempt.code) expect(error.code).toBe(attempt.code);
  });
});

describe('after the corpus', () => {
  it('still answers queries and reports health', async () => {
    const res = await server.cypher({ query: 'MATCH (p:Provider {independent: $i}) RETURN p.name_en AS name ORDER BY name', params: { i: true } });
    expect(res.status).toBe(200);
    expect((res.json() as { rows: unknown[] }).rows).toEqual([{ name: 'Competitor D' }, { name: 'Competitor E' }, { name: 'the Group' }]);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('left the graph and the database file unchanged, and wrote no files', async () => {
    expect(await graphFingerprint()).toBe(fingerprint);
    expect(sha(fs.readFileSync(dbFile()))).toBe(fileHash);
    const exported = fs.existsSync('/tmp/landscape-graph-export') ? fs.readdirSync('/tmp/landscape-graph-export') : [];
    expect(exported.filter((f) => fs.statSync(path.join('/tmp/landscape-graph-export', f)).size > 0)).toEqual([]);
    expect(fs.existsSync('/tmp/landscape-graph-out.csv')).toBe(false);
  });
});
