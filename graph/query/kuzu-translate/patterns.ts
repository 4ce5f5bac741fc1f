// Relationship patterns. Neo4j never binds one relationship twice in a MATCH
// (a variable-length one walks a trail); the engine walks any walk unless told
// TRAIL, and may bind one relationship to two patterns. shortestPath(…) and
// quantified relationships -[…]->{m,n} are the engine's `* SHORTEST` and
// `*m..n`.
import type { Translation } from './translation';
import { child, find, type Tree } from './tree';

/** What the translation writes inside a relationship pattern's brackets. */
interface Inside {
  name?: string;
  length?: string;
}

/** The bounds of `*`, `*n`, `*m..`, `*..n`, `*m..n` as [min, max] (max undefined: unbounded). */
function bounds(text: string): [number | undefined, number | undefined] | undefined {
  const m = /^\*\s*(\d+)?\s*(\.\.)?\s*(\d+)?$/.exec(text.trim());
  if (!m) return undefined;
  const lo = m[1] !== undefined ? Number(m[1]) : undefined;
  const hi = m[3] !== undefined ? Number(m[3]) : undefined;
  return m[2] ? [lo, hi] : lo !== undefined ? [lo, lo] : [undefined, undefined];
}

const range = (lo: number | undefined, hi: number | undefined) => (lo === undefined && hi === undefined ? '' : ` ${lo ?? 1}..${hi ?? ''}`);

/** The engine's form of a quantifier {m,n}, {m,}, {,n}, {n}, + or *. */
function quantifier(text: string): [number, number | undefined] | undefined {
  const t = text.replace(/\s/g, '');
  if (t === '+') return [1, undefined];
  if (t === '*') return [0, undefined];
  const m = /^\{(\d*)(,?)(\d*)\}$/.exec(t);
  if (!m) return undefined;
  const lo = m[1] ? Number(m[1]) : 0;
  const hi = m[3] ? Number(m[3]) : m[2] ? undefined : lo;
  return m[1] || m[3] ? [lo, hi] : undefined;
}

function insideOf(tr: Translation, r: Tree): Inside {
  let inside = tr.relInside.get(r);
  if (!inside) tr.relInside.set(r, (inside = {}));
  return inside;
}

/** Names a relationship pattern (written with its other insertions), for conditions on it. */
export function relName(tr: Translation, r: Tree): string {
  const v = child(r, 'variable');
  if (v) return tr.text(v);
  const inside = insideOf(tr, r);
  inside.name ??= tr.variable();
  return inside.name;
}

/** A quantified relationship -[:T]->{m,n}: the engine's -[:T*m..n]->, a trail as in Neo4j. */
export function quantified(tr: Translation, element: Tree) {
  element.children.forEach((q, i) => {
    if (q.name !== 'quantifier' || tr.done.has(q)) return;
    const r = element.children[i - 1];
    const b = quantifier(tr.text(q));
    if (!r || r.name !== 'relationshipPattern' || !b || child(r, 'variable') || child(r, 'properties') || child(r, 'pathLength') || find(r, 'expression').length) {
      return tr.refuse(q, 'a quantified path pattern {m,n}', 'a quantified relationship without a variable or properties, -[:TYPE]->{m,n}, is translated');
    }
    noZeroLength(tr, r, b[0]);
    insideOf(tr, r).length = `* TRAIL ${b[0]}..${b[1] ?? ''}`;
    tr.replace(q, '');
  });
}

/** `p = shortestPath((a)-[*..n]-(b))`: the engine's `p = (a)-[* SHORTEST 1..n]-(b)`. */
export function shortestPath(tr: Translation, t: Tree) {
  const element = child(t, 'patternElement');
  const all = /^allShortestPaths$/i.test(t.children[0]?.name ?? '');
  const rels = element ? element.children.filter((c) => c.name === 'relationshipPattern') : [];
  const r = rels[0];
  const length = r ? child(r, 'pathLength') : undefined;
  const b = length ? bounds(tr.text(length)) : undefined;
  if (!element || rels.length !== 1 || !r || !b || (b[0] !== undefined && b[0] !== 1) || child(r, 'properties')) {
    return tr.refuse(t, 'shortestPath(…) / allShortestPaths(…) of this pattern', 'one variable-length relationship without properties, of at least one step, is translated');
  }
  tr.replace({ start: t.start, end: element.start }, '');
  tr.replace({ start: element.end, end: t.end }, '');
  insideOf(tr, r).length = `* ${all ? 'ALL SHORTEST' : 'SHORTEST'}${range(1, b[1])}`;
  tr.replace(length!, '');
}

/** Writes what the translation puts inside a relationship pattern: its name, and its length as a trail. */
/** The engine's undirected trail leaves out the path of length 0 (measured: (p:Provider)-[:RANKED_IN*0..2]-(x) 50 rows, Neo4j 56). */
function noZeroLength(tr: Translation, r: Tree, lower: number | undefined) {
  const directed = r.children.some((c) => c.name === 'leftArrow' || c.name === 'rightArrow');
  if (lower === 0 && !directed) {
    tr.refuse(r, 'a variable-length relationship without direction from 0 steps', 'the embedded engine leaves out the path of length 0 there; give it a direction, or start from 1');
  }
}

export function relationshipPattern(tr: Translation, r: Tree) {
  const length = child(r, 'pathLength');
  const inside = tr.relInside.get(r) ?? {};
  if (length && inside.length === undefined) {
    const b = bounds(tr.text(length));
    if (!b) return tr.refuse(length, 'a variable-length relationship of this form');
    noZeroLength(tr, r, b[0]);
    tr.replace(length, `* TRAIL${range(b[0], b[1])}`);
  }
  const text = `${inside.name ?? ''}${inside.length ?? ''}`;
  if (!text) return;
  const bracket = r.children.find((c) => c.terminal && c.name === '[');
  if (bracket) {
    if (inside.name) tr.close(bracket, inside.name);
    if (inside.length) {
      const closing = r.children.find((c) => c.terminal && c.name === ']')!;
      tr.replace({ start: closing.start, end: closing.start }, inside.length);
    }
    return;
  }
  // `-->`, `<--` or `--`: the brackets are written.
  tr.close(r.children.find((c) => c.name === 'arrowLine')!, `[${text}]`);
}

/**
 * `p = SHORTEST 1 (a)-[:T]-{1,n}(b)` and `ALL SHORTEST`, Neo4j 5's path
 * selectors over one quantified relationship: the engine's `* SHORTEST` and
 * `* ALL SHORTEST`. Other selectors (ANY, SHORTEST k, GROUPS) are refused.
 */
export function pathSelector(tr: Translation, pattern: Tree) {
  const prefix = child(pattern, 'pathPatternPrefix');
  if (!prefix) return;
  const words = tr.text(prefix).trim().toUpperCase().replace(/\s+/g, ' ');
  const mode = words === 'ALL SHORTEST' ? 'ALL SHORTEST' : words === 'SHORTEST 1' || words === 'ANY SHORTEST' ? 'SHORTEST' : undefined;
  const element = find(pattern, 'patternElement')[0];
  const parts = element ? element.children.map((c) => c.name) : [];
  const q = element?.children.find((c) => c.name === 'quantifier');
  const r = element?.children[parts.indexOf('quantifier') - 1];
  const b = q ? quantifier(tr.text(q)) : undefined;
  const plain = r && r.name === 'relationshipPattern' && !child(r, 'variable') && !child(r, 'properties') && !find(r, 'expression').length;
  if (!mode || parts.join(' ') !== 'nodePattern relationshipPattern quantifier nodePattern' || !plain || !b || b[0] !== 1) {
    return tr.refuse(prefix, 'a path selector (SHORTEST, ANY, ALL …) of this form', 'SHORTEST 1 and ALL SHORTEST over one quantified relationship of at least one step, (a)-[:T]-{1,n}(b), are translated');
  }
  // Neo4j's selectors also find a path from a node back to itself; the engine's never do. Translated where the ends cannot be one node.
  const [from, to] = element!.children.filter((c) => c.name === 'nodePattern');
  if (!distinct(tr, from!, to!)) {
    return tr.refuse(prefix, 'a path selector whose two ends may be one node', "Neo4j's SHORTEST also finds a path from a node back to itself, the embedded engine's does not; ends of different labels or ids are translated");
  }
  tr.allowed.add(prefix);
  const after = pattern.children[pattern.children.indexOf(prefix) + 1];
  tr.replace({ start: prefix.start, end: after?.start ?? prefix.end }, '');
  tr.replace(q!, '');
  tr.done.add(q!);
  insideOf(tr, r!).length = `* ${mode}${range(1, b[1])}`;
}

/** Whether two node patterns cannot match one node: different labels, or different literal ids. */
function distinct(tr: Translation, a: Tree, b: Tree): boolean {
  const label = (n: Tree) => {
    const l = child(n, 'labelExpression');
    const text = l ? tr.text(l).replace(/^\s*:/, '').trim() : '';
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : undefined;
  };
  const id = (n: Tree) => {
    const props = child(n, 'properties');
    const m = props ? /^\{\s*id\s*:\s*('[^'\\]*'|"[^"\\]*")\s*\}$/.exec(tr.text(props).trim()) : null;
    return m ? m[1]!.slice(1, -1) : undefined;
  };
  const [la, lb, ia, ib] = [label(a), label(b), id(a), id(b)];
  return (la !== undefined && lb !== undefined && la !== lb) || (ia !== undefined && ib !== undefined && ia !== ib);
}
