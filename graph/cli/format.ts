// Renders query rows for a terminal: nodes and relationships in Cypher's
// shorthand, everything else as JSON, in a table that measures CJK widths.
import Table from 'cli-table3';
import type { QueryResultSet, Value } from '../stores';

export function cell(v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v !== 'object') return String(v);
  if ('labels' in v && 'properties' in v && typeof v.id === 'string') return `(${v.id}:${(v.labels as string[]).join(':')})`;
  if ('nodes' in v && 'edges' in v && Array.isArray(v.nodes)) {
    const edges = v.edges as unknown as { type: string; source: string; target: string }[];
    return edges.length ? edges.map((e) => `(${e.source})-[:${e.type}]->(${e.target})`).join(', ') : `(${(v.nodes as unknown as { id: string }[])[0]?.id})`;
  }
  if ('type' in v && 'source' in v && 'target' in v) return `(${v.source})-[:${v.type}]->(${v.target})`;
  return JSON.stringify(v);
}

export function renderTable(res: QueryResultSet): string {
  const table = new Table({ head: res.columns, style: { head: [], border: [] } });
  for (const row of res.rows) table.push(res.columns.map((c) => cell(row[c] ?? null)));
  return `${table.toString()}\n${res.rows.length} row(s)`;
}
