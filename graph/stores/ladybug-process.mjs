// The embedded database's own process (graph/stores/ladybug-engine.ts): it
// holds the server's read-only handle on the LadybugDB file and runs the
// queries the store sends, one at a time, answering the engine's rows as
// they are (the store maps them). The engine's memory (its buffer pool, its
// per-query allocations, 60 MB at open) and a native crash stay out of the
// server, as Neo4j's do in its JVM. Plain JavaScript, for a quick start and
// a small heap. It exits when the server goes.
import lbug from '@ladybugdb/core';
import { NAME_INDEX_QUERY, NameIndex } from './ladybug-search.mjs';

const [dbPath, optionsJson] = process.argv.slice(2);
/** @type {import('./ladybug-engine').ProcessOptions} */
const opts = JSON.parse(optionsJson);
const db = new lbug.Database(dbPath, opts.bufferPoolBytes, true, true, opts.maxDbBytes);

function connect() {
  const conn = new lbug.Connection(db);
  if (opts.queryTimeoutMs) conn.setQueryTimeout(opts.queryTimeoutMs);
  return conn;
}

let conn = connect();
/** Prepared statements by text, most recently used last (see LadybugStore: the engine frees them with the connection). */
const statements = new Map();
let prepares = 0;

async function prepare(cypher) {
  const hit = statements.get(cypher);
  if (hit) {
    statements.delete(cypher);
    statements.set(cypher, hit);
    return hit;
  }
  if (prepares >= opts.preparesPerConnection) {
    statements.clear();
    await conn.close();
    conn = connect();
    prepares = 0;
  }
  prepares++;
  const prepared = await conn.prepare(cypher);
  if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
  statements.set(cypher, prepared);
  if (statements.size > opts.statementCache) statements.delete(statements.keys().next().value);
  return prepared;
}

async function run({ cypher, params }) {
  const prepared = await prepare(cypher);
  const res = await conn.execute(prepared, params ?? {});
  const results = Array.isArray(res) ? res : [res];
  const last = results[results.length - 1];
  // Synchronously, as LadybugStore does: getAll() awaits a turn of the event loop per row.
  const answer = { columns: last.getColumnNamesSync(), rows: last.getAllSync() };
  for (const r of results) r.close();
  return answer;
}

/** @type {NameIndex | undefined} */
let names;

let queue = Promise.resolve();
process.on('message', (msg) => {
  queue = queue.then(async () => {
    try {
      if (msg.search) {
        // The file is read-only: the index is built once, at the first search (or the server's start-up reads).
        names ??= new NameIndex((await run({ cypher: NAME_INDEX_QUERY })).rows);
        process.send?.({ id: msg.id, ok: true, candidates: names.candidates(msg.search.needle, msg.search.limit, msg.search.hits) });
        return;
      }
      process.send?.({ id: msg.id, ok: true, ...(await run(msg)) });
    } catch (err) {
      process.send?.({ id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  });
});
process.on('disconnect', () => process.exit(0));
// Opened before it says so: the first query then waits for nothing but itself.
await db.init();
process.send?.({ ready: true });
