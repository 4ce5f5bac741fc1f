// The bulk path on a real Neo4j server (batched UNWIND … MERGE in one write
// transaction) with the 10k synthetic landscape: the counts of the files, the
// same graph as Kuzu's COPY FROM of the same files, and a load that fails in
// the middle leaving the previous graph. Part of `npm run test:neo4j`; it
// REPLACES the landscape in the database it is given.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../graph/config';
import { generateLandscape } from '../../graph/generate/landscape';
import { writeLandscape } from '../../graph/generate/write';
import { readBulk } from '../../graph/seed/bulk';
import { seedKuzu } from '../../graph/seed/loader';
import { applyNeo4jBulk, NEO4J_BATCH, SEED_TX_METADATA, seedNeo4j } from '../../graph/seed/neo4j-loader';
import { SeedError } from '../../graph/seed/parse';
import { LadybugStore } from '../../graph/stores/ladybug';
import { Neo4jStore } from '../../graph/stores/neo4j';
import { connect } from '../../graph/stores/neo4j-connect';
import { tempDir } from '../helpers';

// The README's "10k" landscape: 5,000 providers are 9,991 nodes and about 50,000 relationships.
const providers = 5000;

function bulkDir(seed: number): string {
  const dir = tempDir('lg-bulk-');
  writeLandscape(generateLandscape({ providers, seed }), dir, { format: 'bulk', providers, seed });
  return dir;
}

describe('the bulk path on a real Neo4j server, with the 10k synthetic landscape', () => {
  const dir = bulkDir(1);
  const config: Config = loadConfig({ ...process.env, LANDSCAPE_DATA_DIR: tempDir('lg-neo4j-'), LANDSCAPE_CYPHER_DIR: dir });
  const kuzuConfig: Config = loadConfig({ LANDSCAPE_DATA_DIR: tempDir('lg-data-'), LANDSCAPE_CYPHER_DIR: dir });
  let store: Neo4jStore;
  let kuzu: LadybugStore;

  beforeAll(async () => {
    await seedKuzu(kuzuConfig);
    kuzu = new LadybugStore(kuzuConfig.kuzuPath);
  });
  afterAll(async () => {
    await store?.close();
    await kuzu?.close();
  });

  it('loads the bulk files in batches with the counts of the files, and the same export as Kuzu', async () => {
    const bulk = readBulk(dir);
    expect(bulk.nodes).toBe(9991);
    // More rows than one batch holds, so the load really is batched.
    expect(Math.max(...bulk.entries.map((e) => e.rows))).toBeGreaterThan(NEO4J_BATCH);
    const report = await seedNeo4j(config, { force: true });
    expect(report).toMatchObject({ rebuilt: true, format: 'bulk', nodes: bulk.nodes, edges: bulk.edges, checksum: bulk.checksum });
    store = await Neo4jStore.connect(config.neo4j!);
    expect(await store.counts()).toEqual({ nodes: bulk.nodes, edges: bulk.edges });
    expect(await store.exportGraph()).toEqual(await kuzu.exportGraph());
  });

  it('stores INT64 properties as integers, as the Cypher seeds do', async () => {
    const { rows } = await store.query('MATCH (p:Provider)-[r:RANKED_IN]->() RETURN r.rank AS rank, valueType(r.rank) AS t LIMIT 1');
    expect(rows[0]!.t).toMatch(/^INTEGER/);
  });

  it('rolls the whole load back when a batch fails in the middle, naming the file and its lines, and keeps the previous graph', async () => {
    const before = await store.exportGraph();
    const other = readBulk(bulkDir(2));
    const total = other.nodes + other.edges;
    const { driver } = await connect(config.neo4j!);
    const admin = driver.session({ database: config.neo4j!.database });
    let terminated: ReturnType<typeof admin.run> | undefined;
    try {
      // Halfway through, an administrator terminates the seed's transaction (found by its metadata): the next batch
      // fails at the server with Neo.ClientError.Transaction.Terminated, which the driver does not retry.
      const onProgress = (done: number) => {
        if (done < total / 2 || terminated) return;
        terminated = admin.run(
          'SHOW TRANSACTIONS YIELD transactionId AS txId, metaData WHERE metaData.purpose = $purpose ' +
            'TERMINATE TRANSACTIONS txId YIELD transactionId, message RETURN transactionId, message',
          { purpose: SEED_TX_METADATA.purpose },
        );
      };
      const err = await applyNeo4jBulk(driver, other, 'test', config.neo4j!.database, onProgress).then(() => undefined, (e: unknown) => e);
      expect((await terminated!).records.map((r) => r.get('message'))).toEqual(['Transaction terminated.']);
      expect(err).toBeInstanceOf(SeedError);
      expect((err as SeedError).problems[0]).toMatch(/^\S+\.csv:\d+: .*terminated.* \(in the batch of lines \d+–\d+\)$/i);
    } finally {
      await terminated?.catch(() => undefined);
      await admin.close();
      await driver.close();
    }
    expect(await store.exportGraph()).toEqual(before);
    expect(await store.counts()).toEqual({ nodes: before.nodes.length, edges: before.edges.length });
  });

  it('rolls the whole load back when what was loaded disagrees with the files, keeping the previous graph', async () => {
    const before = await store.counts();
    const bulk = readBulk(dir);
    const { driver } = await connect(config.neo4j!);
    try {
      // One relationship more than the files hold: the count check fails after every batch ran, inside the transaction.
      const broken = { ...bulk, edges: bulk.edges + 1 };
      const err = await applyNeo4jBulk(driver, broken, 'test', config.neo4j!.database).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(SeedError);
      expect((err as SeedError).problems[0]).toMatch(/^loaded \d+ nodes and \d+ relationships, but the bulk files define/);
      // Nothing of the failed load is visible to another session either.
      const s = driver.session({ defaultAccessMode: neo4j.session.READ, database: config.neo4j!.database });
      try {
        const seedRecord = await s.run('MATCH (m:LandscapeSeed) RETURN m.engine AS engine');
        expect(seedRecord.records.map((r) => r.get('engine'))).not.toContain('test');
      } finally {
        await s.close();
      }
    } finally {
      await driver.close();
    }
    expect(await store.counts()).toEqual(before);
  });
});
