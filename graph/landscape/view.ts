// Views of a landscape held in memory: filtering by provider independence,
// segment, layer and text, a node with its neighbours, and search. The
// explorer uses it in the browser over the elements it has been sent; the
// server answers the same views from the store (service.ts), and the store
// conformance suite checks both give the same answers. A view can be capped
// to a number of elements: a browser tab draws tens of thousands smoothly,
// not the 600,000 of a 100k-node landscape.
import type { GraphDocument, GraphEdge, GraphNode } from '../model';
import { rankHits, type SearchHit } from './search';

export type { SearchHit } from './search';

/** Elements a view holds unless asked otherwise, and at most (about 25 MB of JSON). */
export const VIEW_DEFAULT_MAX = 20_000;
export const VIEW_MAX = 100_000;

export interface LandscapeFilters {
  independent?: boolean;
  segment?: string;
  layer?: string;
  q?: string;
}

export class Landscape {
  readonly byId: Map<string, GraphNode>;
  private readonly adjacency = new Map<string, GraphEdge[]>();

  constructor(readonly doc: GraphDocument) {
    this.byId = new Map(doc.nodes.map((n) => [n.id, n]));
    for (const e of doc.edges) {
      for (const end of [e.source, e.target]) {
        const list = this.adjacency.get(end) ?? [];
        list.push(e);
        this.adjacency.set(end, list);
      }
    }
  }

  edgesOf(id: string): GraphEdge[] {
    return this.adjacency.get(id) ?? [];
  }

  /** A node and everything below it along PART_OF (sub-markets, sub-layers). */
  private withParts(id: string): Set<string> {
    const out = new Set([id]);
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      for (const e of this.edgesOf(cur)) {
        if (e.type === 'PART_OF' && e.target === cur && !out.has(e.source)) {
          out.add(e.source);
          stack.push(e.source);
        }
      }
    }
    return out;
  }

  /** The core nodes and their direct neighbours. */
  private neighbourhood(core: Set<string>): Set<string> {
    const out = new Set(core);
    for (const id of core) for (const e of this.edgesOf(id)) out.add(e.source === id ? e.target : e.source);
    return out;
  }

  /** Relationships in the whole landscape: the order of "most connected first". */
  degree(id: string): number {
    return this.edgesOf(id).length;
  }

  private ranked?: GraphNode[];

  /** Every node, most connected first: sorted once, as the unfiltered view is the one asked for most. */
  private rankedAll(): GraphNode[] {
    return (this.ranked ??= [...this.doc.nodes].sort(this.byDegree));
  }

  private byDegree = (a: GraphNode, b: GraphNode) => this.degree(b.id) - this.degree(a.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  /**
   * The filtered view, capped at `max` elements (nodes + relationships): the
   * most connected nodes first, each with its relationships to the nodes
   * before it, so a bigger cap always shows a superset of a smaller one.
   */
  view(f: LandscapeFilters, max: number): GraphView {
    const doc = this.filter(f);
    const total = { nodes: doc.nodes.length, edges: doc.edges.length };
    if (total.nodes + total.edges <= max) return { ...doc, total, truncated: false };
    const ranked = doc.nodes === this.doc.nodes ? this.rankedAll() : [...doc.nodes].sort(this.byDegree);
    const kept = new Set<string>();
    const edges = new Set<GraphEdge>();
    const nodes: GraphNode[] = [];
    for (const n of ranked) {
      const joining = this.edgesOf(n.id).filter((e) => kept.has(e.source === n.id ? e.target : e.source) || e.source === e.target);
      if (nodes.length + edges.size + 1 + joining.length > max) break;
      kept.add(n.id);
      nodes.push(n);
      for (const e of joining) edges.add(e);
    }
    return { nodes, edges: doc.edges.filter((e) => edges.has(e)), total, truncated: true };
  }

  filter(f: LandscapeFilters): GraphDocument {
    let keep: Set<string> | undefined;
    const narrow = (ids: Set<string>) => {
      keep = keep ? new Set([...keep].filter((id) => ids.has(id))) : ids;
    };
    if (f.segment) narrow(this.neighbourhood(this.withParts(f.segment)));
    if (f.layer) narrow(this.neighbourhood(this.withParts(f.layer)));
    if (f.q) narrow(this.neighbourhood(new Set(this.search(f.q, 50).map((m) => m.id))));
    let nodes = keep ? this.doc.nodes.filter((n) => keep!.has(n.id)) : this.doc.nodes;
    if (f.independent !== undefined) {
      nodes = nodes.filter((n) => n.labels[0] !== 'Provider' || n.properties.independent === f.independent);
    }
    const ids = new Set(nodes.map((n) => n.id));
    return { nodes, edges: this.doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
  }

  /**
   * A node's relationships in pages of `limit`, the most connected neighbours
   * first, so that expanding a hub brings in its chunk at a time.
   */
  neighbours(id: string, limit: number, offset = 0): NeighbourPage {
    const other = (e: GraphEdge) => this.byId.get(e.source === id ? e.target : e.source)!;
    const all = [...this.edgesOf(id)].sort((a, b) => this.byDegree(other(a), other(b)) || (a.id < b.id ? -1 : 1));
    const edges = all.slice(offset, offset + limit);
    const nodes = [...new Set(edges.map(other))].filter(Boolean);
    return { nodes, edges, total: all.length, offset, truncated: offset + edges.length < all.length };
  }

  search(q: string, limit = 20): SearchHit[] {
    const candidates = this.doc.nodes.map((n) => ({
      id: n.id,
      label: n.labels[0]!,
      name_en: String(n.properties.name_en),
      name_zh: String(n.properties.name_zh),
      ...(typeof n.properties.abbr === 'string' ? { abbr: n.properties.abbr } : {}),
    }));
    return rankHits(candidates, q, limit);
  }
}

export interface GraphView extends GraphDocument {
  /** The filtered view before the cap. */
  total: { nodes: number; edges: number };
  truncated: boolean;
}

export interface NeighbourPage extends GraphDocument {
  total: number;
  offset: number;
  /** More relationships follow this page. */
  truncated: boolean;
}
