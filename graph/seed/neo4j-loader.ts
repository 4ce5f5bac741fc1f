// Seeds a Neo4j database from the same cypher/ files as Kuzu, after the same
// static checks. Neo4j cannot build a new database beside the old one as the
// Kuzu loader does; instead the delete of the old landscape and every seed
// statement run in ONE write transaction, so a failing statement rolls all of
// it back and leaves the previous graph. The seed checksum is kept on one
// (:LandscapeSeed {id: 'seed'}) node, outside the model, so startup can skip
// seeding when nothing changed.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Config, Neo4jConfig } from '../config';
import { neo4jConstraints } from '../model';
import { connect } from '../stores/neo4j-connect';
import { neo4jProblem, seedFailure } from '../stores/neo4j-errors';
import { modelParams, queries } from '../stores/neo4j-queries';
import { toValue } from '../stores/neo4j-values';
import { readSeeds, seedChecksum, seedFiles, type SeedSet } from './files';
import type { SeedMeta, SeedReport } from './loader';
import { SeedError } from './parse';

function neo4jOf(config: Config): Neo4jConfig {
  if (!config.neo4j) throw new Error('NEO4J_URI is not set: there is no Neo4j database to seed');
  return config.neo4j;
}

const count = async (tx: ManagedTransaction, cypher: string) =>
  Number(toValue((await tx.run(cypher, modelParams())).records[0]?.get('c')));

/** The seed record of the database, if it was ever seeded. */
export async function readNeo4jMeta(driver: Driver, database?: string): Promise<SeedMeta | undefined> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    const rec = (await session.executeRead((tx) => tx.run(queries.readSeed))).records[0];
    if (!rec) return undefined;
    const v = (k: string) => toValue(rec.get(k));
    return { checksum: String(v('checksum')), nodes: Number(v('nodes')), edges: Number(v('edges')), engine: String(v('engine')), seededAt: String(v('seededAt')) };
  } catch (err) {
    throw seedFailure(err);
  } finally {
    await session.close();
  }
}

/** True when the database was never seeded, was seeded from other seeds or schema, or lost elements since. */
async function stale(driver: Driver, checksum: string, database?: string): Promise<{ stale: boolean; meta?: SeedMeta }> {
  const meta = await readNeo4jMeta(driver, database);
  if (!meta || meta.checksum !== checksum) return { stale: true, meta };
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    const [nodes, edges] = await session.executeRead(async (tx) => [await count(tx, queries.countNodes), await count(tx, queries.countEdges)]);
    return { stale: nodes !== meta.nodes || edges !== meta.edges, meta };
  } catch (err) {
    throw seedFailure(err);
  } finally {
    await session.close();
  }
}

export async function isNeo4jStale(config: Config): Promise<boolean> {
  const target = neo4jOf(config);
  const checksum = seedChecksum(seedFiles(config.cypherDir));
  const { driver } = await connect(target);
  try {
    return (await stale(driver, checksum, target.database)).stale;
  } finally {
    await driver.close();
  }
}

/** Uniqueness constraints on id; schema changes cannot share a transaction with data, so each is its own auto-commit. */
export async function createNeo4jConstraints(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database });
  try {
    for (const c of neo4jConstraints()) await session.run(c);
  } catch (err) {
    throw seedFailure(err);
  } finally {
    await session.close();
  }
}

/** Replaces the landscape with the seed set in one write transaction and records its checksum. */
export async function applyNeo4j(driver: Driver, seeds: SeedSet, engine: string, database?: string): Promise<SeedMeta> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database });
  try {
    return await session.executeWrite(async (tx) => {
      await tx.run(queries.deleteModel, modelParams());
      for (const st of seeds.statements) {
        try {
          await tx.run(st.text);
        } catch (err) {
          // Transient failures (a deadlock, a leader switch) are retried by executeWrite; the rest are the seed's.
          if (neo4j.isRetryableError(err)) throw err;
          throw new SeedError([neo4jProblem(st, err)]);
        }
      }
      const nodes = await count(tx, queries.countNodes);
      const edges = await count(tx, queries.countEdges);
      if (nodes !== seeds.graph.nodes.length || edges !== seeds.graph.edges.length) {
        throw new SeedError([
          `loaded ${nodes} nodes and ${edges} relationships, but the seeds define ${seeds.graph.nodes.length} and ${seeds.graph.edges.length}`,
        ]);
      }
      const meta: SeedMeta = { checksum: seeds.checksum, nodes, edges, engine, seededAt: new Date().toISOString() };
      await tx.run(queries.writeSeed, { ...meta, nodes: neo4j.int(nodes), edges: neo4j.int(edges) });
      return meta;
    });
  } catch (err) {
    throw seedFailure(err);
  } finally {
    await session.close();
  }
}

/**
 * Seeds the Neo4j database of `config` from `cypher/` — always with `force`,
 * otherwise only when it is stale. The seeds are read and checked before the
 * server is contacted, so a bad seed is reported as file:line even offline.
 */
export async function seedNeo4j(config: Config, opts: { force?: boolean } = {}): Promise<SeedReport> {
  const started = performance.now();
  const target = neo4jOf(config);
  const seeds = readSeeds(config.cypherDir);
  const { driver, engine } = await connect(target, { maxTransactionRetryTime: 30_000 });
  try {
    if (!opts.force) {
      const { stale: isStale, meta } = await stale(driver, seeds.checksum, target.database);
      if (!isStale && meta) return { ...meta, ms: performance.now() - started, rebuilt: false };
    }
    await createNeo4jConstraints(driver, target.database);
    const meta = await applyNeo4j(driver, seeds, engine, target.database);
    return { ...meta, ms: performance.now() - started, rebuilt: true };
  } finally {
    await driver.close();
  }
}
