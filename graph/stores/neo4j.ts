// The Neo4j store, used when NEO4J_URI is set: a server of your own, Aura or
// the docker-compose.yml one. Every call runs in a READ transaction, so the
// server itself refuses writes; results are mapped to the same plain values as
// the Kuzu store's (neo4j-values.ts) and driver errors to coded errors.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import type { GraphDocument, GraphEdge, GraphNode } from '../model';
import { connect, openDriver } from './neo4j-connect';
import { toGraphError } from './neo4j-errors';
import { modelParams, queries } from './neo4j-queries';
import { collectNodeIds, relationshipEnds, toDriverParams, toEdge, toNode, toValue } from './neo4j-values';
import { neo4jViews } from './neo4j-views';
import type { Counts, GraphStore, QueryOptions, QueryResultSet, Value, ViewReads } from './types';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const num = (v: unknown) => Number(toValue(v));

/** Reads at most `max` records of `cypher`, then discards the rest on the server. */
async function readCapped(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>, max: number) {
  const result = tx.run(cypher, params);
  const records: Neo4jRecord[] = [];
  let truncated = false;
  for await (const record of result) {
    if (records.length >= max) {
      truncated = true;
      break; // ends the iterator, which cancels the stream (DISCARD) and waits for its summary
    }
    records.push(record);
  }
  return { columns: await result.keys(), records, truncated };
}

export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  readonly views: ViewReads = neo4jViews(
    (cypher, params) => this.records(cypher, params),
    () => this.counts(),
  );

  constructor(
    private readonly config: Neo4jConfig,
    private readonly driver: Driver = openDriver(config),
  ) {}

  /** A store whose server has answered (a clear GraphError otherwise). */
  static async connect(config: Neo4jConfig): Promise<Neo4jStore> {
    const { driver } = await connect(config);
    return new Neo4jStore(config, driver);
  }

  /** Runs `work` in a managed READ transaction with an optional server-side timeout. */
  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: { timeoutMs?: number; fetchSize?: number } = {}): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      database: this.config.database,
      fetchSize: opts.fetchSize,
    });
    const timeout = opts.timeoutMs && opts.timeoutMs > 0 ? Math.ceil(opts.timeoutMs) : undefined;
    try {
      return await session.executeRead(work, timeout ? { timeout } : undefined);
    } catch (err) {
      throw toGraphError(err, { timeoutMs: timeout });
    } finally {
      await session.close();
    }
  }

  private async records(cypher: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    return this.read(async (tx) => (await tx.run(cypher, params)).records);
  }

  async version(): Promise<string> {
    const [rec] = await this.records(queries.version);
    return rec ? String(rec.get('version')) : 'unknown';
  }

  async counts(): Promise<Counts> {
    const [n] = await this.records(queries.countModelNodes);
    const [e] = await this.records(queries.countModelEdges);
    return { nodes: num(n?.get('c')), edges: num(e?.get('c')) };
  }

  async query(cypher: string, params?: Record<string, unknown>, opts: QueryOptions = {}): Promise<QueryResultSet> {
    const max = opts.maxRows ?? Infinity;
    const fetchSize = Number.isFinite(max) ? Math.max(1, Math.min(max + 1, 1000)) : undefined;
    return this.read(
      async (tx) => {
        const { columns, records, truncated } = await readCapped(tx, cypher, toDriverParams(params), max);
        const values = records.map((r) => columns.map((c) => r.get(c) as unknown));
        const ids = collectNodeIds(values);
        // Ends missing from the result are looked up in the same transaction: element ids are only stable within one.
        const missing = [...relationshipEnds(values)].filter((e) => !ids.has(e));
        if (missing.length > 0) {
          const res = await tx.run(queries.idsByElementId, { ids: missing });
          for (const r of res.records) ids.set(String(r.get('e')), String(toValue(r.get('id')) ?? r.get('e')));
        }
        const idOf = (e: string) => ids.get(e);
        const rows = values.map((vals) => Object.fromEntries(columns.map((c, i): [string, Value] => [c, toValue(vals[i], idOf)])));
        return truncated ? { columns, rows, truncated } : { columns, rows };
      },
      { timeoutMs: opts.timeoutMs, fetchSize },
    );
  }

  /**
   * What identifies the current seed (its checksum and time), or undefined if the database was never seeded: a
   * server compares it to notice that `npm run seed` replaced the landscape under it.
   */
  async seedStamp(): Promise<string | undefined> {
    const [rec] = await this.records(queries.readSeed);
    return rec ? `${String(toValue(rec.get('checksum')))}@${String(toValue(rec.get('seededAt')))}` : undefined;
  }

  async exportGraph(): Promise<GraphDocument> {
    const params = modelParams();
    const n = await this.records(queries.exportNodes, params);
    const e = await this.records(queries.exportEdges, params);
    const nodes: GraphNode[] = n.map((r) => toNode(r.get('n')));
    const edges: GraphEdge[] = e.map((r) => {
      const rel = r.get('r');
      const ends = new Map([
        [rel.startNodeElementId as string, String(toValue(r.get('s')))],
        [rel.endNodeElementId as string, String(toValue(r.get('t')))],
      ]);
      return toEdge(rel, (k) => ends.get(k));
    });
    return { nodes: nodes.sort(byId), edges: edges.sort(byId) };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
