// The interface every graph database backend implements. Results are plain
// JSON values: nodes and relationships in the export format, numbers as
// numbers, so callers never see driver types.
import type { GraphDocument, GraphEdge, GraphNode } from '../model';

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | GraphNode | GraphEdge | GraphPath;

export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface QueryResultSet {
  columns: string[];
  rows: Record<string, Value>[];
  /** True when rows were cut at `maxRows`. */
  truncated?: boolean;
}

export interface QueryOptions {
  /** The engine interrupts the query after this long. */
  timeoutMs?: number;
  /** Rows beyond this are not read; the result says it was truncated. */
  maxRows?: number;
}

export interface Counts {
  nodes: number;
  edges: number;
}

export interface GraphStore {
  /** The embedded LadybugDB (graph/stores/ladybug.ts) or a Neo4j server. */
  readonly engine: 'ladybugdb' | 'neo4j';
  version(): Promise<string>;
  counts(): Promise<Counts>;
  /** Runs one read query with parameters passed as parameters. */
  query(cypher: string, params?: Record<string, unknown>, opts?: QueryOptions): Promise<QueryResultSet>;
  /** The whole graph in the export format: nodes and relationships sorted by id, properties in the model's order. */
  exportGraph(): Promise<GraphDocument>;
  close(): Promise<void>;
}
