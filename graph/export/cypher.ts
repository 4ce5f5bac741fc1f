// Writes a graph back as seed files in the grammar of cypher/README.md, so an
// export can be loaded again with the same loader into Kuzu or Neo4j.
import { nodeSchemas, propMeta, relSchemas, type GraphDocument, type GraphEdge, type GraphNode, type NodeLabel, type RelType } from '../model';
import type { z } from 'zod';

const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

function literal(v: unknown, schema: z.ZodType | undefined): string {
  if (typeof v === 'string') return str(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') {
    const double = schema ? propMeta(schema).storage === 'DOUBLE' : !Number.isInteger(v);
    return double && Number.isInteger(v) ? v.toFixed(1) : String(v);
  }
  return str(JSON.stringify(v));
}

function sets(variable: string, props: Record<string, unknown>, shape: z.ZodRawShape | undefined, skip: string[] = []) {
  const parts = Object.entries(props)
    .filter(([k]) => !skip.includes(k))
    .map(([k, v]) => `${variable}.${k} = ${literal(v, shape?.[k] as z.ZodType | undefined)}`);
  return parts.length ? `\nSET ${parts.join(',\n    ')}` : '';
}

/** One node as a seed statement: `MERGE (n:Label {id: …}) SET n.k = v, …;` */
export function nodeStatement(n: GraphNode): string {
  const label = n.labels[0]!;
  const shape = nodeSchemas[label as NodeLabel]?.shape;
  return `MERGE (n:${label} {id: ${str(n.id)}})${sets('n', n.properties, shape, ['id'])};`;
}

/** One relationship as a seed statement: two MATCHes by id, one MERGE, its properties. */
export function edgeStatement(e: GraphEdge, sourceLabel: string | undefined, targetLabel: string | undefined): string {
  const shape = relSchemas[e.type as RelType]?.props.shape;
  return `MATCH (a:${sourceLabel} {id: ${str(e.source)}})\nMATCH (b:${targetLabel} {id: ${str(e.target)}})\nMERGE (a)-[r:${e.type}]->(b)${sets('r', e.properties, shape)};`;
}

export function toCypher(doc: GraphDocument): string {
  const labelOf = new Map(doc.nodes.map((n) => [n.id, n.labels[0]!]));
  const out = ['// Landscape Graph export: load with `npm run seed` (LANDSCAPE_CYPHER_DIR) into Kuzu or Neo4j.', ''];
  for (const n of doc.nodes) out.push(nodeStatement(n), '');
  for (const e of doc.edges) out.push(edgeStatement(e, labelOf.get(e.source), labelOf.get(e.target)), '');
  return out.join('\n');
}
