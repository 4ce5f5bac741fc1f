// Builds the embedded LadybugDB database from the seed files. The new database
// is written beside the old one and swapped in only when it is complete and
// checked, so a failing seed leaves the previous database exactly as it was.
// (The `kuzu` in the names here is the engine's lineage: LadybugDB continues
// Kuzu, with its DDL, COPY FROM and Cypher dialect.)
import fs from 'node:fs';
import path from 'node:path';
import lbug, { type Connection } from '@ladybugdb/core';
import { LEGACY_KUZU_FILE, type Config } from '../config';
import { kuzuDdl } from '../model';
import { EMBEDDED_ENGINE, embeddedVersion } from '../stores/ladybug';
import { nodeColumns, readBulk, type BulkSet } from './bulk';
import { writeKuzuDegrees } from './degrees';
import { SeedError, type Statement } from './parse';
import { readSeeds, sourceChecksum, sourceFormat, type SeedSet } from './files';

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
  /** Which kind of seed directory was loaded: seed files (MERGE statements) or a bulk directory. */
  format?: 'cypher' | 'bulk';
}

/** Progress of a seed: `check` (reading and checking the seeds) then `load` (writing the database), in elements. */
export type SeedProgress = (phase: 'check' | 'load', done: number, total: number) => void;

export interface SeedOptions {
  /** Rebuild even when the database was built from the same seeds. */
  force?: boolean;
  progress?: SeedProgress;
}

const metaPath = (config: Config) => path.join(config.dataDir, 'seed.json');

/** What the seed record names as the engine that built the file: "ladybugdb 0.19.1". */
export const embeddedEngineLabel = `${EMBEDDED_ENGINE} ${embeddedVersion}`;

/** Maps an engine error inside a statement to the seed file's line. */
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
export async function applyStatements(conn: Connection, statements: Statement[], onProgress?: (done: number, total: number) => void): Promise<void> {
  await exec(conn, 'BEGIN TRANSACTION');
  let done = 0;
  for (const st of statements) {
    try {
      await exec(conn, st.text);
    } catch (err) {
      await exec(conn, 'ROLLBACK').catch(() => undefined);
      throw new SeedError([kuzuProblem(st, err)]);
    }
    if (++done % 1000 === 0) onProgress?.(done, statements.length);
  }
  await exec(conn, 'COMMIT');
  onProgress?.(done, statements.length);
}

const cypherString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const csvOptions = `header=true, delim=',', quote='"', escape='"', auto_detect=false`;

/** Maps a COPY error ("Error in file … on line N: …") to the bulk file's line. */
function copyProblem(file: string, err: unknown): string {
  const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
  const m = msg.match(/Error in file .* on line (\d+): (.*)$/);
  return m ? `${file}:${m[1]}: ${m[2]}` : `${file}: ${msg}`;
}

/**
 * Copies the files of a checked bulk set with COPY FROM, nodes first,
 * in one transaction: a failing file rolls all of them back (and one commit
 * is much faster than one per file).
 */
export async function copyBulk(conn: Connection, bulk: BulkSet, onProgress?: (done: number, total: number) => void): Promise<void> {
  const total = bulk.nodes + bulk.edges;
  let done = 0;
  await exec(conn, 'BEGIN TRANSACTION');
  for (const entry of bulk.entries) {
    const shown = entry.path.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), entry.path) : entry.path;
    const copy =
      entry.kind === 'node'
        ? `COPY ${entry.label}(${nodeColumns(entry.label).join(', ')}) FROM ${cypherString(entry.path)} (${csvOptions})`
        : `COPY ${entry.type} FROM ${cypherString(entry.path)} (from='${entry.from}', to='${entry.to}', ${csvOptions})`;
    try {
      await exec(conn, copy);
    } catch (err) {
      await exec(conn, 'ROLLBACK').catch(() => undefined);
      throw new SeedError([copyProblem(shown, err)]);
    }
    onProgress?.((done += entry.rows), total);
  }
  await exec(conn, 'COMMIT');
}

/** Creates the tables of the model, in one transaction (several times faster than one per table). */
export async function createKuzuSchema(conn: Connection): Promise<void> {
  await exec(conn, 'BEGIN TRANSACTION');
  try {
    for (const ddl of kuzuDdl()) await exec(conn, ddl);
  } catch (err) {
    await exec(conn, 'ROLLBACK').catch(() => undefined);
    throw err;
  }
  await exec(conn, 'COMMIT');
}

/**
 * What LadybugDB 0.19 writes next to a database file `x`: `x.wal` (the
 * write-ahead log, while it is open and after a crash), `x.tmp` (the buffer
 * manager's spill file) and, during a checkpoint, `x.wal.checkpoint` (the log
 * being checkpointed), `x.shadow` (pages being written) and two empty lock
 * files, `x.checkpoint.intent.lock` and `x.checkpoint.apply.lock`. (Kuzu 0.11
 * wrote `.wal`, `.shadow` and `.tmp`.) Its lock on the database is an fcntl
 * lock on `x` itself, not a file.
 */
const kuzuSideFiles = ['.wal', '.wal.checkpoint', '.shadow', '.tmp', '.checkpoint.intent.lock', '.checkpoint.apply.lock'];

function removeDb(file: string) {
  for (const f of [file, ...kuzuSideFiles.map((s) => file + s)]) fs.rmSync(f, { force: true, recursive: true });
}

/** The name a build of `target` by process `pid` is written under, beside it. */
export const buildingPath = (target: string, pid = process.pid) => `${target}.building-${pid}`;

/** True while process `pid` exists (EPERM: it exists, but belongs to someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes what builds of `target` by processes that are gone left beside it (a
 * seed killed with SIGKILL or by the OOM killer cannot clean up after itself):
 * `<target>.building-<pid>` and its side files, when no process `pid`
 * exists. The files of a running build are never touched (nor, should its pid
 * have been reused, those of a dead one). Returns the names removed.
 */
export function removeStaleBuilds(target: string): string[] {
  const dir = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(`${base}.building-`)) continue;
    const m = /^(\d+)((?:\.[a-z]+)*)$/.exec(name.slice(base.length + '.building-'.length));
    if (!m || (m[2] !== '' && !kuzuSideFiles.includes(m[2]!))) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    fs.rmSync(path.join(dir, name), { force: true, recursive: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Builds a new database file at `target` with `load`, checks that it holds the
 * expected counts, and only then swaps it in; on any failure the new file is
 * removed and the old one is left as it was.
 */
export async function buildKuzuWith(
  target: string,
  expected: { nodes: number; edges: number; what: string },
  load: (conn: Connection) => Promise<void>,
): Promise<{ nodes: number; edges: number }> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  removeStaleBuilds(target);
  const tmp = buildingPath(target);
  removeDb(tmp);
  const db = new lbug.Database(tmp);
  const conn = new lbug.Connection(db);
  try {
    await createKuzuSchema(conn);
    await load(conn);
    // Each node's degree into its column (graph/seed/degrees.ts), in a transaction of its own after the load's.
    await exec(conn, 'BEGIN TRANSACTION');
    await writeKuzuDegrees((st) => exec(conn, st));
    await exec(conn, 'COMMIT');
    const nodes = await count(conn, 'MATCH (n) RETURN count(n) AS c');
    const edges = await count(conn, 'MATCH ()-[r]->() RETURN count(r) AS c');
    if (nodes !== expected.nodes || edges !== expected.edges) {
      throw new SeedError([`loaded ${nodes} nodes and ${edges} relationships, but the ${expected.what} define ${expected.nodes} and ${expected.edges}`]);
    }
    // Everything into the database file itself before it is moved: LadybugDB's
    // close() does not checkpoint at once (only when the native database is
    // freed, at the latest when the process exits; Kuzu 0.11's did), so the
    // graph would still be in the write-ahead log beside the old name.
    await exec(conn, 'CHECKPOINT');
    await conn.close();
    await db.close();
    if (fs.existsSync(tmp + '.wal')) throw new Error(`${tmp}.wal is still there after the checkpoint`);
    // rename() replaces the old file atomically; only its WAL must go first.
    for (const f of kuzuSideFiles) fs.rmSync(target + f, { force: true });
    fs.renameSync(tmp, target);
    return { nodes, edges };
  } catch (err) {
    await conn.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    removeDb(tmp);
    throw err;
  }
}

/** Loads a checked seed set into a new database file at `target`. */
export async function buildKuzu(seeds: SeedSet, target: string, onProgress?: (done: number, total: number) => void): Promise<{ nodes: number; edges: number }> {
  const expected = { nodes: seeds.graph.nodes.length, edges: seeds.graph.edges.length, what: 'seeds' };
  return buildKuzuWith(target, expected, (conn) => applyStatements(conn, seeds.statements, onProgress));
}

/** Loads a checked bulk set into a new database file at `target` with COPY FROM. */
export async function buildKuzuBulk(bulk: BulkSet, target: string, onProgress?: (done: number, total: number) => void): Promise<{ nodes: number; edges: number }> {
  return buildKuzuWith(target, { nodes: bulk.nodes, edges: bulk.edges, what: 'bulk files' }, (conn) => copyBulk(conn, bulk, onProgress));
}

export function readMeta(config: Config): SeedMeta | undefined {
  try {
    return JSON.parse(fs.readFileSync(metaPath(config), 'utf8')) as SeedMeta;
  } catch {
    return undefined;
  }
}

/**
 * True when the database is missing, or was built from other seeds or schema,
 * or by another engine or version (a file of another version may not open:
 * LadybugDB cannot read Kuzu's, nor its own of another storage version).
 */
export function isStale(config: Config): boolean {
  const meta = readMeta(config);
  return !meta || meta.engine !== embeddedEngineLabel || !fs.existsSync(config.kuzuPath) || meta.checksum !== sourceChecksum(config.cypherDir);
}

/**
 * Removes the database that Kuzu, the embedded engine before LadybugDB, left
 * in the data directory (`landscape.kuzu`, its side files and the debris of
 * killed builds of it): no engine of this app opens it any more. Returns the
 * names removed.
 */
export function removeLegacyKuzu(config: Config): string[] {
  const legacy = path.join(config.dataDir, LEGACY_KUZU_FILE);
  if (legacy === config.kuzuPath) return [];
  const removed = removeStaleBuilds(legacy);
  for (const f of [legacy, ...kuzuSideFiles.map((s) => legacy + s)]) {
    if (!fs.existsSync(f)) continue;
    fs.rmSync(f, { force: true, recursive: true });
    removed.push(path.basename(f));
  }
  return removed;
}

/**
 * Rebuilds the embedded database from `cypher/` (always, or only when stale):
 * seed files through MERGE statements in one transaction, or a bulk
 * directory (bulk.json) through COPY FROM; both checked first.
 */
export async function seedKuzu(config: Config, opts: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  // Also when nothing is rebuilt: `npm start` cleans up after a killed seed.
  removeStaleBuilds(config.kuzuPath);
  if (!opts.force && !isStale(config)) {
    return { ...readMeta(config)!, ms: performance.now() - started, rebuilt: false };
  }
  const format = sourceFormat(config.cypherDir);
  const check = opts.progress && ((done: number, total: number) => opts.progress!('check', done, total));
  const load = opts.progress && ((done: number, total: number) => opts.progress!('load', done, total));
  let checksum: string;
  let counts: { nodes: number; edges: number };
  if (format === 'bulk') {
    const bulk = readBulk(config.cypherDir, check);
    checksum = bulk.checksum;
    counts = await buildKuzuBulk(bulk, config.kuzuPath, load);
  } else {
    const seeds = readSeeds(config.cypherDir);
    check?.(seeds.statements.length, seeds.statements.length);
    checksum = seeds.checksum;
    counts = await buildKuzu(seeds, config.kuzuPath, load);
  }
  const meta: SeedMeta = { checksum, ...counts, engine: embeddedEngineLabel, seededAt: new Date().toISOString() };
  fs.writeFileSync(metaPath(config), JSON.stringify(meta, null, 2) + '\n');
  removeLegacyKuzu(config);
  return { ...meta, ms: performance.now() - started, rebuilt: true, format };
}
