// The embedded default store: a Kuzu database file opened read-only. Seeding
// writes a new file elsewhere (graph/seed/loader.ts) and swaps it in.
import kuzu, { type Connection, type Database, type KuzuValue } from 'kuzu';
import type { GraphDocument, GraphEdge, GraphNode } from '../model';
import { toKuzuDialect } from '../query/kuzu-dialect';
import { internalKey, toEdge, toNode, toValue, type KuzuInternalId } from './kuzu-values.mjs';
import type { Counts, GraphStore, QueryResultSet } from './types';

export interface KuzuOptions {
  readOnly?: boolean;
  /** Bytes of buffer pool; small, since a landscape is small. */
  bufferPoolSize?: number;
  /** Bytes of address space Kuzu may reserve (it reserves 8 TB otherwise). */
  maxDBSize?: number;
  queryTimeoutMs?: number;
}

const MiB = 1024 * 1024;
export const kuzuVersion = kuzu.VERSION;

async function all(conn: Connection, cypher: string, params?: Record<string, unknown>) {
  const prepared = await conn.prepare(cypher);
  if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
  const res = await conn.execute(prepared, (params ?? {}) as Record<string, KuzuValue>);
  const results = Array.isArray(res) ? res : [res];
  const last = results[results.length - 1]!;
  const columns = await last.getColumnNames();
  const rows = await last.getAll();
  for (const r of results) r.close();
  return { columns, rows };
}

export class KuzuStore implements GraphStore {
  readonly engine = 'kuzu' as const;
  private readonly db: Database;
  private readonly conn: Connection;
  private idMap?: Promise<Map<string, string>>;
  // One connection, one query at a time: Kuzu's Node binding does not promise
  // concurrent use of a connection.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string, opts: KuzuOptions = {}) {
    this.db = new kuzu.Database(
      path,
      opts.bufferPoolSize ?? 256 * MiB,
      true,
      opts.readOnly ?? true,
      opts.maxDBSize ?? 1024 * MiB,
    );
    this.conn = new kuzu.Connection(this.db);
    if (opts.queryTimeoutMs) this.conn.setQueryTimeout(opts.queryTimeoutMs);
  }

  private run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private raw(cypher: string, params?: Record<string, unknown>) {
    return this.run(() => all(this.conn, cypher, params));
  }

  /** Internal id → node id; the database is read-only, so it is built once. */
  private ids(): Promise<Map<string, string>> {
    this.idMap ??= this.raw('MATCH (n) RETURN ID(n) AS iid, n.id AS id').then(
      ({ rows }) => new Map(rows.map((r) => [internalKey(r.iid as unknown as KuzuInternalId), String(r.id)])),
    );
    return this.idMap;
  }

  async version(): Promise<string> {
    return kuzu.VERSION;
  }

  async counts(): Promise<Counts> {
    const n = await this.raw('MATCH (n) RETURN count(n) AS c');
    const e = await this.raw('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: Number(n.rows[0]!.c), edges: Number(e.rows[0]!.c) };
  }

  async query(cypher: string, params?: Record<string, unknown>): Promise<QueryResultSet> {
    const { columns, rows } = await this.raw(toKuzuDialect(cypher), params);
    const needsIds = rows.length > 0 && JSON.stringify(rows[0], (_k, v) => (typeof v === 'bigint' ? 0 : v)).includes('"_src"');
    const ids = needsIds ? await this.ids() : new Map<string, string>();
    const idOf = (k: string) => ids.get(k);
    return {
      columns,
      rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, toValue(r[c], idOf)]))),
    };
  }

  async exportGraph(): Promise<GraphDocument> {
    const n = await this.raw('MATCH (n) RETURN n ORDER BY n.id');
    const e = await this.raw('MATCH (a)-[r]->(b) RETURN a.id AS s, r, b.id AS t');
    const nodes: GraphNode[] = n.rows.map((r) => toNode(r.n as Record<string, unknown>));
    const edges: GraphEdge[] = e.rows.map((r) => {
      const raw = r.r as Record<string, unknown>;
      const ends = new Map([
        [internalKey(raw._src as KuzuInternalId), String(r.s)],
        [internalKey(raw._dst as KuzuInternalId), String(r.t)],
      ]);
      return toEdge(raw, (k) => ends.get(k));
    });
    edges.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return { nodes, edges };
  }

  async close(): Promise<void> {
    await this.run(async () => {
      await this.conn.close();
      await this.db.close();
    });
  }
}
