// The views on a Neo4j seeded before every seed stored each node's degree
// (graph/seed/degrees.ts): no `_degree` on the nodes and a seed record that
// does not name its checksum under `degrees`. The store must count degrees as
// it did then and give the same answers as on a database seeded now. Part of
// `npm run test:neo4j`; it REPLACES the landscape of that database.
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../graph/config';
import { LandscapeService } from '../../graph/landscape/service';
import { DEGREE_PROPERTY } from '../../graph/model';
import { seedNeo4j } from '../../graph/seed/neo4j-loader';
import { connect } from '../../graph/stores/neo4j-connect';
import { Neo4jStore } from '../../graph/stores/neo4j';
import { SEED_LABEL } from '../../graph/stores/neo4j-queries';
import { repoRoot, tempDir } from '../helpers';

const config = loadConfig({ ...process.env, LANDSCAPE_DATA_DIR: tempDir('lg-neo4j-degrees-'), LANDSCAPE_CYPHER_DIR: path.join(repoRoot, 'cypher') });

/** The answers a user sees: views capped and filtered, a hub's neighbour pages, a node. */
async function answers(store: Neo4jStore) {
  const views = new LandscapeService(store);
  return {
    views: await Promise.all([20_000, 60, 5].map((max) => views.view({}, max))),
    filtered: await views.view({ segment: 'av-apaas', independent: false }, 40),
    pages: await Promise.all([0, 10].map((offset) => views.neighbours('av-paas', 10, offset))),
    node: await views.node('av-paas'),
  };
}

describe('views on a Neo4j seeded before degrees were stored', () => {
  let now: Awaited<ReturnType<typeof answers>>;
  beforeAll(async () => {
    await seedNeo4j(config, { force: true });
    const store = await Neo4jStore.connect(config.neo4j!);
    now = await answers(store);
    await store.close();
    // What a seed of an earlier version left: no degrees, a seed record without `degrees`.
    const { driver } = await connect(config.neo4j!);
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database: config.neo4j!.database });
    await session.run(`MATCH (n) WHERE n.${DEGREE_PROPERTY} IS NOT NULL REMOVE n.${DEGREE_PROPERTY}`);
    await session.run(`MATCH (m:${SEED_LABEL} {id: 'seed'}) REMOVE m.degrees`);
    await session.close();
    await driver.close();
  });
  afterAll(() => seedNeo4j(config, { force: true }));

  it('counts the degrees and answers every view as a database seeded now does', async () => {
    const store = await Neo4jStore.connect(config.neo4j!);
    try {
      expect(await answers(store)).toEqual(now);
    } finally {
      await store.close();
    }
  });

  it('never shows the stored degree among a node\'s properties', () => {
    expect(now.node.node.properties).not.toHaveProperty(DEGREE_PROPERTY);
    for (const { node } of now.node.neighbours) expect(node?.properties ?? {}).not.toHaveProperty(DEGREE_PROPERTY);
  });
});
