// Validation of ad-hoc query parameters: plain JSON scalars and lists of
// them, within size limits. Parameters are always passed to the engine as
// parameters, never spliced into the query text.
import { z } from 'zod';
import { GraphError } from '../errors';

export const PARAM_LIMITS = { maxBytes: 64 * 1024, maxString: 10_000, maxList: 1_000 };

const scalar = z.union([z.string().max(PARAM_LIMITS.maxString), z.number().finite(), z.boolean(), z.null()]);
const value = z.union([scalar, z.array(scalar).max(PARAM_LIMITS.maxList)]);

/** Checks the parameters against those the query uses; returns only those. */
export function checkParams(used: string[], params: Record<string, unknown>): Record<string, unknown> {
  if (JSON.stringify(params).length > PARAM_LIMITS.maxBytes) {
    throw new GraphError('TOO_LARGE', `parameters are larger than ${PARAM_LIMITS.maxBytes / 1024} KB`);
  }
  const out: Record<string, unknown> = {};
  for (const name of used) {
    if (!(name in params)) throw new GraphError('BAD_PARAMS', `parameter $${name} is used by the query but not given`);
    const parsed = value.safeParse(params[name]);
    if (!parsed.success) {
      const what = typeof params[name] === 'object' && !Array.isArray(params[name]) ? 'maps are not supported' : parsed.error.issues[0]?.message;
      throw new GraphError('BAD_PARAMS', `parameter $${name}: ${what}; use a string, number, boolean, null or a list of them`);
    }
    out[name] = parsed.data;
  }
  return out;
}
