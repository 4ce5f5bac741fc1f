// What the explorer shows: the landscape narrowed by the filters (the same
// semantics as GET /api/graph, through the same pure Landscape class), by
// value-chain stage and by label, plus nodes the user brought in (search,
// expansion, neighbour links), minus the nodes the user hid.
import type { GraphDocument } from '@/graph/model';
import type { Landscape } from '@/graph/landscape/view';

export interface ViewFilters {
  independent?: boolean;
  segment?: string;
  layer?: string;
  /** A ValueChainRole id: the role, its neighbours and the layers it sits at. */
  stage?: string;
  /** Labels shown; undefined shows all. */
  labels?: string[];
}

export function stageIds(landscape: Landscape, role: string): Set<string> {
  const out = new Set<string>([role]);
  for (const e of landscape.edgesOf(role)) {
    out.add(e.source === role ? e.target : e.source);
    if (e.type === 'AT_LAYER' && e.source === role) {
      for (const n of landscape.filter({ layer: e.target }).nodes) out.add(n.id);
    }
  }
  return out;
}

export interface VisibleOptions {
  added?: string[];
  hidden?: string[];
}

export function visibleDoc(landscape: Landscape, f: ViewFilters, opts: VisibleOptions = {}): GraphDocument {
  const base = landscape.filter({ independent: f.independent, segment: f.segment, layer: f.layer });
  const stage = f.stage && landscape.byId.has(f.stage) ? stageIds(landscape, f.stage) : undefined;
  const labels = f.labels ? new Set(f.labels) : undefined;
  const hidden = new Set(opts.hidden ?? []);
  const ids = new Set<string>();
  for (const n of base.nodes) {
    if (stage && !stage.has(n.id)) continue;
    if (labels && !labels.has(n.labels[0] ?? '')) continue;
    ids.add(n.id);
  }
  for (const id of opts.added ?? []) if (landscape.byId.has(id)) ids.add(id);
  for (const id of hidden) ids.delete(id);
  const nodes = landscape.doc.nodes.filter((n) => ids.has(n.id));
  const edges = landscape.doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}

/** a with what b adds: nodes and relationships by id, a's copy kept. */
export function mergeDocs(a: GraphDocument, b: GraphDocument): GraphDocument {
  if (!b.nodes.length && !b.edges.length) return a;
  const nodeIds = new Set(a.nodes.map((n) => n.id));
  const edgeIds = new Set(a.edges.map((e) => e.id));
  return {
    nodes: [...a.nodes, ...b.nodes.filter((n) => !nodeIds.has(n.id) && nodeIds.add(n.id))],
    edges: [...a.edges, ...b.edges.filter((e) => !edgeIds.has(e.id) && edgeIds.add(e.id))],
  };
}
