// Ad-hoc Cypher: the gate admits the query, parameters are checked, and the
// query runs where it cannot hurt the server — in the LadybugDB worker process, or
// in a READ session on Neo4j — within time and row limits.
import type { GraphDocument } from '../model';
import type { QueryResultSet, Value } from '../stores/types';
import type { Admitted } from './gate';
import { admitStaged } from './gate-process';
import { checkParams } from './params';
import { graphOf } from './result-graph';

export interface AdHocResult {
  columns: string[];
  rows: Record<string, Value>[];
  graph: GraphDocument;
  summary: { ms: number; rowCount: number; truncated: boolean };
}

/** Runs an admitted read query on the engine (worker pool or READ session); `verdict`, when not yet `admit`'s. */
export type ReadRunner = (query: string, params: Record<string, unknown>, verdict?: Admitted) => Promise<QueryResultSet>;

type Outcome = { ok: true; res: QueryResultSet } | { ok: false; err: unknown };

/**
 * A new text runs as soon as its parse tree admits it, while Neo4j's semantic analysis (~40 ms) goes on in the
 * gate's process: its answer, or its error, is given only once the analysis has admitted the query too, and the
 * analysis's error wins over both. So a new query waits for the longer of the two, not for both in turn.
 */
export async function runAdHoc(run: ReadRunner, query: string, params: Record<string, unknown> = {}): Promise<AdHocResult> {
  const started = performance.now();
  const { early, final } = admitStaged(query);
  const tree = await early;
  let res: QueryResultSet;
  if (tree) {
    const outcome: Promise<Outcome> = (async () => run(query, checkParams(tree.parameters, params), tree))().then(
      (r) => ({ ok: true as const, res: r }),
      (err: unknown) => ({ ok: false as const, err }),
    );
    await final;
    const o = await outcome;
    if (!o.ok) throw o.err;
    res = o.res;
  } else {
    const { parameters } = await final;
    res = await run(query, checkParams(parameters, params));
  }
  return {
    columns: res.columns,
    rows: res.rows,
    graph: graphOf(res.rows),
    summary: { ms: Math.round((performance.now() - started) * 100) / 100, rowCount: res.rows.length, truncated: res.truncated ?? false },
  };
}
