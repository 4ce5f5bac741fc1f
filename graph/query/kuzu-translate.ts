// Neo4j's Cypher → the embedded engine, on the gate's parse tree (one parse
// per query): parameters are given in types the engine keeps exactly, the
// constructs the engine would answer differently are refused with
// UNSUPPORTED (which construct, where, and that Neo4j runs the query), and
// engine errors that still occur are reported as what they mean for the
// query — never in the engine's own grammar. Everything engine-specific about
// ad-hoc Cypher on the embedded engine is here and in kuzu-dialect.ts.
import { GraphError } from '../errors';
import type { QueryResultSet } from '../stores/types';
import { admit, type Located } from './gate';
import { toKuzuDialect } from './kuzu-dialect';
import type { ReadRunner } from './service';

export interface KuzuQuery {
  query: string;
  params: Record<string, unknown>;
}

const ON_NEO4J = 'the same query runs on Neo4j (set NEO4J_URI)';

type Kind = 'null' | 'boolean' | 'integer' | 'float' | 'string';

const kindOf = (v: unknown): Kind =>
  v === null ? 'null' : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : Number.isSafeInteger(v) ? 'integer' : 'float';

const plural: Record<Kind, string> = { null: 'nulls', boolean: 'booleans', integer: 'integers', float: 'floats', string: 'strings' };

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface Tree {
  located: Located;
  children: Tree[];
  parent?: Tree;
}

/** The located rule nodes as a tree, so a node's parent and children can be asked for. */
function treeOf(nodes: Located[]): Tree | undefined {
  const bySimple = new Map(nodes.map((n) => [n.node, n]));
  const build = (l: Located, parent?: Tree): Tree => {
    const t: Tree = { located: l, children: [], parent };
    for (const c of l.node.children ?? []) {
      const cl = bySimple.get(c);
      if (cl) t.children.push(build(cl, t));
    }
    return t;
  };
  const root = nodes[nodes.length - 1];
  return root ? build(root) : undefined;
}

/** The return item (of RETURN or WITH) that consists of exactly `t`'s expression and has no alias, if any. */
function bareReturnItem(t: Tree): Tree | undefined {
  let up = t.parent;
  while (up && up.located.node.name !== 'returnItem') {
    if (up.located.start !== t.located.start || up.located.end !== t.located.end) return undefined;
    up = up.parent;
  }
  if (!up || up.located.start !== t.located.start || up.located.end !== t.located.end) return undefined;
  return up;
}

/**
 * A parameter in the engine's types. The engine's client gives a list the
 * type of its first element and reads the rest as that type, so a list whose
 * elements are of one kind is passed as it is; an empty list, or one that
 * starts with null, is written as a list literal (the engine types it from all
 * its elements); a list of several kinds the engine cannot hold, so it is
 * refused, as is a mix of integers and floats (the engine would make the
 * integers floats, and Neo4j keeps them integers).
 */
function paramEdit(name: string, value: unknown, t: Tree, query: string, out: Record<string, unknown>): Edit | undefined {
  const { start, end } = t.located;
  const original = query.slice(start, end);
  const replace = (text: string): Edit => ({ start, end, text: bareReturnItem(t) ? `${text} AS \`${original.replace(/`/g, '``')}\`` : text });
  if (value === null) return replace('NULL');
  if (!Array.isArray(value)) {
    out[name] = value;
    return undefined;
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
    out[name] = value;
    return undefined;
  }
  const items = value.map((v, i) => {
    if (v === null) return 'NULL';
    out[`__${name}_${i}`] = v;
    return `$__${name}_${i}`;
  });
  return replace(`[${items.join(', ')}]`);
}

const parameterName = (text: string) => {
  const raw = text.replace(/^\$\s*/, '');
  return raw.startsWith('`') ? raw.slice(1, -1).replace(/``/g, '`') : raw;
};

function apply(query: string, edits: Edit[]): string {
  let out = query;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Translates an admitted query and its checked parameters for the embedded engine, or refuses it. */
export function toKuzu(query: string, params: Record<string, unknown>): KuzuQuery {
  const { nodes } = admit(query);
  const tree = treeOf(nodes);
  const edits: Edit[] = [];
  const out: Record<string, unknown> = {};
  const visit = (t: Tree) => {
    const { node } = t.located;
    if (node.name === 'parameter') {
      const name = parameterName(query.slice(t.located.start, t.located.end));
      const edit = paramEdit(name, params[name], t, query, out);
      if (edit) edits.push(edit);
      return;
    }
    for (const c of t.children) visit(c);
  };
  if (tree) visit(tree);
  return { query: toKuzuDialect(apply(query, edits)), params: out };
}

/** What an engine error that still occurs means for the query, without the engine's grammar. */
export function engineError(err: unknown): unknown {
  if (!(err instanceof GraphError) || (err.code !== 'SYNTAX' && err.code !== 'BAD_REQUEST')) return err;
  if (!/^(Parser|Binder|Catalog|Runtime|Conversion|Overflow) exception/i.test(err.message)) return err;
  return new GraphError(
    'UNSUPPORTED',
    `the embedded engine cannot answer this query as Neo4j would (it uses Cypher the embedded engine does not support, or a property or type the landscape does not have); ${ON_NEO4J}`,
  );
}

/** The ad-hoc runner on the embedded engine: translate, run through `run` (the worker pool), map engine errors. */
export function kuzuRunner(run: (query: string, params: Record<string, unknown>) => Promise<QueryResultSet>): ReadRunner {
  return async (query, params) => {
    const k = toKuzu(query, params);
    try {
      return await run(k.query, k.params);
    } catch (err) {
      throw engineError(err);
    }
  };
}
