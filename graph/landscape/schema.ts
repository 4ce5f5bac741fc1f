// Schema introspection: labels, relationship types and their properties with
// types come from the zod model; counts come from the data (a store's counts
// per label and type, or a document held in memory).
import { modelProperties, nodeLabels, relSchemas, relTypes, type GraphDocument } from '../model';

export interface SchemaEntry {
  name: string;
  count: number;
  properties: { name: string; type: string }[];
}
export interface GraphSchema {
  labels: SchemaEntry[];
  relationshipTypes: (SchemaEntry & { pairs: [string, string][] })[];
  propertyKeys: string[];
}

/** The schema with `counts` by label and relationship type (missing names count 0). */
export function schemaFrom(counts: Record<string, number>): GraphSchema {
  const props = modelProperties();
  const entry = (name: string) => ({
    name,
    count: counts[name] ?? 0,
    properties: Object.entries(props[name] ?? {}).map(([p, type]) => ({ name: p, type })),
  });
  const keys = new Set(Object.values(props).flatMap((p) => Object.keys(p)));
  return {
    labels: nodeLabels.map((l) => entry(l)),
    relationshipTypes: relTypes.map((t) => ({ ...entry(t), pairs: relSchemas[t].pairs.map(([a, b]) => [a, b] as [string, string]) })),
    propertyKeys: [...keys].sort(),
  };
}

export function schemaOf(doc: GraphDocument): GraphSchema {
  const counts: Record<string, number> = {};
  for (const n of doc.nodes) for (const l of n.labels) counts[l] = (counts[l] ?? 0) + 1;
  for (const e of doc.edges) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return schemaFrom(counts);
}
