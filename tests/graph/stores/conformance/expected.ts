// What every engine must give back: the graph the seed files define, as the
// seed parser reads it (no database involved), put in the export's documented
// order — nodes and relationships sorted by id, each one's properties in the
// order of the model (graph/stores/types.ts, exportGraph).
import { nodeSchemas, relSchemas, type GraphDocument, type GraphEdge, type GraphNode, type NodeLabel, type RelType } from '../../../../graph/model';
import { readSeeds } from '../../../../graph/seed/files';
import { realSeeds } from './engine';

export const seeds = readSeeds(realSeeds);

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function inModelOrder(props: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const extra = Object.keys(props).filter((k) => !keys.includes(k));
  if (extra.length) throw new Error(`properties outside the model: ${extra.join(', ')}`);
  return Object.fromEntries(keys.filter((k) => props[k] !== undefined).map((k) => [k, props[k]]));
}

const node = (n: GraphNode): GraphNode => ({ ...n, properties: inModelOrder(n.properties, Object.keys(nodeSchemas[n.labels[0] as NodeLabel].shape)) });
const edge = (e: GraphEdge): GraphEdge => ({ ...e, properties: inModelOrder(e.properties, Object.keys(relSchemas[e.type as RelType].props.shape)) });

/** A graph in the export's documented order. */
export function documentOf(graph: GraphDocument): GraphDocument {
  return { nodes: graph.nodes.map(node).sort(byId), edges: graph.edges.map(edge).sort(byId) };
}

export const expectedDocument = documentOf(seeds.graph);

/** Exactly what `npm run --silent export -- --format json` must print. */
export const expectedJson = JSON.stringify(expectedDocument) + '\n';
