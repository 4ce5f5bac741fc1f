// Ad-hoc Cypher: the gate admits the query, parameters are checked, and the
// query runs where it cannot hurt the server — in the LadybugDB worker process, or
// in a READ session on Neo4j — within time and row limits.
import type { GraphDocument } from '../model';
import type { QueryResultSet, Value } from '../stores/types';
import { admitElsewhere } from './gate-process';
import { checkParams } from './params';
import { graphOf } from './result-graph';

export interface AdHocResult {
  columns: string[];
  rows: Record<string, Value>[];
  graph: GraphDocument;
  summary: { ms: number; rowCount: number; truncated: boolean };
}

/** Runs an admitted read query on the engine (worker pool or READ session). */
export type ReadRunner = (query: string, params: Record<string, unknown>) => Promise<QueryResultSet>;

export async function runAdHoc(run: ReadRunner, query: string, params: Record<string, unknown> = {}): Promise<AdHocResult> {
  const started = performance.now();
  const { parameters } = await admitElsewhere(query);
  const res = await run(query, checkParams(parameters, params));
  return {
    columns: res.columns,
    rows: res.rows,
    graph: graphOf(res.rows),
    summary: { ms: Math.round((performance.now() - started) * 100) / 100, rowCount: res.rows.length, truncated: res.truncated ?? false },
  };
}
