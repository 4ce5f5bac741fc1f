// How the differential and surface specs compare answers: as outcomes (rows,
// or a refusal's code and message), rows as multisets unless ordered, floats
// to 1e-9, objects whatever the order of their keys.
import { GraphError } from '../../../../graph/errors';
import { runAdHoc, type ReadRunner } from '../../../../graph/query/service';
import type { CorpusQuery } from './corpus';

export type Outcome = { ok: true; columns: string[]; rows: Record<string, unknown>[] } | { ok: false; code: string; message: string };

export async function outcome(run: ReadRunner, c: CorpusQuery): Promise<Outcome> {
  try {
    const r = await runAdHoc(run, c.query, c.params ?? {});
    return { ok: true, columns: r.columns, rows: r.rows as Record<string, unknown>[] };
  } catch (err) {
    if (err instanceof GraphError) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}

/** A canonical text of a value: object keys sorted, floats rounded to well within 1e-9 of each other. */
export function canonical(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e9) / 1e9);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function same(a: Extract<Outcome, { ok: true }>, b: Extract<Outcome, { ok: true }>, ordered: boolean): boolean {
  if (canonical(a.columns) !== canonical(b.columns)) return false;
  const ka = a.rows.map(canonical);
  const kb = b.rows.map(canonical);
  if (!ordered) {
    ka.sort();
    kb.sort();
  }
  return canonical(ka) === canonical(kb);
}

