// The bulk path on a real Neo4j server (batched UNWIND … MERGE in one write
// transaction): the same graph as Kuzu's COPY FROM of the same bulk files.
// Not part of `npm test` (see landscape.neo4j.test.ts for how to run it); it
// REPLACES the landscape in the database it is given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../graph/config';
import { generateLandscape } from '../../graph/generate/landscape';
import { writeLandscape } from '../../graph/generate/write';
import { readBulk } from '../../graph/seed/bulk';
import { seedKuzu } from '../../graph/seed/loader';
import { applyNeo4jBulk, NEO4J_BATCH, seedNeo4j } from '../../graph/seed/neo4j-loader';
import { SeedError } from '../../graph/seed/parse';
import { KuzuStore } from '../../graph/stores/kuzu';
import { Neo4jStore } from '../../graph/stores/neo4j';
import { connect } from '../../graph/stores/neo4j-connect';
import { tempDir } from '../helpers';

const uri = process.env.NEO4J_URI;
// Enough providers that the RANKED_IN file spans several batches.
const providers = Math.ceil((1.2 * NEO4J_BATCH) / 4.3);

describe.skipIf(!uri)(`the bulk path on the Neo4j server at ${uri}`, () => {
  const dir = tempDir('lg-bulk-');
  writeLandscape(generateLandscape({ providers, seed: 2 }), dir, { format: 'bulk', providers, seed: 2 });
  const config: Config = loadConfig({ ...process.env, LANDSCAPE_DATA_DIR: tempDir('lg-neo4j-'), LANDSCAPE_CYPHER_DIR: dir });
  const kuzuConfig: Config = loadConfig({ LANDSCAPE_DATA_DIR: tempDir('lg-data-'), LANDSCAPE_CYPHER_DIR: dir });
  let store: Neo4jStore;
  let kuzu: KuzuStore;

  beforeAll(async () => {
    await seedKuzu(kuzuConfig);
    kuzu = new KuzuStore(kuzuConfig.kuzuPath);
  });
  afterAll(async () => {
    await store?.close();
    await kuzu?.close();
  });

  it('loads the bulk files in batches with the counts of the files, and the same export as Kuzu', async () => {
    const bulk = readBulk(dir);
    const report = await seedNeo4j(config, { force: true });
    expect(report).toMatchObject({ rebuilt: true, format: 'bulk', nodes: bulk.nodes, edges: bulk.edges, checksum: bulk.checksum });
    store = await Neo4jStore.connect(config.neo4j!);
    expect(await store.exportGraph()).toEqual(await kuzu.exportGraph());
  });

  it('stores INT64 properties as integers, as the Cypher seeds do', async () => {
    const { rows } = await store.query("MATCH (p:Provider)-[r:RANKED_IN]->() RETURN r.rank AS rank, valueType(r.rank) AS t LIMIT 1");
    expect(rows[0]!.t).toMatch(/^INTEGER/);
  });

  it('rolls the whole load back when what was loaded disagrees with the files, keeping the previous graph', async () => {
    const before = await store.exportGraph();
    const bulk = readBulk(dir);
    const { driver } = await connect(config.neo4j!);
    try {
      // One relationship more than the files hold: the count check fails after every batch ran, inside the transaction.
      const broken = { ...bulk, edges: bulk.edges + 1 };
      const err = await applyNeo4jBulk(driver, broken, 'test', config.neo4j!.database).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(SeedError);
      expect((err as SeedError).problems[0]).toMatch(/^loaded \d+ nodes and \d+ relationships, but the bulk files define/);
    } finally {
      await driver.close();
    }
    expect(await store.exportGraph()).toEqual(before);
  });
});
