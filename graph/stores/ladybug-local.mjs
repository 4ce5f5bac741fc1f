// The engine opened in this process, one query at a time on one connection
// (the Node binding does not promise more), with its prepared statements and
// the index of names search reads (ladybug-search.mjs). InProcessEngine
// (ladybug-engine.ts) and the database's own process (ladybug-process.mjs)
// both run it. Plain JavaScript: that process runs without a TypeScript loader.
//
// The engine keeps memory for every statement prepared on a connection until
// the connection is closed (28–75 KB a prepare on LadybugDB 0.19, not freed
// by garbage collection; /api/health's two counts grew the server by 150 KB a
// request), so statements are kept by query text and the connection is
// replaced after `preparesPerConnection` prepares of texts not kept.
import lbug from '@ladybugdb/core';
import { NAME_INDEX_QUERY, NameIndex } from './ladybug-search.mjs';

export class LocalEngine {
  /** @param {string} file @param {import('./ladybug-engine').ProcessOptions & { readOnly: boolean }} opts */
  constructor(file, opts) {
    this.opts = opts;
    this.db = new lbug.Database(file, opts.bufferPoolBytes, true, opts.readOnly, opts.maxDbBytes);
    this.conn = this.connect();
    this.statements = new Map();
    this.prepares = 0;
    this.queue = Promise.resolve();
    this.names = undefined;
  }

  /** Opens the database before the first query needs it. */
  init() {
    return this.db.init();
  }

  connect() {
    const conn = new lbug.Connection(this.db);
    if (this.opts.queryTimeoutMs) conn.setQueryTimeout(this.opts.queryTimeoutMs);
    return conn;
  }

  /** The prepared statement of `cypher`, kept by text (most recently used last). Runs inside `serial`. */
  async prepare(cypher) {
    const hit = this.statements.get(cypher);
    if (hit) {
      this.statements.delete(cypher);
      this.statements.set(cypher, hit);
      return hit;
    }
    if (this.prepares >= this.opts.preparesPerConnection) {
      this.statements.clear();
      await this.conn.close();
      this.conn = this.connect();
      this.prepares = 0;
    }
    this.prepares++;
    const prepared = await this.conn.prepare(cypher);
    if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
    this.statements.set(cypher, prepared);
    if (this.statements.size > this.opts.statementCache) this.statements.delete(this.statements.keys().next().value);
    return prepared;
  }

  serial(fn) {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  run(cypher, params) {
    return this.serial(async () => {
      const prepared = await this.prepare(cypher); // may replace the connection
      const res = await this.conn.execute(prepared, params ?? {});
      const results = Array.isArray(res) ? res : [res];
      const last = results[results.length - 1];
      // Synchronously: getAll() awaits a turn of the event loop per row (25 µs a row, 0.5 s for 20,000 ids
      // against 15 ms here); the store's results are bounded by its callers.
      const answer = { columns: last.getColumnNamesSync(), rows: last.getAllSync() };
      for (const r of results) r.close();
      return answer;
    });
  }

  /** Search candidates from the index of names, built at the first search (the file is read-only). */
  async search(needle, limit, hits) {
    this.names ??= this.run(NAME_INDEX_QUERY).then(
      ({ rows }) => new NameIndex(rows),
      (err) => {
        this.names = undefined;
        throw err;
      },
    );
    return (await this.names).candidates(needle, limit, hits);
  }

  close() {
    return this.serial(async () => {
      await this.conn.close();
      await this.db.close();
    });
  }
}
