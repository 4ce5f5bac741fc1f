import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphDocumentSchema } from '../../../graph/model';
import { installedLadybugVersion } from '../../engines';
import { seedCopy, tempDir } from '../../helpers';
import { npmRun } from './cli';

// One data directory for the file, seeded by the first command that needs it;
// LadybugDB even when the developer's shell has NEO4J_URI set.
const env = { LANDSCAPE_DATA_DIR: tempDir('lg-cli-'), NEO4J_URI: '' };

beforeAll(() => {
  expect(npmRun(['seed'], env).status).toBe(0);
});

describe('npm run seed', () => {
  it('prints the counts and the time it took', () => {
    const res = npmRun(['seed'], env);
    expect(res.status).toBe(0);
    const engine = `ladybugdb ${installedLadybugVersion()}`.replace(/\./g, '\\.');
    expect(res.stdout).toMatch(new RegExp(`^seeded \\d+ nodes and \\d+ relationships into .*landscape\\.lbug in \\d+ ms \\(${engine}\\)$`, 'm'));
  });

  it('fails on a broken seed file with file:line and a non-zero exit, keeping the database', () => {
    const dir = seedCopy();
    fs.appendFileSync(path.join(dir, '05-providers.cypher'), "\nMERGE (n:Provider {id: 'x'}) SET n.name_en = ;\n");
    const lines = fs.readFileSync(path.join(dir, '05-providers.cypher'), 'utf8').split('\n').length - 1;
    const res = npmRun(['seed'], { ...env, LANDSCAPE_CYPHER_DIR: dir });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`05-providers.cypher:${lines}: value of name_en must be a string, number or boolean literal`);
    expect(res.stderr).toContain('the database was left as it was');
    expect(npmRun(['cypher', '--', 'MATCH (p:Provider) RETURN count(p) AS n', '--json'], env).stdout).toContain('"n": 6');
  });

  it('seeds Neo4j instead when NEO4J_URI is set, and says in one line when that server is not there', () => {
    const res = npmRun(['seed'], { ...env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'not-a-secret' });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('error: cannot connect to Neo4j at bolt://127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1\n');
  });
});

describe('npm run cypher', () => {
  it('prints both 2023 rankings as a table, with Neo4j\'s type(r)', () => {
    const res = npmRun(
      ['cypher', '--', 'MATCH (p:Provider)-[r]->(s:Segment) RETURN p.name_en, type(r), s.name_en, r.rank, r.share ORDER BY s.name_en, r.rank'],
      env,
    );
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/│ p\.name_en\s+│ type\(r\)\s+│ s\.name_en\s+│ r\.rank │ r\.share │/);
    expect(res.stdout).toMatch(/│ Competitor A\s+│ RANKED_IN │ [^│]*PaaS[^│]*│ 1\s+│ 17\s+│/);
    expect(res.stdout).toMatch(/│ Competitor B\s+│ RANKED_IN │ [^│]*APaaS[^│]*│ 1\s+│ 16\.6\s+│/);
    expect(res.stdout).toMatch(/^10 row\(s\)$/m);
  });

  it('lists the independent providers', () => {
    const res = npmRun(['cypher', '--', 'MATCH (p:Provider {independent:true}) RETURN p.name_en ORDER BY p.name_en', '--json'], env);
    expect(JSON.parse(res.stdout).rows).toEqual([{ 'p.name_en': 'Competitor D' }, { 'p.name_en': 'Competitor E' }, { 'p.name_en': 'the Group' }]);
  });

  it('refuses a write like the API does', () => {
    const res = npmRun(['cypher', '--', 'MATCH (n) DETACH DELETE n'], env);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^error at line 1, column 11: not a read clause: "DETACH DELETE n" is refused/m);
  });

  it('reports a syntax error on stderr with a non-zero exit', () => {
    const res = npmRun(['cypher', '--', 'MATCH (p:Provider RETURN p'], env);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^error at line 1, column 19: Invalid input 'RETURN'/m);
  });
});

describe('npm run export', () => {
  it('prints exactly one JSON document in the export format with --format json', () => {
    const res = npmRun(['export', '--', '--format', 'json'], env);
    expect(res.status).toBe(0);
    const doc = graphDocumentSchema.parse(JSON.parse(res.stdout));
    const group = doc.nodes.find((n) => n.id === 'the-group');
    expect(group).toMatchObject({ labels: ['Provider'], properties: { name_en: 'the Group', name_zh: '本集團', independent: true } });
    const ranked = doc.edges.find((e) => e.type === 'RANKED_IN' && e.source === 'the-group' && e.target === 'av-paas');
    expect(ranked?.properties).toMatchObject({ rank: 3, revenue: 1.33, share: 5.8, year: 2023, sourceSection: '競爭格局' });
  });

  it('writes GraphML that is well-formed and holds every node and edge', () => {
    const out = path.join(tempDir(), 'landscape.graphml');
    expect(npmRun(['export', '--', '--format', 'graphml', '--out', out], env).status).toBe(0);
    const xml = fs.readFileSync(out, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = JSON.parse(npmRun(['export', '--', '--format', 'json'], env).stdout);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.graphml.graph.node).toHaveLength(doc.nodes.length);
    expect(parsed.graphml.graph.edge).toHaveLength(doc.edges.length);
  });

  it('writes Cypher seeds that rebuild the same graph', () => {
    const dir = tempDir('lg-roundtrip-');
    expect(npmRun(['export', '--', '--format', 'cypher', '--out', path.join(dir, '01-export.cypher')], env).status).toBe(0);
    const env2 = { LANDSCAPE_DATA_DIR: tempDir('lg-data-'), LANDSCAPE_CYPHER_DIR: dir };
    expect(npmRun(['seed'], env2).status).toBe(0);
    const a = JSON.parse(npmRun(['export', '--', '--format', 'json'], env).stdout);
    const b = JSON.parse(npmRun(['export', '--', '--format', 'json'], env2).stdout);
    expect(b).toEqual(a);
  });

  it('refuses an unknown format', () => {
    const res = npmRun(['export', '--', '--format', 'pdf'], env);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('unknown --format "pdf" (use json, graphml or cypher)');
  });
});

describe('npm run audit', () => {
  it('prints every check with its result and flags the document\'s own inconsistency', () => {
    const res = npmRun(['audit'], env);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/│ pass\s+│ 8\.99\s+│ 8\.99\s+│ ranking-av-paas-2023\.top5_revenue/);
    expect(res.stdout).toMatch(/│ FLAG: off by 0\.127\s+│ 24\.9\s+│ 25\.027/);
    expect(res.stdout).toMatch(/^\d+ checks: \d+ consistent, 1 flagged/m);
    const checks = JSON.parse(npmRun(['audit', '--', '--json'], env).stdout) as { pass: boolean; statedAt: string }[];
    expect(checks.filter((c) => !c.pass).map((c) => c.statedAt)).toEqual([expect.stringContaining('share_2023 (中國音視頻雲服務市場規模)')]);
  });
});
