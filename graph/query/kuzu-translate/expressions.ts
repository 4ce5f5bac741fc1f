// Expressions whose meaning differs between Neo4j and the engine: list
// positions, comprehensions, map projections, label predicates, IN with null.
import { parameterName } from './params';
import type { Translation } from './translation';
import { child, find, keyword, type Tree } from './tree';

/** `[x IN list WHERE p | e]`: the engine's list_filter and list_transform with lambdas. */
export function listComprehension(tr: Translation, t: Tree) {
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
export function mapProjection(tr: Translation, t: Tree) {
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
export function labelPredicate(tr: Translation, cmp: Tree) {
  const owner = cmp.parent!;
  const subject = owner.children[0]!;
  const label = cmp.children.find((c) => !c.terminal);
  const names = label ? tr.text(label).split('|').map((x) => x.trim()) : [];
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tr.text(subject).trim()) || !names.length || names.some((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))) {
    tr.refuse(owner, 'a label expression as a predicate', 'only n:Label and n:A|B on a variable are translated');
  }
  tr.replace({ start: subject.start, end: cmp.end }, `label(${tr.text(subject).trim()}) IN [${names.map((n) => `'${n}'`).join(', ')}]`);
}

/**
 * `x IN list` where the list holds a null: Neo4j answers true if x is found,
 * else null (the engine: false); a null x is null for a non-empty list.
 */
export function inWithNull(tr: Translation, cmp: Tree) {
  const list = cmp.children.find((c) => !c.terminal);
  if (!list) return;
  const literalNull = find(list, 'literal').some((l) => /^null$/i.test(tr.text(l).trim()));
  const paramNull = find(list, 'parameter').some((p) => {
    const v = tr.given[parameterName(tr.text(p))];
    return Array.isArray(v) && v.includes(null);
  });
  const owner = cmp.parent!;
  const subject = owner.children[0]!;
  if (!literalNull && !paramNull) {
    // Neo4j: nothing is in an empty list, not even null (false); the engine answers null for a null x.
    const items = list.children.length === 1 && list.children[0]!.name === 'listLiteral' ? list.children[0]!.children.filter((c) => !c.terminal).length : undefined;
    const param = /^\$(\w+)$/.exec(tr.text(list).trim());
    const nonEmpty = (items ?? 0) > 0 || (param && Array.isArray(tr.given[param[1]!]) && (tr.given[param[1]!] as unknown[]).length > 0);
    const nonNull = /^(-?\d+(\.\d+)?|'([^'\\]|\\.)*'|"([^"\\]|\\.)*"|true|false)$/i.test(tr.text(subject).trim());
    if (nonEmpty || nonNull || owner.children.length !== 2) return;
    return tr.rewrite(owner, [subject, list], (x, l) => `(CASE WHEN size(${l}) = 0 THEN false ELSE (${x}) IN ${l} END)`);
  }
  if (owner.children.length !== 2) tr.refuse(owner, 'IN with a list that holds null, followed by another comparison', 'Neo4j answers null where the embedded engine answers false');
  const e = tr.lambda();
  tr.rewrite(owner, [subject, list], (x, l) => `(CASE WHEN list_contains(${l}, ${x}) THEN true WHEN (${x}) IS NULL OR size(list_filter(${l}, ${e} -> ${e} IS NULL)) > 0 THEN NULL ELSE false END)`);
}

/** `a < b < c`: Neo4j's `a < b AND b < c`; the engine compares two values at a time. */
export function chainedComparison(tr: Translation, t: Tree) {
  const operands = t.children.filter((c) => !c.terminal);
  if (operands.length < 3) return;
  const ops = t.children.filter((c) => c.terminal).map((c) => c.name);
  tr.rewrite(t, operands, (...x) => `(${ops.map((op, i) => `(${x[i]}) ${op} (${x[i + 1]})`).join(' AND ')})`);
}

/** 0x1F and 0o17: Neo4j's hexadecimal and octal integers, which the engine reads as other tokens. */
export function numberLiteral(tr: Translation, t: Tree) {
  const text = tr.text(t).trim();
  const m = /^(-?)0([xo])([0-9a-f_]+)$/i.exec(text);
  if (m) tr.replace(t, `${m[1]}${BigInt(`0${m[2]!.toLowerCase()}${m[3]!.replace(/_/g, '')}`).toString()}`);
}

/** The engine's typeof() names of a Neo4j type, for the type predicate `x IS :: T`. */
const TYPE_NAMES: Record<string, string[]> = {
  STRING: ['STRING'],
  BOOLEAN: ['BOOL'],
  BOOL: ['BOOL'],
  INTEGER: ['INT64', 'INT32', 'INT16', 'INT8', 'INT128', 'UINT64', 'UINT32', 'UINT16', 'UINT8', 'SERIAL'],
  INT: ['INT64', 'INT32', 'INT16', 'INT8', 'INT128', 'UINT64', 'UINT32', 'UINT16', 'UINT8', 'SERIAL'],
  FLOAT: ['DOUBLE', 'FLOAT'],
};

/** `x IS [NOT] :: T [NOT NULL]`: Neo4j counts null as of every nullable type. */
export function typePredicate(tr: Translation, cmp: Tree): boolean {
  const type = child(cmp, 'type');
  if (!type) return false;
  const owner = cmp.parent!;
  const parts = type.children.filter((c) => c.name === 'typePart');
  const name = parts.length === 1 ? child(parts[0]!, 'typeName') : undefined;
  const names = name ? TYPE_NAMES[tr.text(name).replace(/\s+/g, ' ').trim().toUpperCase()] : undefined;
  if (!names || owner.children.length !== 2) tr.refuse(owner, 'a type predicate IS :: of this type', 'strings, booleans, integers and floats are translated');
  const negated = cmp.children.some((c) => c.terminal && c.name.toUpperCase() === 'NOT');
  const notNull = !!child(parts[0]!, 'typeNullability');
  const list = names.map((n) => `'${n}'`).join(', ');
  tr.rewrite(owner, [owner.children[0]!], (x) => {
    const is = notNull ? `((${x}) IS NOT NULL AND typeof(${x}) IN [${list}])` : `((${x}) IS NULL OR typeof(${x}) IN [${list}])`;
    return negated ? `(NOT ${is})` : is;
  });
  return true;
}

/**
 * `list + x` and `x + list` with one element, and `string + integer`: Neo4j
 * appends, prepends and concatenates; the engine adds only two lists, two
 * strings or two numbers. Translated where the types are known, left to right.
 */
export function addition(tr: Translation, t: Tree) {
  const operands = t.children.filter((c) => !c.terminal);
  const ops = t.children.filter((c) => c.terminal).map((c) => c.name);
  if (operands.length < 2 || !ops.includes('+')) return;
  type Kind = 'list' | 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | undefined;
  const kind = (o: Tree): Kind => (tr.kindOf(o) === 'list' ? 'list' : (tr.storageOf(o) as Kind));
  const kinds = operands.map(kind);
  const scalar = (k: Kind) => k === 'INT64' || k === 'DOUBLE' || k === 'STRING' || k === 'BOOLEAN';
  let special = false;
  const writes: ((left: string, right: string) => string)[] = [];
  let running = kinds[0];
  ops.forEach((op, i) => {
    const k = kinds[i + 1];
    const plain = (l: string, r: string) => `${l} ${op} ${r}`;
    let write = plain;
    if (op === '+' && running === 'list' && k !== 'list' && scalar(k)) write = (l, r) => `list_append(${l}, ${r})`;
    else if (op === '+' && k === 'list' && running !== 'list' && scalar(running)) write = (l, r) => `list_prepend(${r}, ${l})`;
    else if (op === '+' && running === 'STRING' && k === 'INT64') write = (l, r) => `${l} + CAST(${r} AS STRING)`;
    else if (op === '+' && running === 'INT64' && k === 'STRING') write = (l, r) => `CAST(${l} AS STRING) + ${r}`;
    else if (op === '+' && ((running === 'STRING' && k === 'DOUBLE') || (running === 'DOUBLE' && k === 'STRING'))) {
      tr.refuse(t, 'a string plus a float', 'Neo4j writes the float as Java does (1.0E20), the embedded engine otherwise');
    }
    if (write !== plain) special = true;
    writes.push(write);
    running = op !== '+' ? undefined : running === 'list' || k === 'list' ? 'list' : running === 'STRING' || k === 'STRING' ? 'STRING' : undefined;
  });
  // The engine joins a string and a null as if the null were '', Neo4j answers null.
  const strings = kinds.includes('STRING') && !kinds.includes('list');
  if (!special && !strings) return;
  tr.rewrite(t, operands, (...x) => {
    const chain = `(${writes.reduce((acc, w, i) => `(${w(acc, `(${x[i + 1]})`)})`, `(${x[0]})`)})`;
    return strings ? `(CASE WHEN ${x.map((o) => `(${o}) IS NULL`).join(' OR ')} THEN NULL ELSE ${chain} END)` : chain;
  });
}

/** reduce(acc = init, x IN list | e): the engine's list_reduce over the list with init put first. */
export function reduce(tr: Translation, t: Tree) {
  const vars = t.children.filter((c) => c.name === 'variable');
  const exprs = t.children.filter((c) => c.name === 'expression');
  const [acc, x] = vars;
  const [init, list, body] = exprs;
  if (!acc || !x || !init || !list || !body) return tr.refuse(t, 'reduce(…)');
  const [a, v] = [tr.text(acc), tr.text(x)];
  tr.rewrite(t, [init, list, body], (i, l, e) => `list_reduce(list_concat([${i}], ${l}), (${a}, ${v}) -> ${e})`);
}
