// The part of the landscape /value-chain draws, bounded: the chain's frame
// (roles, layers, attributes and the relationships between them: a few dozen)
// and, at each role and layer, the first `cap` providers in the order of
// their relationships' ids (`TYPE:source->target`: the export's order, which
// the page lists them in, so sorted by the source's id with '->' after it)
// with how many there are. Read with portable Cypher, the same on both
// engines, so a big landscape's 50,000 providers are counted in the store and
// never read whole.
import { edgeId, type GraphDocument, type GraphEdge, type NodeLabel, type RelType } from '../model';
import type { EdgeRef, GraphScope, GraphStore } from '../stores/types';

const FRAME: GraphScope = {
  labels: ['ValueChainRole', 'Layer', 'LayerAttribute'] satisfies NodeLabel[],
  types: ['AT_LAYER', 'PART_OF', 'HAS_ATTRIBUTE', 'SUPPLIES'] satisfies RelType[],
};
/** The relationships from a Provider the chain lists, and the label at their other end. */
const PROVIDER_LINKS = [
  ['OFFERS', 'Layer'],
  ['PLAYS_ROLE', 'ValueChainRole'],
] as const satisfies readonly (readonly [RelType, NodeLabel])[];

export interface ChainPart {
  /** The frame, the providers listed and their relationships, sorted by id as exportGraph sorts. */
  doc: GraphDocument;
  /** `${type}:${target}` → how many providers have that relationship to it, listed or not. */
  totals: Record<string, number>;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function readChainPart(store: GraphStore, cap: number): Promise<ChainPart> {
  const frame = await store.views.readScope(FRAME);
  const totals: Record<string, number> = {};
  const refs: EdgeRef[] = [];
  for (const [type, label] of PROVIDER_LINKS) {
    const counted = await store.query(`MATCH (:Provider)-[r:${type}]->(t:${label}) RETURN t.id AS id, count(r) AS n`);
    for (const row of counted.rows) {
      const target = String(row.id);
      totals[`${type}:${target}`] = Number(row.n);
      const first = await store.query(
        `MATCH (p:Provider)-[r:${type}]->(t:${label}) WHERE t.id = $target RETURN p.id AS source ORDER BY p.id + '->' LIMIT $cap`,
        { target, cap },
      );
      for (const r of first.rows) refs.push({ id: edgeId(type, String(r.source), target), type, source: String(r.source), target });
    }
  }
  const labels = new Map<string, string>([...refs.map((r): [string, string] => [r.source, 'Provider']), ...frame.nodes.map((n): [string, string] => [n.id, n.labels[0] ?? ''])]);
  const [providers, edges] = await Promise.all([
    store.views.nodes([...new Set(refs.map((r) => r.source))], labels),
    store.views.edges(refs, labels),
  ]);
  return {
    doc: { nodes: [...frame.nodes, ...providers].sort(byId), edges: [...frame.edges, ...(edges as GraphEdge[])].sort(byId) },
    totals,
  };
}
