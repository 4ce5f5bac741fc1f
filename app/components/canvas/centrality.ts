// How central each node of the visible graph is: degree (relationships),
// betweenness (how often it lies on the shortest paths between others: the
// brokers of a landscape) and PageRank (reached by many, or by the reached).
// graphology's metrics (a kept library of graph algorithms, rather than our
// own Brandes and power iteration). Pure: the explorer runs it here for small
// views and in a web worker (centrality.worker.ts) for big ones.
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { GraphDocument } from '@/graph/model';

export type Metric = 'degree' | 'betweenness' | 'pagerank';
export const metrics: Metric[] = ['degree', 'betweenness', 'pagerank'];

/** Views from which the scores are computed in a worker (betweenness grows with nodes × relationships). */
export const WORKER_CENTRALITY_FROM = 1_500;

/** What the worker is sent: ids only, so the message stays small. */
export interface CentralityInput {
  metric: Metric;
  nodes: string[];
  edges: [string, string][];
}

export const centralityInput = (doc: GraphDocument, metric: Metric): CentralityInput => ({
  metric,
  nodes: doc.nodes.map((n) => n.id),
  edges: doc.edges.map((e) => [e.source, e.target]),
});

/** node id → score; degree counts relationships, betweenness is normalised, PageRank sums to 1. */
export function centrality({ metric, nodes, edges }: CentralityInput): Map<string, number> {
  // graphology's Brandes refuses an empty graph (and the view is empty until the graph has loaded).
  if (!nodes.length) return new Map();
  const present = new Set(nodes);
  const within = edges.filter(([s, t]) => present.has(s) && present.has(t) && s !== t);
  if (metric === 'degree') {
    const out = new Map(nodes.map((id) => [id, 0]));
    for (const [s, t] of within) {
      out.set(s, out.get(s)! + 1);
      out.set(t, out.get(t)! + 1);
    }
    return out;
  }
  // Betweenness over the relationships as links (a broker brokers both ways); PageRank follows their direction.
  const graph = new Graph({ type: metric === 'pagerank' ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  for (const id of nodes) graph.addNode(id);
  for (const [s, t] of within) graph.mergeEdge(s, t);
  const scores = metric === 'pagerank' ? pagerank(graph, { getEdgeWeight: null }) : betweenness(graph, { normalized: true });
  return new Map(Object.entries(scores));
}

/** The most central nodes first (ties by id, so the order is stable). */
export function ranked(scores: Map<string, number>, limit: number): [string, number][] {
  return [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}
