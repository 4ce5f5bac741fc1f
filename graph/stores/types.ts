// The interface every graph database backend implements. Results are plain
// JSON values: nodes and relationships in the export format, numbers as
// numbers, so callers never see driver types.
import type { GraphDocument, GraphEdge, GraphNode, NodeLabel, RelType } from '../model';

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

/** A node's place in "most connected first": its relationships in the whole landscape. */
export interface RankedNode {
  id: string;
  label: string;
  degree: number;
}

/** Node id → label, as earlier answers (ranked, incident) told. */
export type Labels = ReadonlyMap<string, string>;

/** A relationship without its properties: what ordering and capping need (`ViewReads.edges` reads the rest). */
export type EdgeRef = Omit<GraphEdge, 'properties'>;

/** A relationship at a node, the node at its other end, and that node's degree. */
export interface Incident {
  edge: EdgeRef;
  other: string;
  otherLabel: string;
  degree: number;
  /** The label of the node asked about. */
  ownLabel: string;
}

/** What a search needs of a node to score it (graph/landscape/search.ts). */
export interface SearchCandidate {
  id: string;
  label: string;
  name_en: string;
  name_zh: string;
  abbr?: string;
}

/** Labels and relationship types of a part of the landscape (the value chain, the audit's figures). */
export interface GraphScope {
  labels: readonly NodeLabel[];
  types: readonly RelType[];
}

/**
 * Bounded reads the views of graph/landscape are built from. Each engine answers them with its own
 * queries (ladybug-views.ts, neo4j-views.ts); every answer is bounded by its arguments or by a
 * node's degree, none is the whole graph unless asked for by `readScope` of the whole model.
 */
export interface ViewReads {
  /**
   * The nodes with these ids (unknown ids are left out), in no particular order. `labels` (id → label, from
   * an earlier answer) lets an engine look a node up in its label's index alone.
   */
  nodes(ids: readonly string[], labels?: Labels): Promise<GraphNode[]>;
  /**
   * The most connected nodes first (degree descending, then id), at most `limit`. With `ids`, only
   * those; with `independent`, Providers of the other kind are left out (degree still counts the
   * whole landscape).
   */
  ranked(opts: { ids?: readonly string[]; independent?: boolean; limit: number }): Promise<RankedNode[]>;
  /**
   * The relationships whose source is one of `ids`, with their properties; `labels` as for nodes. With
   * `minDegree`, those to a node of lower degree may be left out.
   */
  edgesFrom(ids: readonly string[], labels?: Labels, minDegree?: number): Promise<GraphEdge[]>;
  /** These relationships with their properties (unknown ones are left out), in no particular order; `labels` as for nodes. */
  edges(refs: readonly EdgeRef[], labels?: Labels): Promise<GraphEdge[]>;
  /** How many relationships join two nodes of `ids`. */
  countAmong(ids: readonly string[]): Promise<number>;
  /** Every relationship at `id` (a self-loop twice, as at both its ends) with the other end's degree. */
  incident(id: string): Promise<Incident[]>;
  /** `ids` and every node below them along PART_OF, at any depth. */
  withParts(ids: readonly string[]): Promise<string[]>;
  /** `ids` and their direct neighbours. */
  neighbourhood(ids: readonly string[]): Promise<string[]>;
  /** Nodes and relationships of the landscape with independence applied: the unfiltered view's total. */
  countView(independent?: boolean): Promise<Counts>;
  /** Nodes per label and relationships per type. */
  countByName(): Promise<Record<string, number>>;
  /**
   * Nodes that may match the normalised text `needle` (graph/landscape/search.ts decides), the
   * likeliest first, at most `limit`, for a search that keeps `hits`: each engine's own index or scan,
   * measured in bench/.
   */
  searchCandidates(needle: string, limit: number, hits: number): Promise<SearchCandidate[]>;
  /** The nodes of `scope.labels` and the relationships of `scope.types` between them, sorted as exportGraph. */
  readScope(scope: GraphScope): Promise<GraphDocument>;
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
  /** The bounded reads the explorer's views are made of. */
  readonly views: ViewReads;
  close(): Promise<void>;
}
