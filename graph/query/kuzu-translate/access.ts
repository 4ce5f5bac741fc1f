// `subject.key`, `list[i]` and `list[a..b]` after any expression (expression2:
// a subject and its postfixes). Neo4j counts list positions from 0 and
// answers null out of range; the engine counts from 1, fails out of range and
// evaluates a CASE's branch for every row once one row takes it, so an index
// lands on a null appended to the list when it is out of range. The null is
// one of the list's type: a branch no row takes (a constant one the engine
// folds to an integer). The engine reads `f(x).key` as something
// else than `(f(x)).key`, and the property of a null it gets from a list as
// '', so a computed subject is bracketed and checked for null.
import { INT, type Span, type Translation } from './translation';
import { child, type Tree } from './tree';

const isVariable = (t: Tree) => t.children.length === 1 && t.children[0]!.name === 'variable';
const literalInt = (tr: Translation, t: Tree | undefined) => (t && INT.test(tr.text(t)) ? Number(tr.text(t).replace(/\s/g, '')) : undefined);

/** Element k (1-based, may be past the end) of list l, or null: l with a null of its element type appended. */
export const element = (l: string, k: string) => (/^\[\s*\]$/.test(l.trim()) ? 'NULL' : `(list_concat(${l}, [CASE WHEN size(${l}) < 0 THEN (${l})[1] END])[${k}])`);

/** The engine's 1-based position of Neo4j's index i in list l, or past its end (onto the appended null). */
function position(l: string, i: string, literal: number | undefined): string {
  if (literal !== undefined && literal >= 0) return `CASE WHEN size(${l}) > ${literal} THEN ${literal + 1} ELSE size(${l}) + 1 END`;
  if (literal !== undefined) return `CASE WHEN size(${l}) >= ${-literal} THEN size(${l}) - ${-literal - 1} ELSE size(${l}) + 1 END`;
  return `CASE WHEN (${i}) >= 0 AND (${i}) < size(${l}) THEN (${i}) + 1 WHEN (${i}) < 0 AND -(${i}) <= size(${l}) THEN size(${l}) + (${i}) + 1 ELSE size(${l}) + 1 END`;
}

export function postfixes(tr: Translation, t: Tree): 'null' | undefined {
  const [subject, ...posts] = t.children;
  if (!subject || !posts.length) return;
  const first = posts[0]!;
  const property = child(first, 'property');
  // v.key where the model gives v no such property: null, as Neo4j answers.
  if (posts.length === 1 && property && isVariable(subject)) {
    const key = tr.text(property).replace(/^\s*\.\s*/, '');
    if (tr.missing(tr.text(subject).trim(), key)) {
      tr.replace(t, 'NULL');
      return 'null';
    }
    return;
  }
  const listLength = subject.children[0]?.name === 'listLiteral' ? subject.children[0].children.filter((c) => !c.terminal).length : undefined;
  const parts: Span[] = [subject];
  type Step = (x: string, parts: string[]) => string;
  const steps: Step[] = [];
  let variable = isVariable(subject);
  for (const post of posts) {
    const prop = child(post, 'property');
    if (prop) {
      const key = tr.text(prop).replace(/^\s*\.\s*/, '');
      const plain = variable;
      steps.push((x) => (plain ? `${x}.${key}` : `CASE WHEN (${x}) IS NULL THEN NULL ELSE (${x}).${key} END`));
      variable = false;
      continue;
    }
    variable = false;
    const inner = post.children.filter((c) => !c.terminal);
    const dots = post.children.find((c) => c.terminal && c.name === '..');
    if (!dots) {
      const index = inner[0]!;
      const text = tr.text(index);
      if (/^\s*['"]/.test(text) || typeof tr.given[text.trim().replace(/^\$/, '')] === 'string') tr.refuse(post, 'a dynamic property n[key]');
      const n = literalInt(tr, index);
      const at = parts.length;
      parts.push(index);
      // A literal list and a literal index: the position is known.
      if (listLength !== undefined && steps.length === 0 && n !== undefined) {
        steps.push((x) => (n >= -listLength && n < listLength ? `${x}[${n >= 0 ? n + 1 : n}]` : 'NULL'));
      } else steps.push((x, p) => element(x, position(x, p[at]!, n)));
      continue;
    }
    const from = inner.find((c) => c.end <= dots.start);
    const to = inner.find((c) => c.start >= dots.end);
    const literal = (c: Tree | undefined) => c === undefined || (literalInt(tr, c) ?? -1) >= 0;
    if (!to || !literal(from) || !literal(to)) {
      tr.refuse(post, 'a list slice with an open end, a negative or a computed bound', 'the embedded engine counts list positions from 1, Neo4j from 0, and only non-negative literal bounds are translated');
    }
    const a = from ? literalInt(tr, from)! + 1 : 1;
    const b = literalInt(tr, to)!;
    steps.push((x) => `${x}[${a}..${b}]`);
  }
  tr.rewrite(t, parts, (...texts) => steps.reduce((x, step) => step(x, texts), texts[0]!));
}
