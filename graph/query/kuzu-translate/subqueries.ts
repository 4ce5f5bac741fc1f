// CALL { … } subqueries, which the engine does not have. Two forms are
// written in its terms: a subquery that opens the query (it runs once, on one
// empty row, so its clauses can stand in the query with its RETURN as WITH),
// and the count per row `CALL (x) { MATCH … RETURN count(v) AS n }` (the
// engine's COUNT { MATCH … }: count(v) of a variable the MATCH binds counts
// its rows, and a row with none counts 0, as Neo4j's subquery answers).
// size() of a pattern comprehension or COLLECT subquery is that count too.
import type { Translation } from './translation';
import { child, find, keyword, type Tree } from './tree';

/**
 * The engine's COUNT { m }, asked only where EXISTS { m } holds: alone, the
 * engine drops the rows that count 0 when nothing else of the row is used
 * after it (measured: MATCH (s:Segment) WHERE COUNT { MATCH (s)<-[:AFFECTS]-(:Factor) } = 0
 * counted 0 segments, Neo4j 23; RETURN COUNT { … } AS n gave 2 rows of 25).
 */
export const countRows = (m: string) => `CASE WHEN EXISTS { ${m} } THEN COUNT { ${m} } ELSE 0 END`;

const WHY = 'a CALL { … } that opens the query, and CALL (x) { MATCH … RETURN count(…) AS n }, are translated';

/** Names bound before `t` in the query (the outer scope a subquery could see). */
function namesBefore(tr: Translation, t: Tree): Set<string> {
  let root = t;
  while (root.parent) root = root.parent;
  return new Set(find(root, 'variable').filter((v) => v.end <= t.start).map((v) => tr.text(v)));
}

export function subquery(tr: Translation, call: Tree) {
  const body = child(call, 'queryWithLocalDefinitions');
  const open = call.children.find((c) => c.terminal && c.name === '{');
  const close = call.children[call.children.length - 1];
  const singles = body ? find(body, 'singleQuery') : [];
  const single = singles[0];
  if (!body || !open || close?.name !== '}' || singles.length !== 1 || !single || keyword(call, 'OPTIONAL')) {
    return tr.refuse(call, 'a CALL { … } subquery', WHY);
  }
  const clauses = single.children.filter((c) => c.name === 'clause').map((c) => c.children[0]!);
  const last = clauses[clauses.length - 1];
  if (!last || last.name !== 'returnClause') return tr.refuse(call, 'a CALL { … } subquery without RETURN', WHY);
  const scope = child(call, 'subqueryScope');
  const clause = call.parent!;
  let nested = false;
  for (let up = clause.parent; up; up = up.parent) if (['subqueryClause', 'existsExpression', 'countExpression', 'collectExpression'].includes(up.name)) nested = true;
  const first = !nested && clause.parent?.children.find((c) => c.name === 'clause') === clause;
  // CALL () { … } imports nothing, as CALL { … } without an importing WITH.
  const imports = scope && (find(scope, 'variable').length > 0 || /\*/.test(tr.text(scope)));
  if (first && !imports) return opening(tr, call, open, close, last);
  counting(tr, call, scope, clauses, last);
}

/** The subquery opens the query: its clauses, with RETURN as WITH. */
function opening(tr: Translation, call: Tree, open: Tree, close: Tree, ret: Tree) {
  const body = child(ret, 'returnBody');
  if (body && child(body, 'orderBy') && !child(body, 'skip') && !child(body, 'limit')) {
    tr.refuse(ret, 'ORDER BY without SKIP or LIMIT at the end of a CALL { … } subquery', 'the embedded engine orders rows passed on only to skip or limit them');
  }
  tr.replace({ start: call.start, end: open.end }, '');
  tr.replace(close, '');
  tr.replace(ret.children[0]!, 'WITH');
  // Ordered and limited, it is a WITH … ORDER BY … LIMIT to what follows.
  if (body && child(body, 'orderBy')) tr.orderedWiths.push(ret.end);
}

/** CALL (x) { [WITH x] MATCH … [WHERE …] RETURN count(v) AS n }: WITH *, COUNT { MATCH … } AS n. */
function counting(tr: Translation, call: Tree, scope: Tree | undefined, clauses: Tree[], ret: Tree) {
  const imports = new Set<string>();
  let rest = clauses.slice(0, -1);
  if (scope) for (const v of find(scope, 'variable')) imports.add(tr.text(v));
  if (scope && /\*/.test(tr.text(scope))) return tr.refuse(scope, 'CALL (*) { … }', WHY);
  if (!scope && rest[0]?.name === 'withClause') {
    const items = find(rest[0], 'returnItem');
    if (items.some((i) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(tr.text(i).trim())) || child(rest[0], 'whereClause')) return tr.refuse(rest[0], 'an importing WITH with expressions', WHY);
    for (const i of items) imports.add(tr.text(i).trim());
    rest = rest.slice(1);
  }
  const [match] = rest;
  const items = find(ret, 'returnItem');
  const item = items[0];
  const fn = item ? find(item, 'functionInvocation')[0] : undefined;
  const counted = fn ? tr.text(fn).replace(/\s/g, '') : item ? tr.text(item.children[0]!).replace(/\s/g, '') : '';
  const alias = item && keyword(item, 'AS') ? child(item, 'variable') : undefined;
  const bound = match ? new Set(find(match, 'variable').map((v) => tr.text(v))) : new Set<string>();
  const countOf = /^count\(([A-Za-z_][A-Za-z0-9_]*|\*)\)$/i.exec(counted);
  const ok =
    rest.length === 1 && match?.name === 'matchClause' && !keyword(match, 'OPTIONAL') && items.length === 1 && alias && countOf &&
    (countOf[1] === '*' || bound.has(countOf[1]!)) && tr.text(item!.children[0]!).replace(/\s/g, '') === counted && !child(ret, 'returnBody')?.children.some((c) => c.name !== 'returnItems');
  if (!ok) return tr.refuse(call, 'a CALL (…) { … } subquery of this form', WHY);
  // Outer names the body uses without importing them are its own in Neo4j; the engine's COUNT { } would see the outer ones.
  const outer = namesBefore(tr, call);
  const leaked = [...bound].find((n) => outer.has(n) && !imports.has(n));
  if (leaked) tr.refuse(call, `a CALL subquery that names ${leaked} without importing it`, WHY);
  tr.rewrite(call, [match], (m) => `WITH *, ${countRows(m)} AS ${tr.text(alias!)}`);
  for (const t of [scope, ret, ...clauses.slice(0, clauses.indexOf(match))]) if (t) tr.done.add(t);
}

/** The node an argument is, through the chain of single-child rules that wrap it. */
function inner(t: Tree): Tree {
  let n = t;
  while (n.children.length === 1 && !n.children[0]!.terminal) n = n.children[0]!;
  return n;
}

/**
 * size([(a)-->(b) WHERE … | e]) and size(COLLECT { MATCH … RETURN e }): the
 * number of the pattern's matches (nulls of e count too, in Neo4j), the
 * engine's COUNT { MATCH … }. Other uses of either are refused.
 */
export function sizeOfRows(tr: Translation, call: Tree, arg: Tree): boolean {
  const n = inner(arg);
  if (n.name === 'patternComprehension') {
    const pattern = child(n, 'pathPatternNonEmpty');
    const where = keyword(n, 'WHERE');
    const exprs = n.children.filter((c) => c.name === 'expression');
    const pred = where ? exprs.find((e) => e.start > where.start) : undefined;
    const projection = exprs.find((e) => e !== pred);
    // Two relationships in one pattern would need Neo4j's uniqueness, written for MATCH only.
    if (!pattern || child(n, 'variable') || find(pattern, 'relationshipPattern').length > 1) return false;
    tr.rewrite(call, pred ? [pattern, pred] : [pattern], (p, w) => countRows(`MATCH ${p}${w === undefined ? '' : ` WHERE ${w}`}`));
    if (projection) tr.done.add(projection);
    tr.allowed.add(n);
    return true;
  }
  if (n.name === 'collectExpression') {
    const singles = find(n, 'singleQuery');
    const clauses = singles.length === 1 ? singles[0]!.children.filter((c) => c.name === 'clause').map((c) => c.children[0]!) : [];
    const [match, ret] = clauses;
    const body = ret ? child(ret, 'returnBody') : undefined;
    const plain = body && body.children.length === 1 && !keyword(ret!, 'DISTINCT') && find(ret!, 'returnItem').length === 1;
    if (clauses.length !== 2 || match?.name !== 'matchClause' || keyword(match, 'OPTIONAL') || ret?.name !== 'returnClause' || !plain) return false;
    const item = find(ret!, 'returnItem')[0]!;
    const aggregate = find(item, 'functionInvocation').some((f) => /^(count|sum|avg|min|max|collect|percentile\w*|stdev\w*)$/i.test(tr.text(child(f, 'functionName') ?? f).trim())) || /count\s*\(\s*\*\s*\)/i.test(tr.text(item));
    if (aggregate) return false;
    tr.rewrite(call, [match], (m) => countRows(m));
    tr.done.add(ret!);
    tr.allowed.add(n);
    return true;
  }
  return false;
}
