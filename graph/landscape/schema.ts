// Schema introspection: labels, relationship types and their properties with
// types come from the zod model; counts come from the data.
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

export function schemaOf(doc: GraphDocument): GraphSchema {
  const props = modelProperties();
  const count = (key: string, of: 'node' | 'edge') =>
    of === 'node' ? doc.nodes.filter((n) => n.labels.includes(key)).length : doc.edges.filter((e) => e.type === key).length;
  const entry = (name: string, of: 'node' | 'edge') => ({
    name,
    count: count(name, of),
    properties: Object.entries(props[name] ?? {}).map(([p, type]) => ({ name: p, type })),
  });
  const keys = new Set(Object.values(props).flatMap((p) => Object.keys(p)));
  return {
    labels: nodeLabels.map((l) => entry(l, 'node')),
    relationshipTypes: relTypes.map((t) => ({ ...entry(t, 'edge'), pairs: relSchemas[t].pairs.map(([a, b]) => [a, b] as [string, string]) })),
    propertyKeys: [...keys].sort(),
  };
}
