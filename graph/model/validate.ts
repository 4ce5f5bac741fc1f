// Validation of elements read back from a database or received over the API.
// Rules that span properties (provenance of figures) live here, once.
import { z } from 'zod';
import { nodeSchemas, type NodeLabel } from './nodes';
import { relSchemas, type RelType } from './relationships';
import { propMeta } from './props';
import { compact } from './format.mjs';

export { compact, edgeId } from './format.mjs';

export interface GraphNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
/** The export format: what `npm run export -- --format json` prints and the API returns. */
export interface GraphDocument {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const graphDocumentSchema = z.object({
  nodes: z.array(
    z.object({ id: z.string(), labels: z.array(z.string()), properties: z.record(z.string(), z.unknown()) }),
  ),
  edges: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      source: z.string(),
      target: z.string(),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
});

// Derived schemas are built once per model object: building a strict() schema
// costs about 100 µs, far more than checking one element with it.
const figureKeyCache = new WeakMap<z.ZodRawShape, string[]>();
const strictCache = new WeakMap<z.ZodObject, z.ZodObject>();
const strictOf = (schema: z.ZodObject): z.ZodObject => {
  let s = strictCache.get(schema);
  if (!s) strictCache.set(schema, (s = schema.strict()));
  return s;
};

/** Names of the properties of a shape that are figures of the document. */
export function figureKeys(shape: z.ZodRawShape): string[] {
  let keys = figureKeyCache.get(shape);
  if (!keys) {
    keys = Object.entries(shape)
      .filter(([, s]) => propMeta(s as z.ZodType).figure)
      .map(([k]) => k);
    figureKeyCache.set(shape, keys);
  }
  return keys;
}

function provenanceIssues(props: Record<string, unknown>, shape: z.ZodRawShape): string[] {
  const figures = figureKeys(shape).filter((k) => props[k] !== undefined);
  if (figures.length > 0 && !props.sourceSection) {
    return [`carries figures (${figures.join(', ')}) but has no sourceSection`];
  }
  return [];
}

function issuesOf(result: z.ZodSafeParseResult<unknown>): string[] {
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}


export function validateNode(node: GraphNode): string[] {
  const label = node.labels[0] as NodeLabel;
  const schema = nodeSchemas[label];
  if (!schema) return [`unknown label ${node.labels[0]}`];
  const props = compact(node.properties);
  return [...issuesOf(strictOf(schema).safeParse(props)), ...provenanceIssues(props, schema.shape)];
}

export function validateEdge(edge: GraphEdge, labelOf: (id: string) => string | undefined): string[] {
  const def = relSchemas[edge.type as RelType];
  if (!def) return [`unknown relationship type ${edge.type}`];
  const from = labelOf(edge.source);
  const to = labelOf(edge.target);
  const issues: string[] = [];
  if (!def.pairs.some(([a, b]) => a === from && b === to)) {
    issues.push(`${edge.type} may not connect ${from ?? '?'} to ${to ?? '?'}`);
  }
  const props = compact(edge.properties);
  return [...issues, ...issuesOf(strictOf(def.props).safeParse(props)), ...provenanceIssues(props, def.props.shape)];
}
