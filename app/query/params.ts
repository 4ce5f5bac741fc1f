// The parameters panel: JSON checked before anything is sent, with the same
// rules as the server (graph/query/params.ts): an object whose values are
// scalars or lists of scalars, and every $name the query uses given.
// (Plain checks, not zod: this runs in the browser, and zod would weigh more than the workbench.)
import type { WorkbenchStrings } from './strings';

const isScalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const isValue = (v: unknown) => isScalar(v) || (Array.isArray(v) && v.every(isScalar));

export type ParamsCheck = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

/** The $names a query uses, outside string literals and comments. */
export function usedParams(query: string): string[] {
  const out = new Set<string>();
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const close = c;
      i++;
      while (i < query.length && query[i] !== close) i += query[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
    } else if (c === '$') {
      const m = /^\$(?:`([^`]+)`|([\p{L}_][\p{L}\p{N}_]*)|(\d+))/u.exec(query.slice(i));
      if (m) {
        out.add(m[1] ?? m[2] ?? m[3]!);
        i += m[0].length;
      } else i++;
    } else i++;
  }
  return [...out];
}

export function checkParams(text: string, query: string, t: WorkbenchStrings): ParamsCheck {
  let parsed: unknown;
  const trimmed = text.trim();
  if (trimmed === '') parsed = {};
  else {
    try {
      parsed = JSON.parse(trimmed);
    } catch (err) {
      return { ok: false, message: t.paramsJson((err as Error).message) };
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, message: t.paramsObject };
  const params = parsed as Record<string, unknown>;
  for (const [name, v] of Object.entries(params)) {
    if (!isValue(v)) return { ok: false, message: t.paramsValue(name) };
  }
  const missing = usedParams(query).filter((n) => !(n in params));
  if (missing.length) return { ok: false, message: t.paramsMissing(missing) };
  return { ok: true, params };
}

/** Parameters as the panel shows them: pretty JSON, or nothing for none. */
export function paramsText(params: Record<string, unknown> | undefined): string {
  return params && Object.keys(params).length ? JSON.stringify(params, null, 2) : '';
}
