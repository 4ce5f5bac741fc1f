// Collects every node and relationship that query rows contain, so a result
// can be drawn as a graph.
import type { GraphDocument, GraphEdge, GraphNode } from '../model';
import type { Value } from '../stores/types';

const isNode = (v: object): v is GraphNode => 'labels' in v && 'properties' in v && 'id' in v;
const isEdge = (v: object): v is GraphEdge => 'type' in v && 'source' in v && 'target' in v && 'properties' in v;
const isPath = (v: object): v is { nodes: GraphNode[]; edges: GraphEdge[] } =>
  'nodes' in v && 'edges' in v && Array.isArray((v as { nodes: unknown }).nodes);

export function graphOf(rows: Record<string, Value>[]): GraphDocument {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const visit = (v: Value | undefined): void => {
    if (v === null || v === undefined || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(visit);
    if (isNode(v)) nodes.set(v.id, v);
    else if (isEdge(v)) edges.set(v.id, v);
    else if (isPath(v)) {
      v.nodes.forEach((n) => nodes.set(n.id, n));
      v.edges.forEach((e) => edges.set(e.id, e));
    } else Object.values(v).forEach(visit);
  };
  rows.forEach((r) => Object.values(r).forEach(visit));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
