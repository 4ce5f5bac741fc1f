// Neo4j's Cypher → the embedded engine, on the gate's parse tree (one parse
// per query): parameters are given in types the engine keeps exactly, the
// constructs the engine would answer differently are refused with
// UNSUPPORTED (which construct, where, and that Neo4j runs the query), and
// engine errors that still occur are reported as what they mean for the
// query — never in the engine's own grammar. Everything engine-specific about
// ad-hoc Cypher on the embedded engine is here and in kuzu-dialect.ts.
import { GraphError } from '../errors';
import { nodeSchemas, propMeta, relSchemas, type StorageType } from '../model';
import type { QueryResultSet } from '../stores/types';
import type { SimpleTree } from '@neo4j-cypher/language-support';
import { admit, positionAt, type Located } from './gate';
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
  /** Among edits at the same offset: closing insertions (inner first), then opening ones (outer first), then replacements. */
  order: number;
}

interface Tree {
  name: string;
  start: number;
  end: number;
  terminal: boolean;
  depth: number;
  children: Tree[];
  parent?: Tree;
}

/** The parse tree with the span of every rule and terminal, so a node's parent and children can be asked for. */
function treeOf(nodes: Located[], terminals: Map<SimpleTree, { start: number; end: number }>): Tree | undefined {
  const rules = new Map(nodes.map((n) => [n.node, n]));
  const build = (node: SimpleTree, depth: number, parent?: Tree): Tree | undefined => {
    const span = rules.get(node) ?? terminals.get(node);
    if (!span) return undefined;
    const t: Tree = { name: node.name, start: span.start, end: span.end, terminal: !rules.has(node), depth, children: [], parent };
    for (const c of node.children ?? []) {
      const ct = build(c, depth + 1, t);
      if (ct) t.children.push(ct);
    }
    return t;
  };
  const root = nodes[nodes.length - 1];
  return root ? build(root.node, 0) : undefined;
}

const find = (t: Tree, name: string): Tree[] => (t.name === name && !t.terminal ? [t] : t.children.flatMap((c) => find(c, name)));
const child = (t: Tree, name: string) => t.children.find((c) => c.name === name);
const keyword = (t: Tree, word: string) => t.children.find((c) => c.terminal && c.name.toUpperCase() === word);

/** The constructs refused on the embedded engine, by rule of Neo4j's grammar: what the user wrote, in words. */
const REFUSED_RULES: Record<string, string> = {
  patternComprehension: 'a pattern comprehension [(a)-->(b) | …]',
  reduceExpression: 'reduce(…)',
  shortestPathExpression: 'shortestPath(…) / allShortestPaths(…)',
  shortestPathPattern: 'shortestPath(…) / allShortestPaths(…)',
  pathPatternPrefix: 'a path selector (SHORTEST, ANY, ALL …)',
  quantifier: 'a quantified path pattern {m,n}',
  parenthesizedPath: 'a parenthesized path pattern',
  subqueryClause: 'a CALL { … } subquery',
  collectExpression: 'a COLLECT { … } subquery',
  normalizeFunction: 'normalize(…)',
  allReduceExpression: 'allReduce(…)',
  dynamicProperty: 'a dynamic property n[key]',
  letClause: 'LET',
  filterClause: 'FILTER',
  finishClause: 'FINISH',
};

/** Functions the embedded engine answers as Neo4j does (lower case), each checked by the differential corpus. */
const FUNCTIONS = new Set([
  'count', 'sum', 'avg', 'min', 'max', 'collect', 'percentiledisc',
  'size', 'length', 'nodes', 'relationships', 'labels', 'type', 'coalesce', 'range',
  'toupper', 'tolower', 'trim', 'ltrim', 'rtrim', 'substring', 'left', 'right', 'replace', 'reverse',
  'abs', 'sign', 'floor', 'ceil', 'sqrt', 'round', 'split', 'tail', 'head', 'last',
  'pi', 'log', 'log10', 'isempty',
]);

/** The properties each label and relationship type has in the model: the engine refuses others, where Neo4j answers null. */
const PROPERTIES: Record<string, Set<string>> = {
  ...Object.fromEntries(Object.entries(nodeSchemas).map(([label, schema]) => [label, new Set(Object.keys(schema.shape))])),
  ...Object.fromEntries(Object.entries(relSchemas).map(([type, def]) => [type, new Set(Object.keys(def.props.shape))])),
};
/** How each label's and type's properties are stored, to know the type of `v.key`. */
const STORAGE: Record<string, Record<string, StorageType>> = {
  ...Object.fromEntries(
    Object.entries(nodeSchemas).map(([label, schema]) => [label, Object.fromEntries(Object.entries(schema.shape).map(([k, z]) => [k, propMeta(z as never).storage]))]),
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
function patternVariables(tr: Translation, root: Tree): Map<string, string[] | undefined> {
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

class Translation {
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
  open = (t: Tree, text: string) => this.edits.push({ start: t.start, end: t.start, text, order: 1000 + t.depth });
  close = (t: Tree, text: string) => this.edits.push({ start: t.end, end: t.end, text, order: -t.depth });
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

  /** Calls written once the edits inside their argument are known (it may be used twice). */
  later: { call: Tree; arg: Tree; write: (arg: string) => string }[] = [];

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
  take(span: { start: number; end: number }): string {
    const inside = this.edits.filter((e) => e.start >= span.start && e.end <= span.end);
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
    for (const { call, arg, write } of [...this.later].sort((a, b) => a.call.end - a.call.start - (b.call.end - b.call.start))) {
      const text = this.take(arg);
      const inner = this.edits.filter((e) => e.start >= call.start && e.end <= call.end && e.order === 2000);
      for (const e of inner) this.edits.splice(this.edits.indexOf(e), 1);
      this.replace(call, write(text));
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

const INT = /^\s*-?\s*\d+\s*$/;

/** Keywords of the embedded engine that Neo4j accepts as variable names. */
const RESERVED = new Set(
  'ALL ANY ASC ASCENDING BY CALL CASE CAST COLUMN COPY COUNT CREATE CYCLE DBTYPE DEFAULT DELETE DESC DESCENDING DETACH DROP ELSE END ENDS EXISTS EXPLAIN EXPORT EXTENSION FROM GLOB GRAPH GROUP HEADERS IMPORT INSTALL KEY LIMIT LOAD MACRO MATCH MERGE NODE ON ONLY OPTIONAL ORDER PRIMARY PROFILE PROJECT READ REL RENAME RETURN ROLLBACK SEQUENCE SET SHORTEST SINGLE SKIP START STARTS TABLE THEN TO TRAIL TRANSACTION TYPE UNION UNWIND USE WHEN WHERE WITH WRITE'.split(' '),
);

/** A list index or slice: Neo4j counts from 0, the engine from 1. */
function listAccess(tr: Translation, t: Tree) {
  const inner = t.children.filter((c) => !c.terminal);
  const dots = t.children.find((c) => c.terminal && c.name === '..');
  if (!dots) {
    const index = inner[0];
    if (!index) return;
    const text = tr.text(index);
    if (/^\s*['"]/.test(text)) tr.refuse(t, 'a dynamic property n[key]');
    if (!INT.test(text)) tr.refuse(t, 'a list index by an expression', 'the embedded engine counts list positions from 1, Neo4j from 0, and only a literal index is translated');
    const n = Number(text.replace(/\s/g, ''));
    if (n >= 0) tr.replace(index, String(n + 1));
    return;
  }
  const from = inner.find((c) => c.end <= dots.start);
  const to = inner.find((c) => c.start >= dots.end);
  const literal = (c: Tree | undefined) => c === undefined || (INT.test(tr.text(c)) && Number(tr.text(c).replace(/\s/g, '')) >= 0);
  if (!to || !literal(from) || !literal(to)) {
    tr.refuse(t, 'a list slice with an open end, a negative or a computed bound', 'the embedded engine counts list positions from 1, Neo4j from 0, and only non-negative literal bounds are translated');
  }
  if (from) tr.replace(from, String(Number(tr.text(from).replace(/\s/g, '')) + 1));
  else tr.open(dots, '1');
}

/** Functions (lower case) the embedded engine answers as Neo4j does, for some or all arguments. */
export const answeredFunctions = (): Set<string> => new Set([...FUNCTIONS, ...Object.keys(CONVERSIONS)]);

/**
 * toString / toInteger / toFloat of a value whose type is known (a literal,
 * or a property the model types): written as the engine's casts where they
 * give Neo4j's answer. Others (a float's text, a string's number) are refused.
 */
const CONVERSIONS: Record<string, Partial<Record<StorageType, (x: string) => string>>> = {
  tostring: {
    INT64: (x) => `CAST(${x} AS STRING)`,
    STRING: (x) => `(${x})`,
    BOOLEAN: (x) => `CASE ${x} WHEN true THEN 'true' WHEN false THEN 'false' END`,
  },
  tointeger: {
    INT64: (x) => `(${x})`,
    DOUBLE: (x) => `CAST(CASE WHEN ${x} >= 0 THEN floor(${x}) ELSE ceil(${x}) END AS INT64)`,
  },
  tofloat: {
    INT64: (x) => `CAST(${x} AS DOUBLE)`,
    DOUBLE: (x) => `(${x})`,
  },
};

function functionCall(tr: Translation, t: Tree) {
  const nameNode = child(t, 'functionName');
  if (!nameNode) return;
  const name = tr.text(nameNode).replace(/\s/g, '').toLowerCase();
  const args = t.children.filter((c) => c.name === 'functionArgument');
  const type = args.length === 1 ? tr.storageOf(args[0]!) : undefined;
  const conversion = type ? CONVERSIONS[name]?.[type] : undefined;
  if (conversion) return void tr.later.push({ call: t, arg: args[0]!, write: conversion });
  if (CONVERSIONS[name]) {
    tr.refuse(t, `the function ${tr.text(nameNode)}()`, 'the embedded engine converts floats and strings differently; only a literal or a property of a known integer, float, string or boolean type is translated');
  }
  if (!FUNCTIONS.has(name) || (name === 'round' && args.length > 2)) {
    tr.refuse(t, `the function ${tr.text(nameNode)}()`, 'the embedded engine does not have it, or answers it differently');
  }
  if (name === 'collect' && tr.orderedBefore(t)) {
    tr.refuse(t, 'collect() of rows ordered by WITH … ORDER BY', 'the embedded engine does not keep that order into collect(), Neo4j does');
  }
  if (name === 'round' && args.length === 2) {
    tr.refuse(t, 'round() to a precision', 'the embedded engine rounds the binary value (round(-1.005, 2) = -1.0), Neo4j the decimal one (-1.01)');
  }
  if (name === 'round' && args.length === 1) {
    // Neo4j rounds half up (-2.5 → -2.0); the engine's round needs a precision and rounds half away from zero.
    // x - floor(x) is exact, so halves are found exactly (floor(x + 0.5) is not: 0.49999999999999994).
    tr.later.push({ call: t, arg: args[0]!, write: (x) => `CASE WHEN (${x}) - floor(${x}) >= 0.5 THEN ceil(${x}) ELSE floor(${x}) END` });
  }
  if (['trim', 'ltrim', 'rtrim'].includes(name) && !(args[0] && /^('[ -~]*'|"[ -~]*")$/.test(tr.text(args[0]).trim()))) {
    tr.refuse(t, `${tr.text(nameNode)}() of a value that is not a plain literal`, 'the embedded engine trims ASCII whitespace only, Neo4j also Unicode spaces such as the ideographic space U+3000');
  }
  if (name === 'log') tr.replace(nameNode, 'ln');
  if (name === 'reverse' && args[0]) {
    // The engine's reverse() reverses a list's text; its list_reverse reverses a list.
    const kind = tr.kindOf(args[0]);
    if (kind === 'list') tr.replace(nameNode, 'list_reverse');
    else if (kind !== 'string') tr.refuse(t, 'reverse() of a value that may be a list or a string', 'the embedded engine reverses lists and strings with different functions; reverse() of a literal, a parameter, a property or a list function is translated');
  }
  if (name === 'toupper' && args[0]) {
    // Neo4j (Java) upper-cases ß to SS; the engine to ẞ.
    tr.open(args[0], 'replace(');
    tr.close(args[0], ", 'ß', 'ss')");
  }
  if (name === 'isempty') {
    tr.replace(nameNode, '(size');
    tr.close(t, ' = 0)');
  }
  if (name === 'size' && args.length === 1 && tr.varLengthArg(args[0]!)) tr.replace(nameNode, 'length');
  if (name === 'substring') {
    const [, start, length] = args;
    if (!start) return;
    const s = tr.text(start);
    tr.replace(start, INT.test(s) ? String(Number(s.replace(/\s/g, '')) + 1) : `(${s}) + 1`);
    if (!length) tr.close(start, ', 2147483647');
  }
  if (name === 'sum') {
    tr.open(t, 'coalesce(');
    tr.close(t, ', 0)');
  }
  if (name === 'collect') {
    tr.open(t, 'coalesce(');
    tr.close(t, ', [])');
  }
  if ((name === 'head' || name === 'last') && args.length === 1) {
    // Neo4j: null for an empty list; the engine's list index fails there.
    const index = name === 'head' ? 1 : -1;
    tr.later.push({ call: t, arg: args[0]!, write: (l) => `CASE WHEN size(${l}) = 0 THEN NULL ELSE (${l})[${index}] END` });
  }
  if (name === 'split') tr.replace(nameNode, 'string_split');
  if (name === 'tail') {
    tr.replace(nameNode, 'list_slice');
    if (args[0]) tr.close(args[0], ', 2, 2147483647');
  }
  if (name === 'labels') {
    tr.open(t, '[');
    tr.replace(nameNode, 'label');
    tr.close(t, ']');
  }
}

/** `[x IN list WHERE p | e]`: the engine's list_filter and list_transform with lambdas. */
function listComprehension(tr: Translation, t: Tree) {
  const open = t.children[0]!;
  const close = t.children[t.children.length - 1]!;
  const v = child(t, 'variable');
  const exprs = t.children.filter((c) => c.name === 'expression');
  const where = keyword(t, 'WHERE');
  const bar = t.children.find((c) => c.terminal && c.name === '|');
  const list = exprs[0];
  if (!v || !list || open.name !== '[' || close.name !== ']') return tr.refuse(t, 'a list comprehension [x IN list WHERE … | …]');
  const x = tr.text(v);
  const pred = where ? exprs.find((e) => e.start > where.start && (!bar || e.end <= bar.start)) : undefined;
  const proj = bar ? exprs.find((e) => e.start > bar.start) : undefined;
  const prefix = (proj ? 'list_transform(' : '') + (pred ? 'list_filter(' : '');
  tr.replace({ start: open.start, end: list.start }, prefix || '(');
  if (pred) tr.replace({ start: list.end, end: pred.start }, `, ${x} -> `);
  if (proj) tr.replace({ start: (pred ?? list).end, end: proj.start }, `${pred ? ')' : ''}, ${x} -> `);
  tr.replace(close, ')');
}

/** `v {.a, b: expr, c}`: a struct literal, null for a null v as in Neo4j. */
function mapProjection(tr: Translation, t: Tree) {
  const v = child(t, 'variable');
  const brace = t.children.find((c) => c.terminal && c.name === '{');
  const end = t.children[t.children.length - 1]!;
  if (!v || !brace || end.name !== '}') return tr.refuse(t, 'a map projection n {.property, …}');
  const name = tr.text(v);
  tr.replace({ start: t.start, end: brace.end }, `CASE WHEN ${name} IS NULL THEN NULL ELSE {`);
  for (const el of t.children.filter((c) => c.name === 'mapProjectionElement')) {
    const text = tr.text(el).trim();
    if (/\*/.test(text) && !child(el, 'expression')) tr.refuse(el, 'a map projection of all properties n {.*}');
    const property = child(el, 'property');
    if (property) {
      const key = tr.text(property).replace(/^\s*\.\s*/, '');
      tr.replace(el, `${key}: ${tr.missing(name, key) ? 'NULL' : `${name}.${key}`}`);
    } else if (child(el, 'variable') && !child(el, 'expression')) tr.replace(el, `${text}: ${text}`);
  }
  tr.close(end, ' END');
}

/** `n:Label` or `n:A|B` as a predicate: the engine's label(n). */
function labelPredicate(tr: Translation, cmp: Tree) {
  const owner = cmp.parent!;
  const subject = owner.children[0]!;
  const label = cmp.children.find((c) => !c.terminal);
  const names = label ? tr.text(label).split('|').map((x) => x.trim()) : [];
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tr.text(subject).trim()) || !names.length || names.some((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))) {
    tr.refuse(owner, 'a label expression as a predicate', 'only n:Label and n:A|B on a variable are translated');
  }
  tr.replace({ start: subject.start, end: cmp.end }, `label(${tr.text(subject).trim()}) IN [${names.map((n) => `'${n}'`).join(', ')}]`);
}

/** Neo4j compares `x IN list` with a null in the list as null, the engine as false: the same only where the result filters rows. */
function inWithNull(tr: Translation, cmp: Tree) {
  const list = cmp.children.find((c) => !c.terminal);
  if (!list) return;
  const literalNull = find(list, 'literal').some((l) => /^null$/i.test(tr.text(l).trim()));
  const paramNull = find(list, 'parameter').some((p) => {
    const v = tr.given[parameterName(tr.text(p))];
    return Array.isArray(v) && v.includes(null);
  });
  if (!literalNull && !paramNull) return;
  // Only AND, OR and brackets may lie between the comparison and WHERE.
  let node: Tree = cmp.parent!;
  for (let up = node.parent; up; node = up, up = up.parent) {
    if (up.name === 'whereClause') return;
    const passes = (up.start === node.start && up.end === node.end) || ['expression', 'expression10', 'parenthesizedExpression', 'expression1'].includes(up.name);
    if (!passes) break;
  }
  tr.refuse(cmp.parent!, 'IN with a list that holds null, outside a WHERE filter', 'Neo4j answers null where the embedded engine answers false');
}

/** Relationship patterns that may bind the same relationship (Neo4j never binds one twice in a MATCH). */
interface RelPattern {
  node: Tree;
  variable?: string;
  types?: string[];
  variableLength: boolean;
}

function relPattern(tr: Translation, r: Tree): RelPattern {
  const variable = child(r, 'variable');
  const label = child(r, 'labelExpression');
  const typeText = label ? tr.text(label).replace(/^\s*:/, '') : undefined;
  const types = typeText && /^[\sA-Za-z0-9_|]+$/.test(typeText) && !/:/.test(typeText) ? typeText.split('|').map((x) => x.trim()) : undefined;
  return { node: r, variable: variable ? tr.text(variable) : undefined, types, variableLength: !!child(r, 'pathLength') };
}

function relationshipUniqueness(tr: Translation, match: Tree) {
  const patterns = child(match, 'patternList');
  if (!patterns) return;
  const rels = find(patterns, 'relationshipPattern').map((r) => relPattern(tr, r));
  const overlap = (a: RelPattern, b: RelPattern) => !a.types || !b.types || a.types.some((x) => b.types!.includes(x));
  const pairs: [RelPattern, RelPattern][] = [];
  for (let i = 0; i < rels.length; i++) for (let j = i + 1; j < rels.length; j++) if (overlap(rels[i]!, rels[j]!)) pairs.push([rels[i]!, rels[j]!]);
  if (!pairs.length) return;
  const named = new Map<RelPattern, string>();
  const nameOf = (r: RelPattern) => {
    if (r.variableLength) tr.refuse(r.node, 'a variable-length relationship beside another relationship of the same type in one MATCH', 'Neo4j never uses one relationship twice in a MATCH, and the embedded engine may');
    if (r.variable) return r.variable;
    let v = named.get(r);
    if (!v) {
      v = tr.variable();
      named.set(r, v);
      const bracket = r.node.children.find((c) => c.terminal && c.name === '[');
      if (bracket) tr.close(bracket, v);
      else {
        // `-->`, `<--` or `--`: write the brackets.
        const lines = r.node.children.filter((c) => c.name === 'arrowLine');
        tr.close(lines[0]!, `[${v}]`);
      }
    }
    return v;
  };
  const conditions = pairs.map(([a, b]) => `id(${nameOf(a)}) <> id(${nameOf(b)})`).join(' AND ');
  const where = child(match, 'whereClause');
  if (where) {
    const cond = where.children.find((c) => !c.terminal)!;
    tr.open(cond, '(');
    tr.close(cond, `) AND ${conditions}`);
  } else tr.close(patterns, ` WHERE ${conditions}`);
}

/** ORDER BY sorts by a RETURN/WITH alias in Neo4j; the engine sorts by a variable of that name if there is one. */
function aliasShadowing(tr: Translation, body: Tree) {
  const orderBy = child(body, 'orderBy');
  if (!orderBy) return;
  const items = child(body, 'returnItems');
  const aliases = (items ? items.children.filter((c) => c.name === 'returnItem') : [])
    .map((item) => ({ item, alias: keyword(item, 'AS') ? child(item, 'variable') : undefined }))
    .filter((x): x is { item: Tree; alias: Tree } => !!x.alias);
  if (!aliases.length) return;
  const root = (() => {
    let r: Tree = body;
    while (r.parent) r = r.parent;
    return r;
  })();
  const before = new Set(find(root, 'variable').filter((v) => v.end <= body.start).map((v) => tr.text(v)));
  for (const { item, alias } of aliases) {
    const name = tr.text(alias);
    const expr = item.children[0]!;
    if (before.has(name) && tr.text(expr).trim() !== name) {
      tr.refuse(alias, `ORDER BY of the alias ${name}, which shadows a variable`, 'the embedded engine sorts by the variable, Neo4j by the alias; use another alias');
    }
  }
}

/** An unaliased RETURN item keeps Neo4j's column name (its text), not the engine's. */
function columnName(tr: Translation, item: Tree) {
  if (keyword(item, 'AS')) return;
  const text = tr.text(item);
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(text.trim()) || text.includes('`')) return;
  tr.close(item, ` AS \`${text}\``);
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
function parameter(tr: Translation, t: Tree) {
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

const parameterName = (text: string) => {
  const raw = text.replace(/^\$\s*/, '');
  return raw.startsWith('`') ? raw.slice(1, -1).replace(/``/g, '`') : raw;
};

function visit(tr: Translation, t: Tree) {
  if (t.terminal) return;
  const refused = REFUSED_RULES[t.name];
  if (refused) tr.refuse(t, refused);
  switch (t.name) {
    case 'extendedCaseExpression': {
      // Neo4j compares CASE x WHEN v with =, so a null never matches; the engine matches it.
      const subject = t.children.find((c) => c.name === 'expression');
      const values: Tree[] = [];
      for (const alt of t.children.filter((c) => c.name === 'extendedCaseAlternative')) {
        const whens = alt.children.filter((c) => c.name === 'extendedWhen');
        const value = whens[0]?.children[0];
        if (whens.length !== 1 || whens[0]!.children.length !== 1 || value?.name !== 'expression') {
          tr.refuse(alt, 'CASE x WHEN with several values or a comparison', 'only CASE x WHEN value THEN … is translated');
        }
        values.push(value);
      }
      if (subject && values.length) tr.cases.push({ subject, values });
      break;
    }
    case 'trimFunction':
      if (t.children.some((c) => c.terminal && /^(BOTH|LEADING|TRAILING|FROM)$/i.test(c.name))) tr.refuse(t, 'trim(BOTH|LEADING|TRAILING … FROM …)');
      {
        const arg = t.children.find((c) => c.name === 'expression');
        if (!(arg && /^('[ -~]*'|"[ -~]*")$/.test(tr.text(arg).trim()))) {
          tr.refuse(t, 'trim() of a value that is not a plain literal', 'the embedded engine trims ASCII whitespace only, Neo4j also Unicode spaces such as the ideographic space U+3000');
        }
      }
      break;
    case 'parameter':
      return parameter(tr, t);
    case 'functionInvocation':
      functionCall(tr, t);
      break;
    case 'listComprehension':
      listComprehension(tr, t);
      break;
    case 'mapProjection':
      mapProjection(tr, t);
      break;
    case 'postFix':
      if (t.children[0]?.terminal && t.children[0].name === '[') listAccess(tr, t);
      break;
    case 'expression2': {
      // v.key where the model gives v no such property: null, as Neo4j answers.
      const [subject, first, ...more] = t.children;
      const property = first?.name === 'postFix' ? child(first, 'property') : undefined;
      if (subject?.name === 'expression1' && property && !more.length && subject.children.length === 1 && subject.children[0]!.name === 'variable') {
        const key = tr.text(property).replace(/^\s*\.\s*/, '');
        if (tr.missing(tr.text(subject).trim(), key)) return tr.replace(t, 'NULL');
      }
      break;
    }
    case 'expression8':
      if (t.children.filter((c) => c.name === 'expression7').length > 2) tr.refuse(t, 'a chained comparison a < b < c', 'the embedded engine compares two values at a time; write it as a < b AND b < c');
      break;
    case 'variable': {
      const name = tr.text(t);
      if (tr.varLength.has(name) && t.parent?.name !== 'relationshipPattern') {
        let up: Tree = t;
        while (up.parent && up.parent.start === t.start && up.parent.end === t.end) up = up.parent;
        const call = up.name === 'functionArgument' ? up.parent : undefined;
        const fn = call ? child(call, 'functionName') : undefined;
        if (!fn || tr.text(fn).trim().toLowerCase() !== 'size') {
          tr.refuse(t, `the variable-length relationship list ${name}`, 'the embedded engine gives it as a path, Neo4j as a list of relationships; size() of it is translated');
        }
      }
      // Words the engine reserves (all, order, …) are names in Neo4j: quoted, they are names here too.
      if (RESERVED.has(name.toUpperCase())) tr.replace(t, `\`${name}\``);
      return;
    }
    case 'comparisonExpression6': {
      const first = t.children[0];
      if (first?.terminal && (first.name === ':' || first.name.toUpperCase() === 'IS') && t.children.some((c) => c.name.startsWith('labelExpression'))) {
        labelPredicate(tr, t);
        return;
      }
      if (keyword(t, 'IN')) inWithNull(tr, t);
      const contains = keyword(t, 'CONTAINS');
      if (contains) {
        // Neo4j: every string contains ''; the engine answers false. Properties are never '' (the model).
        const right = t.children.find((c) => !c.terminal);
        const text = right ? tr.text(right).trim() : '';
        const param = /^\$(\w+)$/.exec(text);
        const empty = /^(''|"")$/.test(text) || (param && tr.given[param[1]!] === '');
        const safe = empty || /^('|")/.test(text) || param || (right && tr.storageOf(right) === 'STRING');
        if (!safe) tr.refuse(t.parent!, 'CONTAINS with a computed right side', "Neo4j finds '' in every string, the embedded engine in none; a literal, a parameter or a property is translated");
        if (empty) tr.replace(contains, 'STARTS WITH');
      }
      break;
    }
    case 'existsExpression':
    case 'countExpression': {
      // EXISTS { (a)-->(b) } and COUNT { … } without MATCH: the engine needs the MATCH.
      if (!find(t, 'matchClause').length) {
        const brace = t.children.find((c) => c.terminal && c.name === '{');
        if (brace && find(t, 'patternList').length) tr.close(brace, ' MATCH ');
        else tr.refuse(t, t.name === 'countExpression' ? 'a COUNT { … } subquery' : 'an EXISTS { … } subquery');
      }
      break;
    }
    case 'matchClause':
      relationshipUniqueness(tr, t);
      break;
    case 'returnBody':
      aliasShadowing(tr, t);
      if (t.parent?.name === 'returnClause') for (const item of child(t, 'returnItems')?.children.filter((c) => c.name === 'returnItem') ?? []) columnName(tr, item);
      break;
  }
  for (const c of t.children) visit(tr, c);
}

/** Translates an admitted query and its checked parameters for the embedded engine, or refuses it. */
export function toKuzu(query: string, params: Record<string, unknown>): KuzuQuery {
  const { nodes, terminals } = admit(query);
  const tree = treeOf(nodes, terminals);
  const tr = new Translation(query, params);
  if (tree) {
    tr.variables = patternVariables(tr, tree);
    for (const r of find(tree, 'relationshipPattern')) {
      const v = child(r, 'variable');
      if (v && child(r, 'pathLength')) tr.varLength.add(tr.text(v));
    }
    for (const w of find(tree, 'withClause')) if (find(w, 'orderBy').length) tr.orderedWiths.push(w.end);
    visit(tr, tree);
    tr.finish();
  }
  if (tr.added && tree) {
    const star = find(tree, 'returnItems').find((items) => items.children.some((c) => c.terminal && c.name === '*'));
    if (star) tr.refuse(star, 'RETURN * beside relationships that may coincide', 'the translation names relationships that * would show');
  }
  return { query: toKuzuDialect(tr.result()), params: tr.params };
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
