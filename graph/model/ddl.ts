// Schema statements per engine, generated from the zod model so that the
// model stays the single source of truth.
import type { z } from 'zod';
import { nodeSchemas, nodeLabels } from './nodes';
import { relSchemas, relTypes } from './relationships';
import { propMeta } from './props';

function columns(shape: z.ZodRawShape, skip: string[] = []): string[] {
  return Object.entries(shape)
    .filter(([k]) => !skip.includes(k))
    .map(([k, s]) => `${k} ${propMeta(s as z.ZodType).storage}`);
}

/**
 * A node's relationships in the whole landscape, written by every seed (graph/seed/degrees.ts) so that "most
 * connected first" is a read of one column, not a count of every node's relationships. Derived from the
 * model's relationships, not one of its properties: the underscore keeps it out of a node's properties on
 * both engines (kuzu-values.mjs, neo4j-values.ts), so the export and the API never show it.
 */
export const DEGREE_PROPERTY = '_degree';

export function kuzuDdl(): string[] {
  const nodes = nodeLabels.map((label) => {
    const cols = columns(nodeSchemas[label].shape, ['id']);
    return `CREATE NODE TABLE IF NOT EXISTS ${label}(id STRING, ${cols.join(', ')}, ${DEGREE_PROPERTY} INT64 DEFAULT 0, PRIMARY KEY(id))`;
  });
  const rels = relTypes.map((type) => {
    const def = relSchemas[type];
    const pairs = def.pairs.map(([a, b]) => `FROM ${a} TO ${b}`);
    return `CREATE REL TABLE IF NOT EXISTS ${type}(${[...pairs, ...columns(def.props.shape)].join(', ')})`;
  });
  return [...nodes, ...rels];
}

export function neo4jConstraints(): string[] {
  return nodeLabels.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
}

/** The full-text index of Neo4j that search asks (graph/stores/neo4j-views.ts). */
export const SEARCH_INDEX = 'landscape_search';
/** The properties a search looks in, on every label that has them. */
export const SEARCH_FIELDS = ['name_en', 'name_zh', 'id', 'abbr'] as const;

/** The range index of each label on the stored degree: "most connected first" read in the index's order. */
export const degreeIndex = (label: string) => `landscape_degree_${label.toLowerCase()}`;

/** Indexes beside the constraints: search's full-text index over every label's searched properties, and the degree's. */
export function neo4jIndexes(): string[] {
  const fields = SEARCH_FIELDS.map((f) => `n.${f}`).join(', ');
  return [
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${nodeLabels.join('|')}) ON EACH [${fields}]`,
    ...nodeLabels.map((l) => `CREATE INDEX ${degreeIndex(l)} IF NOT EXISTS FOR (n:${l}) ON (n.${DEGREE_PROPERTY})`),
  ];
}

/** Property names and storage types, for schema introspection and editors. */
export function modelProperties(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const label of nodeLabels) {
    out[label] = Object.fromEntries(
      Object.entries(nodeSchemas[label].shape).map(([k, s]) => [k, propMeta(s as z.ZodType).storage]),
    );
  }
  for (const type of relTypes) {
    out[type] = Object.fromEntries(
      Object.entries(relSchemas[type].props.shape).map(([k, s]) => [k, propMeta(s as z.ZodType).storage]),
    );
  }
  return out;
}
