// Seeds a Neo4j database from the same cypher/ files as Kuzu, after the same
// static checks. Neo4j cannot build a new database beside the old one as the
// Kuzu loader does; instead the delete of the old landscape and every seed
// statement run in ONE write transaction, so a failing statement rolls all of
// it back and leaves the previous graph. The seed checksum is kept on one
// (:LandscapeSeed {id: 'seed'}) node, outside the model, so startup can skip
// seeding when nothing changed.
import path from 'node:path';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import type { Config, Neo4jConfig } from '../config';
import { neo4jConstraints, neo4jIndexes, nodeSchemas, propMeta, relSchemas } from '../model';
import { connect } from '../stores/neo4j-connect';
import { neo4jProblem, seedFailure } from '../stores/neo4j-errors';
import { modelParams, queries } from '../stores/neo4j-queries';
import { toValue } from '../stores/neo4j-values';
import { bulkRows, readBulk, type BulkEntry, type BulkSet } from './bulk';
import { writeNeo4jDegrees } from './degrees';
import { readSeeds, sourceChecksum, sourceFormat, type SeedSet } from './files';
import type { SeedMeta, SeedOptions, SeedReport } from './loader';
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
    const [nodes, edges] = await session.executeRead(async (tx) => [await count(tx, queries.countModelNodes), await count(tx, queries.countModelEdges)]);
    return { stale: nodes !== meta.nodes || edges !== meta.edges, meta };
  } catch (err) {
    throw seedFailure(err);
  } finally {
    await session.close();
  }
}

export async function isNeo4jStale(config: Config): Promise<boolean> {
  const target = neo4jOf(config);
  const checksum = sourceChecksum(config.cypherDir);
  const { driver } = await connect(target);
  try {
    return (await stale(driver, checksum, target.database)).stale;
  } finally {
    await driver.close();
  }
}

/**
 * Uniqueness constraints on id and search's full-text index; schema changes cannot share a transaction with
 * data, so each is its own auto-commit. A new index is populated in the background: wait for it to be online.
 */
export async function createNeo4jConstraints(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database });
  try {
    for (const c of [...neo4jConstraints(), ...neo4jIndexes()]) await session.run(c);
    await session.run('CALL db.awaitIndexes(300)');
  } catch (err) {
    throw seedFailure(err);
  } finally {
    await session.close();
  }
}

/** The metadata of a seed's write transaction (`SHOW TRANSACTIONS YIELD metaData`). */
export const SEED_TX_METADATA = { app: 'landscape-graph', purpose: 'seed' } as const;

/**
 * One write transaction: removes the model's nodes, runs `load`, checks the
 * counts against what the source defines and records its checksum. Both the
 * seed files and the bulk path replace the landscape this way.
 */
async function replaceLandscape(
  driver: Driver,
  database: string | undefined,
  expected: { nodes: number; edges: number; checksum: string; source: string; engine: string },
  load: (tx: ManagedTransaction) => Promise<void>,
): Promise<SeedMeta> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database });
  try {
    return await session.executeWrite(async (tx) => {
      await tx.run(queries.deleteModel, modelParams());
      await load(tx);
      await writeNeo4jDegrees(tx);
      const nodes = await count(tx, queries.countNodes);
      const edges = await count(tx, queries.countEdges);
      if (nodes !== expected.nodes || edges !== expected.edges) {
        throw new SeedError([`loaded ${nodes} nodes and ${edges} relationships, but the ${expected.source} define ${expected.nodes} and ${expected.edges}`]);
      }
      const meta: SeedMeta = { checksum: expected.checksum, nodes, edges, engine: expected.engine, seededAt: new Date().toISOString() };
      await tx.run(queries.writeSeed, { ...meta, nodes: neo4j.int(nodes), edges: neo4j.int(edges) });
      return meta;
      // An administrator's SHOW TRANSACTIONS tells a seed (which may hold the write lock for a while) from anything else.
    }, { metadata: SEED_TX_METADATA });
  } catch (err) {
    throw seedFailure(err);
  } finally {
    await session.close();
  }
}

/** Replaces the landscape with the seed set in one write transaction and records its checksum. */
export async function applyNeo4j(driver: Driver, seeds: SeedSet, engine: string, database?: string): Promise<SeedMeta> {
  const expected = { nodes: seeds.graph.nodes.length, edges: seeds.graph.edges.length, checksum: seeds.checksum, source: 'seeds', engine };
  return replaceLandscape(driver, database, expected, async (tx) => {
    for (const st of seeds.statements) {
      try {
        await tx.run(st.text);
      } catch (err) {
        // Transient failures (a deadlock, a leader switch) are retried by executeWrite; the rest are the seed's.
        if (neo4j.isRetryableError(err)) throw err;
        throw new SeedError([neo4jProblem(st, err)]);
      }
    }
  });
}

/** Rows per UNWIND batch of the bulk path. */
export const NEO4J_BATCH = 5000;

/** The bulk path's statement for one file: a batch of rows in `$rows`. */
export function bulkStatement(entry: BulkEntry): string {
  return entry.kind === 'node'
    ? `UNWIND $rows AS row MERGE (n:${entry.label} {id: row.id}) SET n += row`
    : `UNWIND $rows AS row MATCH (a:${entry.from} {id: row.from}) MATCH (b:${entry.to} {id: row.to}) MERGE (a)-[r:${entry.type}]->(b) SET r += row.props`;
}

/** Property names stored as INT64, which must reach Neo4j as integers (a JavaScript number is sent as a float). */
function intKeys(shape: z.ZodRawShape): Set<string> {
  return new Set(Object.entries(shape).filter(([, s]) => propMeta(s as z.ZodType).storage === 'INT64').map(([k]) => k));
}

function toNeo4jProps(props: Record<string, unknown>, ints: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = ints.has(k) && typeof v === 'number' ? neo4j.int(v) : v;
  return out;
}

/**
 * Replaces the landscape with a checked bulk set in ONE write transaction:
 * every file in batches of NEO4J_BATCH rows (`UNWIND $rows … MERGE`), nodes
 * first; a rejected batch rolls all of it back and is reported at its file
 * and first line.
 */
export async function applyNeo4jBulk(
  driver: Driver,
  bulk: BulkSet,
  engine: string,
  database?: string,
  onProgress?: (done: number, total: number) => void,
): Promise<SeedMeta> {
  const total = bulk.nodes + bulk.edges;
  const expected = { nodes: bulk.nodes, edges: bulk.edges, checksum: bulk.checksum, source: 'bulk files', engine };
  return replaceLandscape(driver, database, expected, async (tx) => {
    let done = 0;
    for (const entry of bulk.entries) {
      const statement = bulkStatement(entry);
      const ints = intKeys(entry.kind === 'node' ? nodeSchemas[entry.label].shape : relSchemas[entry.type].props.shape);
      const shown = entry.path.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), entry.path) : entry.path;
      let batch: Record<string, unknown>[] = [];
      let first = 0;
      let last = 0;
      const flush = async () => {
        if (!batch.length) return;
        try {
          await tx.run(statement, { rows: batch });
        } catch (err) {
          if (neo4j.isRetryableError(err)) throw err;
          throw new SeedError([`${neo4jProblem({ file: shown, line: first, text: statement }, err)} (in the batch of lines ${first}–${last})`]);
        }
        onProgress?.((done += batch.length), total);
        batch = [];
      };
      for (const { line, row } of bulkRows(entry)) {
        if (!batch.length) first = line;
        last = line;
        batch.push(entry.kind === 'node' ? toNeo4jProps(row, ints) : { from: row.from, to: row.to, props: toNeo4jProps(row.props as Record<string, unknown>, ints) });
        if (batch.length === NEO4J_BATCH) await flush();
      }
      await flush();
    }
  });
}

/** The seed record when the database holds the seed of `checksum`, else undefined. */
async function upToDate(target: Neo4jConfig, checksum: string): Promise<SeedMeta | undefined> {
  const { driver } = await connect(target);
  try {
    const { stale: isStale, meta } = await stale(driver, checksum, target.database);
    return isStale ? undefined : meta;
  } finally {
    await driver.close();
  }
}

/**
 * Seeds the Neo4j database of `config` from `cypher/` — always with `force`,
 * otherwise only when it is stale. The seeds (seed files or a bulk directory)
 * are read and checked before the server is contacted, so a bad seed is
 * reported as file:line even offline.
 */
export async function seedNeo4j(config: Config, opts: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const target = neo4jOf(config);
  const format = sourceFormat(config.cypherDir);
  if (!opts.force) {
    // Up to date: known from the checksum alone, without reading and checking every row (seconds at 100k
    // nodes, which a server's start would wait for). Unreachable or stale: the full path below, which
    // reports a bad seed as file:line before it contacts the server.
    const fresh = await upToDate(target, sourceChecksum(config.cypherDir)).catch(() => undefined);
    if (fresh) return { ...fresh, ms: performance.now() - started, rebuilt: false, format };
  }
  const check = opts.progress && ((done: number, total: number) => opts.progress!('check', done, total));
  const load = opts.progress && ((done: number, total: number) => opts.progress!('load', done, total));
  const source: { kind: 'cypher'; seeds: SeedSet } | { kind: 'bulk'; bulk: BulkSet } =
    format === 'bulk' ? { kind: 'bulk', bulk: readBulk(config.cypherDir, check) } : { kind: 'cypher', seeds: readSeeds(config.cypherDir) };
  const checksum = source.kind === 'bulk' ? source.bulk.checksum : source.seeds.checksum;
  const { driver, engine } = await connect(target, { maxTransactionRetryTime: 30_000 });
  try {
    if (!opts.force) {
      const { stale: isStale, meta } = await stale(driver, checksum, target.database);
      if (!isStale && meta) return { ...meta, ms: performance.now() - started, rebuilt: false, format };
    }
    await createNeo4jConstraints(driver, target.database);
    const meta =
      source.kind === 'bulk'
        ? await applyNeo4jBulk(driver, source.bulk, engine, target.database, load)
        : await applyNeo4j(driver, source.seeds, engine, target.database);
    return { ...meta, ms: performance.now() - started, rebuilt: true, format };
  } finally {
    await driver.close();
  }
}
