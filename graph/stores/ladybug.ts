// The embedded default store: a LadybugDB database file opened read-only.
// LadybugDB (@ladybugdb/core) is the maintained continuation of Kuzu, whose
// last release (0.11.3) came before the project was archived in October 2025:
// the same Database/Connection API and Cypher dialect, so the DDL
// (graph/model/ddl.ts: `kuzuDdl`), the dialect mapping (graph/query/kuzu-dialect.ts)
// and the value mapping (kuzu-values.mjs) keep the names they had.
// Seeding writes a new file elsewhere (graph/seed/loader.ts) and swaps it in.
import lbug from '@ladybugdb/core';
import { compact, edgeId, nodeLabels, nodeSchemas, relSchemas, relTypes, type GraphDocument, type GraphEdge, type GraphNode } from '../model';
import { toKuzuDialect } from '../query/kuzu-dialect';
import { containsRelationship, internalKey, toValue, type KuzuInternalId } from './kuzu-values.mjs';
import { InProcessEngine, PREPARES_PER_CONNECTION, ProcessEngine, STATEMENT_CACHE, type RawEngine } from './ladybug-engine';
import { ladybugViews } from './ladybug-views';
import type { Counts, GraphStore, QueryResultSet, ViewReads } from './types';

/** The engine's name, as /api/health and the seed record report it. */
export const EMBEDDED_ENGINE = 'ladybugdb';
/** The engine's version, from the native library itself. */
export const embeddedVersion: string = lbug.VERSION;

export interface LadybugOptions {
  readOnly?: boolean;
  /** Bytes of buffer pool; small, since a landscape is small. */
  bufferPoolSize?: number;
  /** Bytes of address space the engine may reserve (it reserves 8 TB otherwise). */
  maxDBSize?: number;
  queryTimeoutMs?: number;
  /** Run the engine in a process of its own (ladybug-engine.ts), as the server does; read-only. */
  ownProcess?: boolean;
}

const MiB = 1024 * 1024;

export class LadybugStore implements GraphStore {
  readonly engine = EMBEDDED_ENGINE;
  private readonly db: RawEngine;
  private idMap?: Promise<Map<string, string>>;
  private countsRead?: Promise<Counts>;
  readonly views: ViewReads = ladybugViews(
    (cypher, params) => this.raw(cypher, params),
    () => this.counts(),
    (needle, limit, hits) => this.db.search(needle, limit, hits),
  );

  constructor(
    readonly path: string,
    private readonly opts: LadybugOptions = {},
  ) {
    const engine = {
      bufferPoolBytes: opts.bufferPoolSize ?? 256 * MiB,
      maxDbBytes: opts.maxDBSize ?? 1024 * MiB,
      queryTimeoutMs: opts.queryTimeoutMs,
      statementCache: STATEMENT_CACHE,
      preparesPerConnection: PREPARES_PER_CONNECTION,
    };
    if (opts.ownProcess && opts.readOnly === false) throw new Error('the embedded database runs in a process of its own only read-only');
    this.db = opts.ownProcess ? new ProcessEngine(path, engine) : new InProcessEngine(path, { ...engine, readOnly: opts.readOnly ?? true });
  }

  /** The database's own process, when it runs in one. */
  get processId(): number | undefined {
    return this.db instanceof ProcessEngine ? this.db.pid : undefined;
  }

  private raw(cypher: string, params?: Record<string, unknown>) {
    return this.db.run(cypher, params);
  }

  /** Internal id → node id; the database is read-only, so it is built once. */
  private ids(): Promise<Map<string, string>> {
    this.idMap ??= this.raw('MATCH (n) RETURN ID(n) AS iid, n.id AS id').then(
      ({ rows }) => new Map(rows.map((r) => [internalKey(r.iid as unknown as KuzuInternalId), String(r.id)])),
    );
    return this.idMap;
  }

  async version(): Promise<string> {
    return embeddedVersion;
  }

  /**
   * Read once: the file is open read-only (a seed swaps in a new file, which a new store opens). /api/health
   * asks on every request, and under load its two queries' engine calls, each a turn of a busy event loop, took
   * it to 260 ms at the median while other requests took 7 ms.
   */
  counts(): Promise<Counts> {
    const read = async () => {
      const n = await this.raw('MATCH (n) RETURN count(n) AS c');
      const e = await this.raw('MATCH ()-[r]->() RETURN count(r) AS c');
      return { nodes: Number(n.rows[0]!.c), edges: Number(e.rows[0]!.c) };
    };
    if (this.opts.readOnly === false) return read();
    this.countsRead ??= read().catch((err: unknown) => {
      this.countsRead = undefined;
      throw err;
    });
    return this.countsRead;
  }

  async query(cypher: string, params?: Record<string, unknown>): Promise<QueryResultSet> {
    const { columns, rows } = await this.raw(toKuzuDialect(cypher), params);
    const needsIds = rows.some((r) => containsRelationship(r));
    const ids = needsIds ? await this.ids() : new Map<string, string>();
    const idOf = (k: string) => ids.get(k);
    return {
      columns,
      rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, toValue(r[c], idOf)]))),
    };
  }

  /**
   * One query per label and per relationship type, naming the model's columns:
   * the engine returns plain columns far faster, and in far less memory, than whole
   * node and relationship values (44 s → 24 s and 1.3 GB → 0.4 GB at 100k nodes).
   */
  async exportGraph(): Promise<GraphDocument> {
    const plain = (v: unknown) => (typeof v === 'bigint' ? toValue(v, () => undefined) : v);
    const nodes: GraphNode[] = [];
    for (const label of nodeLabels) {
      const keys = Object.keys(nodeSchemas[label].shape);
      const { rows } = await this.raw(`MATCH (n:${label}) RETURN ${keys.map((k) => `n.${k} AS ${k}`).join(', ')}`);
      for (const r of rows) {
        nodes.push({ id: String(r.id), labels: [label], properties: compact(Object.fromEntries(keys.map((k) => [k, plain(r[k])]))) });
      }
    }
    const edges: GraphEdge[] = [];
    for (const type of relTypes) {
      const keys = Object.keys(relSchemas[type].props.shape);
      const cols = keys.map((k) => `, r.${k} AS ${k}`).join('');
      const { rows } = await this.raw(`MATCH (a)-[r:${type}]->(b) RETURN a.id AS _src, b.id AS _dst${cols}`);
      for (const r of rows) {
        const [source, target] = [String(r._src), String(r._dst)];
        const properties = compact(Object.fromEntries(keys.map((k) => [k, plain(r[k])])));
        edges.push({ id: edgeId(type, source, target), type, source, target, properties });
      }
    }
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
    return { nodes: nodes.sort(byId), edges: edges.sort(byId) };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
