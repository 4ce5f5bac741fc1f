// The Neo4j backend against a real server: seeding, counts, idempotence,
// rollback, the same answers as Kuzu, READ mode, row cap and timeout. Part of
// `npm run test:neo4j`, which starts a Neo4j itself (tests/neo4j/setup.ts) or
// uses the one at NEO4J_URI. It REPLACES the landscape (every node with a
// label of the model) in that database: point it at a scratch server or
// database (NEO4J_DATABASE).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../graph/config';
import { GraphError } from '../../graph/errors';
import { rankings } from '../../graph/landscape/rankings';
import { readSeeds } from '../../graph/seed/files';
import { seedKuzu } from '../../graph/seed/loader';
import { applyNeo4j, isNeo4jStale, seedNeo4j } from '../../graph/seed/neo4j-loader';
import { SeedError } from '../../graph/seed/parse';
import { openStore } from '../../graph/stores';
import { LadybugStore } from '../../graph/stores/ladybug';
import { Neo4jStore } from '../../graph/stores/neo4j';
import { connect } from '../../graph/stores/neo4j-connect';
import type { QueryResultSet } from '../../graph/stores/types';
import { repoRoot, seedCopy, tempConfig, tempDir } from '../helpers';

const uri = process.env.NEO4J_URI;

const neo4jConfig = (cypherDir = path.join(repoRoot, 'cypher')): Config =>
  loadConfig({ ...process.env, LANDSCAPE_DATA_DIR: tempDir('lg-neo4j-'), LANDSCAPE_CYPHER_DIR: cypherDir });

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** Rows in a canonical order, for queries whose order either engine may choose. */
const canonical = (r: QueryResultSet) => ({ columns: r.columns, rows: r.rows.map((x) => JSON.stringify(x, Object.keys(x).sort())).sort() });

async function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => err,
  );
}

describe(`the Neo4j backend at ${uri}`, () => {
  const config = neo4jConfig();
  const seeds = readSeeds(config.cypherDir);
  const kuzuConfig = tempConfig();
  let store: Neo4jStore;
  let kuzu: LadybugStore;

  beforeAll(async () => {
    await seedNeo4j(config, { force: true });
    store = await Neo4jStore.connect(config.neo4j!);
    await seedKuzu(kuzuConfig);
    kuzu = new LadybugStore(kuzuConfig.kuzuPath);
  });
  afterAll(async () => {
    await store?.close();
    await kuzu?.close();
  });

  describe('seeding Neo4j from cypher/', () => {
    it('loads exactly the graph the seed files define, and the counts say so', async () => {
      const report = await seedNeo4j(config, { force: true });
      expect(report).toMatchObject({ rebuilt: true, nodes: seeds.graph.nodes.length, edges: seeds.graph.edges.length, checksum: seeds.checksum });
      expect(report.engine).toMatch(/^neo4j \d+\.\d+/);
      expect(await store.counts()).toEqual({ nodes: seeds.graph.nodes.length, edges: seeds.graph.edges.length });
      const graph = await store.exportGraph();
      expect(graph.nodes).toEqual(byId(seeds.graph.nodes));
      expect(graph.edges).toEqual(byId(seeds.graph.edges));
    });

    it('exports the same graph as the Kuzu store', async () => {
      expect(await store.exportGraph()).toEqual(await kuzu.exportGraph());
    });

    it('is idempotent: seeding twice gives the same export', async () => {
      const once = await store.exportGraph();
      await seedNeo4j(config, { force: true });
      expect(await store.exportGraph()).toEqual(once);
    });

    it('skips an unchanged seed, and finds the database stale when a seed file changes', async () => {
      expect(await isNeo4jStale(config)).toBe(false);
      expect((await seedNeo4j(config)).rebuilt).toBe(false);
      const changed = neo4jConfig(seedCopy());
      const first = fs.readdirSync(changed.cypherDir).find((f) => f.endsWith('.cypher'))!;
      fs.appendFileSync(path.join(changed.cypherDir, first), '\n// a comment changes the checksum\n');
      expect(await isNeo4jStale(changed)).toBe(true);
    });

    it('keeps its seed record out of the counts and the export', async () => {
      const { rows } = await store.query('MATCH (m:LandscapeSeed) RETURN m.checksum AS checksum, m.nodes AS nodes');
      expect(rows).toEqual([{ checksum: seeds.checksum, nodes: seeds.graph.nodes.length }]);
      expect((await store.exportGraph()).nodes.some((n) => n.labels.includes('LandscapeSeed'))).toBe(false);
    });

    it('rolls back the whole load when Neo4j rejects a statement, naming its file and line, and keeps the previous graph', async () => {
      const before = await store.exportGraph();
      const { driver } = await connect(config.neo4j!);
      try {
        const bad = { file: 'cypher/99-bad.cypher', line: 7, text: "MATCH (n:Provider {id: 'the-group'}) SET n.name_en = 1 +" };
        const err = await failure(applyNeo4j(driver, { ...seeds, statements: [...seeds.statements, bad] }, 'test', config.neo4j!.database));
        expect(err).toBeInstanceOf(SeedError);
        expect((err as SeedError).problems[0]).toMatch(/^cypher\/99-bad\.cypher:7: .+ \(Neo\.ClientError\.Statement\.SyntaxError\)$/);
      } finally {
        await driver.close();
      }
      expect(await store.exportGraph()).toEqual(before);
    });
  });

  describe('querying Neo4j through the store', () => {
    it('gives the same rankings as Kuzu', async () => {
      const fromNeo4j = await rankings(store);
      expect(fromNeo4j.length).toBeGreaterThan(0);
      expect(fromNeo4j).toEqual(await rankings(kuzu));
    });

    it.each([
      ["MATCH (p:Provider {id: 'the-group'})-[r:RANKED_IN]->(s:Segment) RETURN p, r, s"],
      // The ends of r are not in the result: the store looks them up by element id.
      ['MATCH ()-[r:RANKED_IN]->() RETURN r'],
      ["MATCH p = (a:Milestone {id: 'apaas-2019-market-entry'})-[:FOLLOWED_BY*2..2]->(b:Milestone) RETURN p"],
      ['MATCH (p:Provider)-[r]->(s:Segment) RETURN p.name_en, type(r), s.name_en, r.rank, r.share'],
    ])('returns what Kuzu returns for %s', async (query) => {
      const fromNeo4j = await store.query(query);
      expect(fromNeo4j.rows.length).toBeGreaterThan(0);
      expect(canonical(fromNeo4j)).toEqual(canonical(await kuzu.query(query)));
    });

    it('passes integer parameters as integers, so LIMIT $n works', async () => {
      const { rows } = await store.query('MATCH (p:Provider) RETURN p.id AS id ORDER BY id LIMIT $n', { n: 2 });
      expect(rows).toHaveLength(2);
    });

    it('refuses a CREATE in READ mode and leaves the graph unchanged', async () => {
      const before = await store.counts();
      const err = await failure(store.query("CREATE (n:Provider {id: 'intruder', name_en: 'x', name_zh: 'x', independent: true})"));
      expect(err).toBeInstanceOf(GraphError);
      expect((err as GraphError).code).toBe('READ_ONLY');
      expect(await store.counts()).toEqual(before);
    });

    it('stops a query that runs past its timeout', async () => {
      const started = performance.now();
      const err = await failure(store.query('UNWIND range(1, 2000000000) AS x RETURN sum(x) AS s', {}, { timeoutMs: 300 }));
      expect((err as GraphError).code).toBe('TIMEOUT');
      expect(performance.now() - started).toBeLessThan(15_000);
    });

    it('reads at most maxRows records and says the result was truncated', async () => {
      const cut = await store.query('UNWIND range(1, 100000) AS x RETURN x', {}, { maxRows: 10 });
      expect(cut).toEqual({ columns: ['x'], rows: Array.from({ length: 10 }, (_, i) => ({ x: i + 1 })), truncated: true });
      const whole = await store.query('UNWIND range(1, 5) AS x RETURN x', {}, { maxRows: 10 });
      expect(whole.rows).toHaveLength(5);
      expect(whole.truncated).toBeUndefined();
    });

    it('reports a syntax error with its position', async () => {
      const err = (await failure(store.query('MATCH (n)\nRETRN n'))) as GraphError;
      expect(err.code).toBe('SYNTAX');
      expect(err.details.position?.line).toBe(2);
    });

    it('names its engine and the server version', async () => {
      expect(store.engine).toBe('neo4j');
      expect(await store.version()).toMatch(/^\d+\.\d+/);
    });

    it('is what openStore returns when NEO4J_URI is set', async () => {
      const opened = await openStore(config);
      try {
        expect(opened.engine).toBe('neo4j');
        expect(await opened.counts()).toEqual({ nodes: seeds.graph.nodes.length, edges: seeds.graph.edges.length });
      } finally {
        await opened.close();
      }
    });
  });
});
