// The values of result rows: what kind each is (node, relationship, path,
// list, map, scalar), how it reads as text, how it goes into a CSV cell, and
// how two of them sort.
import Papa from 'papaparse';
import type { GraphDocument, GraphEdge, GraphNode } from '@/graph/model';
import type { Lang } from '@/app/components/shared/i18n';
import { nameOf } from '@/app/components/shared/names';

export type Cell = unknown;
export interface GraphPathValue {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, Cell>[];
  graph: GraphDocument;
  summary: { ms: number; rowCount: number; truncated: boolean };
}

export interface QueryError {
  status: number;
  code: string;
  message: string;
  position?: { line: number; column: number; offset: number };
  clause?: string;
  /** UNSUPPORTED: the Neo4j construct the engine in use cannot answer, in words. */
  construct?: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isNode = (v: unknown): v is GraphNode => isObj(v) && 'labels' in v && 'properties' in v && 'id' in v;
export const isEdge = (v: unknown): v is GraphEdge => isObj(v) && 'type' in v && 'source' in v && 'target' in v && 'properties' in v;
export const isPath = (v: unknown): v is GraphPathValue => isObj(v) && Array.isArray(v.nodes) && Array.isArray(v.edges);

/** A value as one line of text (nodes by name in the chosen language). */
export function cellText(v: Cell, lang: Lang): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isNode(v)) return `(${v.labels.join(':')}) ${nameOf(v, lang)}`;
  if (isEdge(v)) return `[:${v.type}] ${v.source} → ${v.target}`;
  if (isPath(v)) return v.nodes.map((n) => nameOf(n, lang)).join(' → ');
  if (Array.isArray(v)) return `[${v.map((x) => cellText(x, lang)).join(', ')}]`;
  return JSON.stringify(v);
}

/** A value in a CSV cell: scalars as they are, nodes and relationships by id, paths as their node ids. */
export function csvCell(v: Cell): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (isNode(v) || isEdge(v)) return v.id;
  if (isPath(v)) return v.nodes.map((n) => n.id).join(' -> ');
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return v.map((x) => String(x)).join('; ');
  return JSON.stringify(v);
}

/** The rows as CSV (RFC 4180, quoted where needed), columns in the query's order. */
export function toCsv(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  return Papa.unparse({ fields: result.columns, data: result.rows.map((r) => result.columns.map((c) => csvCell(r[c]))) }, { newline: '\r\n' });
}

const rank = (v: Cell) => (v === null || v === undefined ? 3 : typeof v === 'number' ? 0 : typeof v === 'boolean' ? 1 : 2);

/** Numbers by value, text by locale, nulls last. */
export function compareCells(a: Cell, b: Cell, lang: Lang): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(b) - Number(a);
  return cellText(a, lang).localeCompare(cellText(b, lang), lang === 'zh' ? 'zh-Hant' : 'en', { numeric: true });
}

/** The result graph with relationships whose ends are both in it (the others cannot be drawn). */
export function drawable(doc: GraphDocument): { doc: GraphDocument; dropped: number } {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { doc: { nodes: doc.nodes, edges }, dropped: doc.edges.length - edges.length };
}
