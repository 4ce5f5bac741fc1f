// Clauses: relationship uniqueness within a MATCH, ORDER BY of aliases, column names.
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
  return { node: r, variable: variable ? tr.text(variable) : undefined, types, variableLength: !!child(r, 'pathLength') };
}

export function relationshipUniqueness(tr: Translation, match: Tree) {
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
    if (before.has(name) && tr.text(expr).trim() !== name) {
      tr.refuse(alias, `ORDER BY of the alias ${name}, which shadows a variable`, 'the embedded engine sorts by the variable, Neo4j by the alias; use another alias');
    }
  }
}

/** An unaliased RETURN item keeps Neo4j's column name (its text), not the engine's. */
export function columnName(tr: Translation, item: Tree) {
  if (keyword(item, 'AS')) return;
  const text = tr.text(item);
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(text.trim()) || text.includes('`')) return;
  tr.close(item, ` AS \`${text}\``);
}

