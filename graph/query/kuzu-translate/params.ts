// Parameters in types the engine keeps exactly, or refused with BAD_PARAMS.
import { GraphError } from '../../errors';
import { ON_NEO4J, type Translation } from './translation';
import type { Tree } from './tree';

type Kind = 'null' | 'boolean' | 'integer' | 'float' | 'string';

const kindOf = (v: unknown): Kind =>
  v === null ? 'null' : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : Number.isSafeInteger(v) ? 'integer' : 'float';

const plural: Record<Kind, string> = { null: 'nulls', boolean: 'booleans', integer: 'integers', float: 'floats', string: 'strings' };

/**
 * A parameter in the engine's types. The engine's client gives a list the
 * type of its first element and reads the rest as that type, so a list whose
 * elements are of one kind is passed as it is; an empty list, or one that
 * starts with null, is written as a list literal (the engine types it from all
 * its elements); a list of several kinds the engine cannot hold, so it is
 * refused, as is a mix of integers and floats (the engine would make the
 * integers floats, and Neo4j keeps them integers).
 */
export function parameter(tr: Translation, t: Tree) {
  const name = parameterName(tr.text(t));
  const value = tr.given[name];
  if (value === null) return tr.replace(t, 'NULL');
  if (!Array.isArray(value)) {
    tr.params[name] = value;
    return;
  }
  const kinds = [...new Set(value.map(kindOf))].filter((k) => k !== 'null');
  if (kinds.length > 1) {
    const mix = kinds.map((k) => plural[k]).join(' and ');
    const why =
      kinds.length === 2 && kinds.includes('integer') && kinds.includes('float')
        ? 'the embedded engine holds a list of one type and would give the integers back as floats'
        : 'the embedded engine holds only lists whose elements are of one type';
    throw new GraphError('BAD_PARAMS', `parameter $${name} mixes ${mix} in one list; ${why}. Pass one type per list; ${ON_NEO4J}`);
  }
  if (value.length > 0 && value[0] !== null) {
    tr.params[name] = value;
    return;
  }
  const items = value.map((v, i) => {
    if (v === null) return 'NULL';
    tr.params[`__${name}_${i}`] = v;
    return `$__${name}_${i}`;
  });
  tr.replace(t, `[${items.join(', ')}]`);
}

export const parameterName = (text: string) => {
  const raw = text.replace(/^\$\s*/, '');
  return raw.startsWith('`') ? raw.slice(1, -1).replace(/``/g, '`') : raw;
};

