// The ad-hoc query worker: a separate process that holds a read-only handle
// on the embedded LadybugDB database, under a memory limit set by the OS, a query timeout
// and a row cap. If a query exhausts it, only this process dies; the server
// starts another (graph/query/kuzu-pool.ts). Plain JavaScript: a TypeScript
// loader reserves more address space than the limit leaves.
import lbug from '@ladybugdb/core';
import { internalKey, toValue } from '../stores/kuzu-values.mjs';

const [dbPath, limitsJson] = process.argv.slice(2);
/** @type {import('./worker-protocol').WorkerLimits} */
const limits = JSON.parse(limitsJson);
const db = new lbug.Database(dbPath, limits.bufferPoolBytes, true, true, limits.maxDbBytes);
const conn = new lbug.Connection(db);
conn.setQueryTimeout(limits.timeoutMs);

let ids;
async function idMap() {
  if (!ids) {
    const r = await conn.query('MATCH (n) RETURN ID(n) AS iid, n.id AS id');
    const res = Array.isArray(r) ? r[0] : r;
    ids = new Map((await res.getAll()).map((row) => [internalKey(row.iid), String(row.id)]));
    res.close();
  }
  return ids;
}

function classify(message) {
  if (/interrupted/i.test(message)) return { code: 'TIMEOUT' };
  if (/bad_alloc|out of memory|unable to allocate|buffer manager/i.test(message)) return { code: 'TOO_LARGE', recycle: true };
  if (/^(Parser|Binder|Catalog) exception/i.test(message)) return { code: 'SYNTAX' };
  return { code: 'BAD_REQUEST' };
}

/** @param {import('./worker-protocol').WorkerRequest} req */
async function run(req) {
  try {
    const prepared = await conn.prepare(req.query);
    if (!prepared.isSuccess()) return { id: req.id, ok: false, ...classify(prepared.getErrorMessage()), message: prepared.getErrorMessage() };
    const out = await conn.execute(prepared, req.params);
    const res = Array.isArray(out) ? out[out.length - 1] : out;
    const columns = await res.getColumnNames();
    const rows = [];
    let bytes = 0;
    let truncated = false;
    const map = await idMap();
    const idOf = (k) => map.get(k);
    while (res.hasNext()) {
      if (rows.length >= limits.maxRows || bytes > limits.maxBytes) {
        truncated = true;
        break;
      }
      const raw = await res.getNext();
      const row = Object.fromEntries(columns.map((c) => [c, toValue(raw[c], idOf)]));
      bytes += JSON.stringify(row).length;
      rows.push(row);
    }
    res.close();
    return { id: req.id, ok: true, columns, rows, truncated };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { id: req.id, ok: false, ...classify(message), message };
  }
}

process.on('message', (req) => {
  void run(req).then((res) => process.send?.(res));
});
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
