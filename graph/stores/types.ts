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
}

export interface Counts {
  nodes: number;
  edges: number;
}

export interface GraphStore {
  readonly engine: 'kuzu' | 'neo4j';
  version(): Promise<string>;
  counts(): Promise<Counts>;
  /** Runs one read query with parameters passed as parameters. */
  query(cypher: string, params?: Record<string, unknown>): Promise<QueryResultSet>;
  /** The whole graph in the export format, sorted by id. */
  exportGraph(): Promise<GraphDocument>;
  close(): Promise<void>;
}
