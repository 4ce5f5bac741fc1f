// Expressions whose meaning differs between Neo4j and the engine: list
// positions, comprehensions, map projections, label predicates, IN with null.
import { parameterName } from './params';
import { INT, type Translation } from './translation';
import { child, find, keyword, type Tree } from './tree';

/** A list index or slice: Neo4j counts from 0, the engine from 1. */
export function listAccess(tr: Translation, t: Tree) {
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

/** Neo4j compares `x IN list` with a null in the list as null, the engine as false: the same only where the result filters rows. */
export function inWithNull(tr: Translation, cmp: Tree) {
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

