// The value chain read off a landscape: the roles in stage order with the
// layers they sit at (and those layers' parts), the providers at each role
// and layer, what flows on each SUPPLIES link, and the layer comparison
// table (layers × LayerAttribute from HAS_ATTRIBUTE). Pure.
import type { GraphDocument, GraphEdge, GraphNode } from '@/graph/model';

export interface ChainLayer {
  layer: GraphNode;
  depth: number;
  /** At most the cap of valueChainOf, in the order of their OFFERS relationships. */
  providers: GraphNode[];
  providerTotal: number;
}

export interface ChainStage {
  role: GraphNode;
  stage: number;
  layers: ChainLayer[];
  /** At most the cap of valueChainOf, in the order of their PLAYS_ROLE relationships. */
  providers: GraphNode[];
  providerTotal: number;
}

export interface ChainLink {
  edge: GraphEdge;
  /** Positions (0-based) of both ends in the stage order. */
  from: number;
  to: number;
}

export interface LayerTable {
  layers: GraphNode[];
  attributes: GraphNode[];
  /** layer id → attribute id → the HAS_ATTRIBUTE edge. */
  cells: Record<string, Record<string, GraphEdge>>;
  sourceSection?: string;
}

export interface ValueChain {
  stages: ChainStage[];
  links: ChainLink[];
  table: LayerTable;
}

/** The document's order of layers (its comparison table); other layers follow. */
const tableOrder = ['saas', 'apaas', 'apaas-zero-code', 'apaas-low-code', 'mpaas', 'paas', 'iaas'];
const rank = (id: string) => (tableOrder.includes(id) ? tableOrder.indexOf(id) : tableOrder.length);

/**
 * The chain of `doc`, each list of providers cut at `cap` (a big landscape's page stays small). `totals`
 * (`${type}:${target}` → count, from the store) says how many there are when `doc` holds only those listed.
 */
export function valueChainOf(doc: GraphDocument, cap = Infinity, totals: Record<string, number> = {}): ValueChain {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const edges = (type: string) => doc.edges.filter((e) => e.type === type);
  const offering = (layerId: string) =>
    edges('OFFERS')
      .filter((e) => e.target === layerId)
      .map((e) => byId.get(e.source)!)
      .filter(Boolean);

  const layerTree = (rootId: string, depth: number, out: ChainLayer[]) => {
    const layer = byId.get(rootId);
    if (!layer) return;
    const providers = offering(rootId);
    out.push({ layer, depth, providers: providers.slice(0, cap), providerTotal: totals[`OFFERS:${rootId}`] ?? providers.length });
    const parts = edges('PART_OF')
      .filter((e) => e.target === rootId && byId.get(e.source)?.labels[0] === 'Layer')
      .map((e) => e.source)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const p of parts) layerTree(p, depth + 1, out);
  };

  const roles = doc.nodes
    .filter((n) => n.labels[0] === 'ValueChainRole')
    .sort((a, b) => Number(a.properties.stage) - Number(b.properties.stage));
  const stages = roles.map((role) => {
    const layers: ChainLayer[] = [];
    for (const e of edges('AT_LAYER')) if (e.source === role.id) layerTree(e.target, 0, layers);
    const providers = edges('PLAYS_ROLE')
      .filter((e) => e.target === role.id)
      .map((e) => byId.get(e.source)!)
      .filter(Boolean);
    return { role, stage: Number(role.properties.stage), layers, providers: providers.slice(0, cap), providerTotal: totals[`PLAYS_ROLE:${role.id}`] ?? providers.length };
  });
  const index = new Map(roles.map((r, i) => [r.id, i]));
  const links = edges('SUPPLIES')
    .filter((e) => index.has(e.source) && index.has(e.target))
    .map((edge) => ({ edge, from: index.get(edge.source)!, to: index.get(edge.target)! }))
    .sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);

  const attributes = doc.nodes
    .filter((n) => n.labels[0] === 'LayerAttribute')
    .sort((a, b) => Number(a.properties.position) - Number(b.properties.position));
  const cells: LayerTable['cells'] = {};
  for (const e of edges('HAS_ATTRIBUTE')) (cells[e.source] ??= {})[e.target] = e;
  const layers = Object.keys(cells)
    .map((id) => byId.get(id)!)
    .filter(Boolean)
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  const sourceSection = edges('HAS_ATTRIBUTE').map((e) => e.properties.sourceSection).find((s): s is string => typeof s === 'string');
  return { stages, links, table: { layers, attributes, cells, sourceSection } };
}
