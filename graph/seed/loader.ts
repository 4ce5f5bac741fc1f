// Builds the embedded Kuzu database from the seed files. The new database is
// written beside the old one and swapped in only when it is complete and
// checked, so a failing seed leaves the previous database exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import kuzu, { type Connection } from 'kuzu';
import type { Config } from '../config';
import { kuzuDdl } from '../model';
import { SeedError, type Statement } from './parse';
import { readSeeds, seedChecksum, seedFiles, type SeedSet } from './files';

export interface SeedMeta {
  checksum: string;
  nodes: number;
  edges: number;
  engine: string;
  seededAt: string;
}

export interface SeedReport extends SeedMeta {
  ms: number;
  rebuilt: boolean;
}

const metaPath = (config: Config) => path.join(config.dataDir, 'seed.json');

/** Maps a Kuzu error inside a statement to the seed file's line. */
function kuzuProblem(st: Statement, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = msg.match(/line:\s*(\d+)/);
  const line = m ? st.line + Number(m[1]) - 1 : st.line;
  return `${st.file}:${line}: ${msg.split('\n')[0]}`;
}

async function exec(conn: Connection, cypher: string) {
  const res = await conn.query(cypher);
  for (const r of Array.isArray(res) ? res : [res]) r.close();
}

async function count(conn: Connection, cypher: string): Promise<number> {
  const res = await conn.query(cypher);
  const r = Array.isArray(res) ? res[0]! : res;
  const rows = await r.getAll();
  r.close();
  return Number(rows[0]!.c);
}

/** Runs the seed statements in one transaction; any failure rolls all of them back. */
export async function applyStatements(conn: Connection, statements: Statement[]): Promise<void> {
  await exec(conn, 'BEGIN TRANSACTION');
  for (const st of statements) {
    try {
      await exec(conn, st.text);
    } catch (err) {
      await exec(conn, 'ROLLBACK').catch(() => undefined);
      throw new SeedError([kuzuProblem(st, err)]);
    }
  }
  await exec(conn, 'COMMIT');
}

export async function createKuzuSchema(conn: Connection): Promise<void> {
  for (const ddl of kuzuDdl()) await exec(conn, ddl);
}

function removeDb(file: string) {
  for (const f of [file, `${file}.wal`, `${file}.lock`, `${file}.shadow`]) fs.rmSync(f, { force: true, recursive: true });
}

/** Loads a checked seed set into a new Kuzu file at `target`. */
export async function buildKuzu(seeds: SeedSet, target: string): Promise<{ nodes: number; edges: number }> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.building-${process.pid}`;
  removeDb(tmp);
  const db = new kuzu.Database(tmp);
  const conn = new kuzu.Connection(db);
  try {
    await createKuzuSchema(conn);
    await applyStatements(conn, seeds.statements);
    const nodes = await count(conn, 'MATCH (n) RETURN count(n) AS c');
    const edges = await count(conn, 'MATCH ()-[r]->() RETURN count(r) AS c');
    if (nodes !== seeds.graph.nodes.length || edges !== seeds.graph.edges.length) {
      throw new SeedError([
        `loaded ${nodes} nodes and ${edges} relationships, but the seeds define ${seeds.graph.nodes.length} and ${seeds.graph.edges.length}`,
      ]);
    }
    await conn.close();
    await db.close();
    // rename() replaces the old file atomically; only its WAL must go first.
    for (const f of [`${target}.wal`, `${target}.lock`, `${target}.shadow`]) fs.rmSync(f, { force: true });
    fs.renameSync(tmp, target);
    return { nodes, edges };
  } catch (err) {
    await conn.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    removeDb(tmp);
    throw err;
  }
}

export function readMeta(config: Config): SeedMeta | undefined {
  try {
    return JSON.parse(fs.readFileSync(metaPath(config), 'utf8')) as SeedMeta;
  } catch {
    return undefined;
  }
}

/** True when the database is missing or was built from other seeds or schema. */
export function isStale(config: Config): boolean {
  const meta = readMeta(config);
  return !meta || !fs.existsSync(config.kuzuPath) || meta.checksum !== seedChecksum(seedFiles(config.cypherDir));
}

/** Rebuilds the Kuzu database from `cypher/` (always, or only when stale). */
export async function seedKuzu(config: Config, opts: { force?: boolean } = {}): Promise<SeedReport> {
  const started = performance.now();
  if (!opts.force && !isStale(config)) {
    return { ...readMeta(config)!, ms: performance.now() - started, rebuilt: false };
  }
  const seeds = readSeeds(config.cypherDir);
  const { nodes, edges } = await buildKuzu(seeds, config.kuzuPath);
  const meta: SeedMeta = { checksum: seeds.checksum, nodes, edges, engine: `kuzu ${kuzu.VERSION}`, seededAt: new Date().toISOString() };
  fs.writeFileSync(metaPath(config), JSON.stringify(meta, null, 2) + '\n');
  return { ...meta, ms: performance.now() - started, rebuilt: true };
}
