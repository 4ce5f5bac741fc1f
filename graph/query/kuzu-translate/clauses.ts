// Clauses: relationship uniqueness within a MATCH, ORDER BY of aliases, column names.
import { relName } from './patterns';
import type { Translation } from './translation';
import { child, find, keyword, type Tree } from './tree';

/** Relationship patterns that may bind the same relationship (Neo4j never binds one twice in a MATCH). */
interface RelPattern {
  node: Tree;
  variable?: string;
  types?: string[];
  variableLength: boolean;
}

export function relPattern(tr: Translation, r: Tree): RelPattern {
  const variable = child(r, 'variable');
  const label = child(r, 'labelExpression');
  const typeText = label ? tr.text(label).replace(/^\s*:/, '') : undefined;
  const types = typeText && /^[\sA-Za-z0-9_|]+$/.test(typeText) && !/:/.test(typeText) ? typeText.split('|').map((x) => x.trim()) : undefined;
  const siblings = r.parent?.children ?? [];
  const quantified = siblings[siblings.indexOf(r) + 1]?.name === 'quantifier';
  return { node: r, variable: variable ? tr.text(variable) : undefined, types, variableLength: !!child(r, 'pathLength') || quantified };
}

/**
 * Neo4j binds each relationship once per MATCH: patterns that may bind the
 * same one are told apart by id.
 */
export function relationshipUniqueness(tr: Translation, match: Tree) {
  const patterns = child(match, 'patternList');
  if (!patterns) return;
  const rels = find(patterns, 'relationshipPattern').map((r) => relPattern(tr, r));
  const overlap = (a: RelPattern, b: RelPattern) => !a.types || !b.types || a.types.some((x) => b.types!.includes(x));
  const pairs: [RelPattern, RelPattern][] = [];
  for (let i = 0; i < rels.length; i++) for (let j = i + 1; j < rels.length; j++) if (overlap(rels[i]!, rels[j]!)) pairs.push([rels[i]!, rels[j]!]);
  if (!pairs.length) return;
  const condition = ([a, b]: [RelPattern, RelPattern]) => {
    // The engine's ids of the relationships in a variable-length match do not always equal those of the same
    // relationships matched alone (measured: (a)<-[:PART_OF*1..3]-(b)-[:PART_OF]->(c) kept 47 rows, Neo4j 2).
    for (const r of [a, b]) {
      if (r.variableLength) tr.refuse(r.node, 'a variable-length relationship beside another relationship of the same type in one MATCH', 'Neo4j never uses one relationship twice in a MATCH, and the embedded engine may');
    }
    return `id(${relName(tr, a.node)}) <> id(${relName(tr, b.node)})`;
  };
  const conditions = pairs.map(condition).join(' AND ');
  const where = child(match, 'whereClause');
  if (where) {
    const cond = where.children.find((c) => !c.terminal)!;
    tr.open(cond, '(');
    tr.close(cond, `) AND ${conditions}`);
  } else tr.close(patterns, ` WHERE ${conditions}`);
}

/** ORDER BY sorts by a RETURN/WITH alias in Neo4j; the engine sorts by a variable of that name if there is one. */
export function aliasShadowing(tr: Translation, body: Tree) {
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
    if (!before.has(name) || tr.text(expr).trim() === name) continue;
    let nested = false;
    for (let up = body.parent; up; up = up.parent) if (['subqueryClause', 'collectExpression', 'existsExpression', 'countExpression'].includes(up.name)) nested = true;
    // A subquery's RETURN feeds the query on, as a WITH does: its columns are not the result's.
    if (body.parent?.name !== 'returnClause' || nested) {
      tr.refuse(alias, `ORDER BY of the alias ${name}, which shadows a variable, in ${nested ? 'a subquery' : 'WITH'}`, 'the embedded engine sorts by the variable, Neo4j by the alias; use another alias');
    }
    // RETURN: the engine sorts by a fresh alias, and the column gets Neo4j's name back.
    const fresh = tr.column(name);
    tr.replace(alias, fresh);
    tr.done.add(alias);
    for (const v of find(orderBy, 'variable').filter((v) => tr.text(v) === name)) {
      tr.replace(v, fresh);
      tr.done.add(v);
    }
  }
}

/** An unaliased RETURN item keeps Neo4j's column name (its text), not the engine's. */
export function columnName(tr: Translation, item: Tree) {
  if (keyword(item, 'AS')) return;
  const text = tr.text(item);
  if ((/^[A-Za-z_][A-Za-z0-9_]*$/.test(text.trim()) && !tr.varLength.has(text.trim())) || text.includes('`')) return;
  tr.close(item, ` AS \`${text}\``);
}

