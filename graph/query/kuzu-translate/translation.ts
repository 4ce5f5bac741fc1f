// One query's translation: its text, the edits written so far, the parameters
// given to the engine, and what the model says about its variables.
import { GraphError } from '../../errors';
import { DEGREE_PROPERTY, nodeSchemas, propMeta, relSchemas, type StorageType } from '../../model';
import { positionAt } from '../gate';
import { child, keyword, type Tree } from './tree';

export const ON_NEO4J = 'the same query runs on Neo4j (set NEO4J_URI)';

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Among edits at the same offset: closing insertions (inner first), then opening ones (outer first), then replacements. */
  order: number;
  /** Depth of the node an insertion opens or closes: at a span's edge it belongs to the span only if it is as deep. */
  depth?: number;
}

/** A span of the query, with the depth of its node where it is one. */
export type Span = { start: number; end: number; depth?: number };

/**
 * The properties each label and relationship type has in the model: the engine refuses others, where Neo4j answers
 * null. And every node's stored degree (graph/model/ddl.ts), which both engines hold and Neo4j answers.
 */
export const PROPERTIES: Record<string, Set<string>> = {
  ...Object.fromEntries(Object.entries(nodeSchemas).map(([label, schema]) => [label, new Set([...Object.keys(schema.shape), DEGREE_PROPERTY])])),
  ...Object.fromEntries(Object.entries(relSchemas).map(([type, def]) => [type, new Set(Object.keys(def.props.shape))])),
};
/** How each label's and type's properties are stored, to know the type of `v.key`. */
const STORAGE: Record<string, Record<string, StorageType>> = {
  ...Object.fromEntries(
    Object.entries(nodeSchemas).map(([label, schema]) => [
      label,
      { ...Object.fromEntries(Object.entries(schema.shape).map(([k, z]) => [k, propMeta(z as never).storage])), [DEGREE_PROPERTY]: 'INT64' as const },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(relSchemas).map(([type, def]) => [type, Object.fromEntries(Object.entries(def.props.shape).map(([k, z]) => [k, propMeta(z as never).storage]))]),
  ),
};
const ANY_PROPERTY = new Set(Object.values(PROPERTIES).flatMap((p) => [...p]));

/**
 * For each variable bound only by node and relationship patterns, the labels
 * or types it may have (undefined: any). Variables bound any other way
 * (WITH … AS, UNWIND, comprehensions, paths) are left out.
 */
export function patternVariables(tr: Translation, root: Tree): Map<string, string[] | undefined> {
  const out = new Map<string, string[] | undefined>();
  const other = new Set<string>();
  const visitAll = (t: Tree) => {
    if (t.name === 'nodePattern' || t.name === 'relationshipPattern') {
      const v = child(t, 'variable');
      if (v) {
        const name = tr.text(v);
        const label = child(t, t.name === 'nodePattern' ? 'nodeLabels' : 'labelExpression') ?? child(t, 'labelExpression');
        const text = label ? tr.text(label).replace(/^\s*:/, '') : '';
        const names = /^[\sA-Za-z0-9_|:]+$/.test(text) ? text.split(/[|:]/).map((x) => x.trim()).filter(Boolean) : undefined;
        const known = label ? (names && names.every((n) => PROPERTIES[n]) ? names : undefined) : undefined;
        if (!out.has(name)) out.set(name, known);
        else {
          const before = out.get(name);
          out.set(name, before && known ? [...new Set([...before, ...known])] : undefined);
        }
      }
    } else if (t.name === 'variable') {
      const p = t.parent;
      const bound = p && ['returnItem', 'unwindClause', 'listComprehension', 'reduceExpression', 'listItemsPredicate', 'pattern', 'letItem', 'subqueryScope'].includes(p.name);
      if (bound && !(p.name === 'returnItem' && !keyword(p, 'AS'))) other.add(tr.text(t));
    }
    for (const c of t.children) visitAll(c);
  };
  visitAll(root);
  for (const name of other) out.delete(name);
  return out;
}

export class Translation {
  variables = new Map<string, string[] | undefined>();

  /** Whether `v.key` is a property the model does not give v (Neo4j: null; the engine: an error). */
  missing(v: string, key: string): boolean {
    if (!this.variables.has(v)) return false;
    const labels = this.variables.get(v);
    return labels ? labels.every((l) => !PROPERTIES[l]!.has(key)) : !ANY_PROPERTY.has(key);
  }

  readonly edits: Edit[] = [];
  readonly params: Record<string, unknown> = {};
  private fresh = 0;
  /** Variables the translation adds, which RETURN * would show. */
  added = false;

  constructor(
    readonly query: string,
    readonly given: Record<string, unknown>,
  ) {}

  text = (t: Tree) => this.query.slice(t.start, t.end);
  replace = (t: { start: number; end: number }, text: string) => this.edits.push({ start: t.start, end: t.end, text, order: 2000 });
  open = (t: Tree, text: string) => this.edits.push({ start: t.start, end: t.start, text, order: 1000 + t.depth, depth: t.depth });
  close = (t: Tree, text: string) => this.edits.push({ start: t.end, end: t.end, text, order: -t.depth, depth: t.depth });
  /** What the translation writes inside relationship patterns' brackets (patterns.ts). */
  readonly relInside = new Map<Tree, { name?: string; length?: string }>();
  /** Nodes already written, which the walk leaves alone. */
  readonly done = new Set<Tree>();
  /** Nodes of a construct refused elsewhere that the translation writes here. */
  readonly allowed = new Set<Tree>();
  /** Result columns the engine names otherwise: the engine's name → Neo4j's. */
  readonly columns: Record<string, string> = {};
  /** A fresh column name the engine returns in place of Neo4j's `name`. */
  column = (name: string) => {
    const fresh = `__c${++this.fresh}`;
    this.columns[fresh] = name;
    return fresh;
  };
  /** A name for a lambda's parameter, which no query can use. */
  lambda = () => `__x${++this.fresh}`;
  variable = () => {
    this.added = true;
    return `__r${++this.fresh}`;
  };

  /** Names of variable-length relationship variables (Neo4j: a list of relationships; the engine: a path). */
  varLength = new Set<string>();
  /** Offsets of WITH … ORDER BY clauses. */
  orderedWiths: number[] = [];

  orderedBefore = (t: Tree) => this.orderedWiths.some((end) => end <= t.start);

  /** Whether a function argument is exactly a variable-length relationship variable. */
  varLengthArg(arg: Tree): boolean {
    return this.varLength.has(this.text(arg).trim());
  }

  /** Expressions written once the edits inside their parts are known (a part may be used twice). */
  later: { call: Span; args: Span[]; write: (...args: string[]) => string }[] = [];

  /** Writes `call` from the translated text of `args`, after everything inside them is translated. */
  rewrite = (call: Span, args: Span[], write: (...args: string[]) => string) => void this.later.push({ call, args, write });

  /** Whether an expression is a list or a string, where the text, a parameter's value or the model tells. */
  kindOf(t: Tree): 'list' | 'string' | undefined {
    const text = this.text(t).trim();
    if (text.startsWith('[')) return 'list';
    if (this.storageOf(t) === 'STRING') return 'string';
    const param = /^\$(\w+)$/.exec(text);
    if (param) return Array.isArray(this.given[param[1]!]) ? 'list' : typeof this.given[param[1]!] === 'string' ? 'string' : undefined;
    const call = /^([A-Za-z_]\w*)\s*\(/.exec(text);
    if (call && ['collect', 'range', 'split', 'tail', 'nodes', 'relationships', 'labels', 'reverse'].includes(call[1]!.toLowerCase()) && text.endsWith(')')) {
      return call[1]!.toLowerCase() === 'reverse' ? undefined : 'list';
    }
    return undefined;
  }

  /** The type of a literal or of `v.key` where the model fixes it, else undefined. */
  storageOf(t: Tree): StorageType | undefined {
    const text = this.text(t).trim();
    if (/^-?\d+$/.test(text)) return 'INT64';
    if (/^-?\d+\.\d+$/.test(text)) return 'DOUBLE';
    if (/^'([^'\\]|\\.)*'$|^"([^"\\]|\\.)*"$/.test(text)) return 'STRING';
    if (/^(true|false)$/i.test(text)) return 'BOOLEAN';
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(text);
    const labels = m ? this.variables.get(m[1]!) : undefined;
    if (!m || !labels) return undefined;
    const types = new Set(labels.map((l) => STORAGE[l]?.[m[2]!]));
    return types.size === 1 ? [...types][0] : undefined;
  }

  /** The translated text of a span, taking over the edits inside it. */
  take(span: Span): string {
    const edge = (e: Edit) => e.depth !== undefined && span.depth !== undefined && e.start === e.end && (e.start === span.start || e.end === span.end);
    const inside = this.edits.filter((e) => e.start >= span.start && e.end <= span.end && !(edge(e) && e.depth! < span.depth!));
    const sorted = [...inside].sort((a, b) => a.start - b.start || a.order - b.order);
    let out = '';
    let cursor = span.start;
    for (const e of sorted) {
      out += this.query.slice(cursor, e.start) + e.text;
      cursor = Math.max(cursor, e.end);
    }
    for (const e of inside) this.edits.splice(this.edits.indexOf(e), 1);
    return out + this.query.slice(cursor, span.end);
  }

  /** Simple CASE x WHEN v …: written as CASE WHEN coalesce(x = v, false) …, x translated first. */
  cases: { subject: Tree; values: Tree[] }[] = [];

  finish() {
    for (const { subject, values } of this.cases) {
      const x = this.take(subject);
      this.replace(subject, '');
      for (const v of values) {
        this.open(v, `coalesce((${x}) = (`);
        this.close(v, '), false)');
      }
    }
    for (const { call, args, write } of [...this.later].sort((a, b) => a.call.end - a.call.start - (b.call.end - b.call.start))) {
      const texts = args.map((a) => this.take(a));
      const inner = this.edits.filter((e) => e.start >= call.start && e.end <= call.end && (e.order === 2000 || (e.start > call.start && e.end < call.end)));
      for (const e of inner) this.edits.splice(this.edits.indexOf(e), 1);
      this.replace(call, write(...texts));
    }
  }

  refuse(t: Tree, construct: string, why = 'the embedded engine does not answer it as Neo4j does'): never {
    const at = positionAt(this.query, t.start);
    const clause = this.text(t).replace(/\s+/g, ' ').trim().slice(0, 60);
    throw new GraphError('UNSUPPORTED', `${construct} at line ${at.line}, column ${at.column} ("${clause}") is not supported here: ${why}; ${ON_NEO4J}`, {
      position: at,
      clause,
      construct,
    });
  }

  result(): string {
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || a.order - b.order);
    let out = '';
    let cursor = 0;
    for (const e of sorted) {
      out += this.query.slice(cursor, e.start) + e.text;
      cursor = Math.max(cursor, e.end);
    }
    return out + this.query.slice(cursor);
  }
}

export const INT = /^\s*-?\s*\d+\s*$/;
