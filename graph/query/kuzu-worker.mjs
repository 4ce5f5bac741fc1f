// The ad-hoc query worker: a separate process that holds a read-only handle
// on the embedded LadybugDB database, under a memory limit set by the OS, a query timeout
// and a row cap. If a query exhausts it, only this process dies; the server
// starts another (graph/query/kuzu-pool.ts). Plain JavaScript: a TypeScript
// loader reserves more address space than the limit leaves.
//
// It runs up to `limits.connections` queries at once, one per connection.
// Each connection keeps its prepared statements by query text (the engine
// plans a repeated query once), and is replaced by a new one after
// `limits.preparesPerConnection` prepares: the engine keeps memory for every
// statement prepared on a connection until that connection is closed (28 KB
// a prepare on LadybugDB 0.19, 88 KB on Kuzu 0.11 — measured, not freed by
// garbage collection), which grew a worker by a gigabyte in two minutes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import lbug from '@ladybugdb/core';
import { internalKey, toValue } from '../stores/kuzu-values.mjs';

const [dbPath, limitsJson] = process.argv.slice(2);
/** @type {import('./worker-protocol').WorkerLimits} */
const limits = JSON.parse(limitsJson);
const db = new lbug.Database(dbPath, limits.bufferPoolBytes, true, true, limits.maxDbBytes);

/** A connection with its prepared statements, most recently used last. */
class Lane {
  constructor() {
    this.conn = new lbug.Connection(db, limits.threadsPerQuery || undefined);
    this.conn.setQueryTimeout(limits.timeoutMs);
    /** @type {Map<string, import('@ladybugdb/core').PreparedStatement>} */
    this.statements = new Map();
    this.prepares = 0;
  }

  async prepare(query) {
    const hit = this.statements.get(query);
    if (hit) {
      this.statements.delete(query);
      this.statements.set(query, hit);
      return hit;
    }
    this.prepares++;
    const prepared = await this.conn.prepare(query);
    if (prepared.isSuccess()) {
      this.statements.set(query, prepared);
      if (this.statements.size > limits.statementCache) this.statements.delete(this.statements.keys().next().value);
    }
    return prepared;
  }

  get worn() {
    return this.prepares >= limits.preparesPerConnection;
  }

  async close() {
    this.statements.clear();
    await this.conn.close();
  }
}

const idle = Array.from({ length: Math.max(1, limits.connections) }, () => new Lane());
/** @type {import('./worker-protocol').WorkerRequest[]} */
const waiting = [];

let ids;
/** Internal id → node id; the database is read-only, so it is read once. */
function idMap(lane) {
  ids ??= (async () => {
    const r = await lane.conn.query('MATCH (n) RETURN ID(n) AS iid, n.id AS id');
    const results = Array.isArray(r) ? r : [r];
    try {
      return new Map((await results[0].getAll()).map((row) => [internalKey(row.iid), String(row.id)]));
    } finally {
      for (const res of results) res.close();
    }
  })().catch((err) => {
    ids = undefined;
    throw err;
  });
  return ids;
}

function classify(message) {
  if (/interrupted/i.test(message)) return { code: 'TIMEOUT' };
  if (/bad_alloc|out of memory|unable to allocate|buffer manager/i.test(message)) return { code: 'TOO_LARGE', recycle: true };
  if (/^(Parser|Binder|Catalog) exception/i.test(message)) return { code: 'SYNTAX' };
  return { code: 'BAD_REQUEST' };
}

/**
 * @param {Lane} lane
 * @param {import('./worker-protocol').WorkerRequest} req
 */
async function run(lane, req) {
  let results = [];
  try {
    const prepared = await lane.prepare(req.query);
    if (!prepared.isSuccess()) return { id: req.id, ok: false, ...classify(prepared.getErrorMessage()), message: prepared.getErrorMessage() };
    const out = await lane.conn.execute(prepared, req.params);
    results = Array.isArray(out) ? out : [out];
    const res = results[results.length - 1];
    const columns = res.getColumnNamesSync();
    const rows = [];
    let bytes = 0;
    let truncated = false;
    const map = await idMap(lane);
    const idOf = (k) => map.get(k);
    while (res.hasNext()) {
      if (rows.length >= limits.maxRows || bytes > limits.maxBytes) {
        truncated = true;
        break;
      }
      // The engine has the whole result in memory once `execute` has answered: reading a row is a copy, and
      // the asynchronous getNext() was a trip through the thread pool for every row.
      const raw = res.getNextSync();
      const row = Object.fromEntries(columns.map((c) => [c, toValue(raw[c], idOf)]));
      bytes += JSON.stringify(row).length;
      rows.push(row);
    }
    return { id: req.id, ok: true, columns, rows, truncated };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { id: req.id, ok: false, ...classify(message), message };
  } finally {
    for (const res of results) res.close();
  }
}

async function serve(lane, req) {
  const res = await run(lane, req);
  process.send?.(res);
  if (lane.worn) {
    await lane.close().catch(() => undefined);
    lane = new Lane();
  }
  const next = waiting.shift();
  if (next) void serve(lane, next);
  else idle.push(lane);
}

process.on('message', (req) => {
  const lane = idle.pop();
  if (lane) void serve(lane, req);
  else waiting.push(req);
});
process.on('disconnect', () => process.exit(0));

/**
 * Narrows this process's address-space limit to what it reserves at rest plus `limits.memoryBytes`, so the
 * limit bounds the queries, not Node's or the engine's own reservations, which differ by version (2.5 GB on
 * Node 20, 3.1 GB on Node 24: a fixed limit of 3 GB left a Node 24 worker 20 MB, and plain queries failed).
 * The engine reserves most of it at its first query and each connection more at its first (its threads'
 * allocator arenas), so every connection runs one first, at once (and the first reads the id map, needed anyway).
 */
async function narrowLimit() {
  await idMap(idle[0]);
  await Promise.all(idle.map(async (lane) => (await lane.conn.query('MATCH (n) RETURN count(n)')).close()));
  const size = /VmSize:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
  if (!size) return;
  const bytes = Number(size) * 1024 + limits.memoryBytes;
  // Where prlimit is missing the pool's wider start limit (kuzu-pool.ts sandbox) stays.
  spawnSync('prlimit', ['--pid', String(process.pid), `--as=${bytes}`], { stdio: 'ignore' });
}

await narrowLimit();
process.send?.({ ready: true });
