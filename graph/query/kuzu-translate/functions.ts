// Function calls: those the engine answers as Neo4j does, written in the
// engine's terms; the others refused.
import { CONVERSIONS, conversion } from './conversions';
import { sizeOfRows } from './subqueries';
import { INT, type Translation } from './translation';
import { element } from './access';
import { child, find, keyword, type Tree } from './tree';

/** Functions the embedded engine answers as Neo4j does (lower case), each checked by the differential corpus. */
const FUNCTIONS = new Set([
  'count', 'sum', 'avg', 'min', 'max', 'collect', 'percentiledisc',
  'size', 'length', 'nodes', 'relationships', 'labels', 'type', 'coalesce', 'range',
  'toupper', 'tolower', 'trim', 'ltrim', 'rtrim', 'substring', 'left', 'right', 'replace', 'reverse',
  'abs', 'sign', 'floor', 'ceil', 'sqrt', 'round', 'split', 'tail', 'head', 'last',
  'pi', 'log', 'log10', 'isempty', 'e', 'exp', 'percentilecont', 'startnode', 'endnode',
]);

const AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max', 'collect', 'percentiledisc', 'percentilecont', 'stdev', 'stdevp']);

/**
 * An aggregation after WITH … ORDER BY … SKIP/LIMIT: the engine drops the
 * order before an aggregation and keeps the limit, so it aggregates other
 * rows (measured: UNWIND [3, 1, 2] AS x WITH x ORDER BY x LIMIT 2 RETURN sum(x)
 * is 4, Neo4j 3).
 */
export function aggregateAfterOrder(tr: Translation, t: Tree, what: string) {
  if (tr.orderedBefore(t)) {
    tr.refuse(t, `${what} after WITH … ORDER BY … SKIP/LIMIT`, 'the embedded engine drops that order before an aggregation and keeps the limit, so it aggregates other rows than Neo4j');
  }
}

/**
 * startNode(r) / endNode(r) of a relationship a MATCH binds: the engine's
 * start_node / end_node. Of a relationship that may be null (OPTIONAL MATCH)
 * the engine answers another node, so that is refused; of null, null.
 */
function endpoint(tr: Translation, t: Tree, nameNode: Tree, arg: Tree | undefined) {
  const text = arg ? tr.text(arg).trim() : '';
  if (/^null$/i.test(text)) return tr.replace(t, 'NULL');
  let root = t;
  while (root.parent) root = root.parent;
  const optional = find(root, 'matchClause').some((m) => keyword(m, 'OPTIONAL') && find(m, 'variable').some((v) => tr.text(v) === text));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text) || optional || !tr.variables.has(text)) {
    tr.refuse(t, `${tr.text(nameNode)}() of a relationship that may be null`, 'the embedded engine answers another node for a null relationship; startNode/endNode of a relationship a MATCH binds is translated');
  }
  tr.replace(nameNode, /^startnode$/i.test(tr.text(nameNode).trim()) ? 'start_node' : 'end_node');
}

/** Why a function Neo4j has is refused, where there is more to say than that the engine lacks it. */
const WHY_NOT: Record<string, string> = {
  id: 'each engine numbers its nodes and relationships its own way; the id property (n.id) is the same on both',
  elementid: 'each engine numbers its nodes and relationships its own way; the id property (n.id) is the same on both',
  keys: 'the embedded engine holds a null for every property a node lacks, Neo4j no property at all',
  properties: 'the embedded engine holds a null for every property a node lacks, Neo4j no property at all',
  stdev: 'the embedded engine has no standard deviation',
  stdevp: 'the embedded engine has no standard deviation',
};

/** The engine's types of a function's arguments, where a literal null there needs one (it cannot bind an untyped null). */
const ARGUMENT_TYPES: Record<string, string[]> = {
  tolower: ['STRING'], toupper: ['STRING'], ltrim: ['STRING'], rtrim: ['STRING'], reverse: ['STRING'],
  substring: ['STRING', 'INT64', 'INT64'], left: ['STRING', 'INT64'], right: ['STRING', 'INT64'],
  replace: ['STRING', 'STRING', 'STRING'], split: ['STRING', 'STRING'],
};

function nullArguments(tr: Translation, name: string, args: Tree[]) {
  const types = ARGUMENT_TYPES[name];
  if (!types) return;
  args.forEach((a, i) => {
    if (types[i] && /^null$/i.test(tr.text(a).trim())) tr.replace(a, `CAST(NULL AS ${types[i]})`);
  });
}

/** Characters Java's Character.isWhitespace counts, which Neo4j's trim functions remove (the engine's remove spaces only). */
// Written for a string literal of the engine, whose backslashes are escapes: RE2 reads \t, \x{…}.
const WHITESPACE = String.raw`[\\t-\\r\\x{1C}-\\x{20}\\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200A}\\x{2028}\\x{2029}\\x{205F}\\x{3000}]`;

/** trim/ltrim/rtrim as Neo4j answers them: Java's whitespace removed from one or both ends. */
export function trimmed(tr: Translation, call: Tree, arg: Tree, side: 'both' | 'leading' | 'trailing') {
  const pattern = side === 'leading' ? `^${WHITESPACE}+` : side === 'trailing' ? `${WHITESPACE}+$` : `^${WHITESPACE}+|${WHITESPACE}+$`;
  if (/^null$/i.test(tr.text(arg).trim())) return tr.replace(call, 'CAST(NULL AS STRING)');
  tr.rewrite(call, [arg], (x) => `regexp_replace(${x}, '${pattern}', '', 'g')`);
}

/**
 * round(x, p) as Neo4j answers it: the decimal Java prints for x rounded half
 * away from zero (round(2.675, 2) = 2.68, though the double is 2.67499…), and
 * for p = 0 half up, as round(x). A double lies above the halfway decimal h
 * exactly when it lies above the double nearest h, so comparing with
 * (n + 0.5) / 10^p decides as the decimal would. Beyond 2^52 there is no fraction.
 */
function roundTo(tr: Translation, t: Tree, x: Tree, p: Tree) {
  const text = tr.text(p).trim();
  if (!/^\d+$/.test(text) || Number(text) > 15) tr.refuse(t, 'round() to a precision that is not a literal from 0 to 15');
  const digits = Number(text);
  if (digits === 0) return tr.rewrite(t, [x], (v) => `CASE WHEN (${v}) - floor(${v}) >= 0.5 THEN ceil(${v}) ELSE floor(${v}) END`);
  const s = `1.0e${digits}`;
  tr.rewrite(t, [x], (v) => {
    const a = `abs(${v})`;
    const n = `floor(${a} * ${s})`;
    return `CASE WHEN ${a} * ${s} >= 4503599627370496.0 THEN CAST(${v} AS DOUBLE) ELSE sign(${v}) * (${n} + CASE WHEN ${a} >= (${n} + 0.5) / ${s} THEN 1 ELSE 0 END) / ${s} END`;
  });
}


/** Functions (lower case) the embedded engine answers as Neo4j does, for some or all arguments. */
export const answeredFunctions = (): Set<string> => new Set([...FUNCTIONS, ...Object.keys(CONVERSIONS)]);

export function functionCall(tr: Translation, t: Tree) {
  const nameNode = child(t, 'functionName');
  if (!nameNode) return;
  const name = tr.text(nameNode).replace(/\s/g, '').toLowerCase();
  const args = t.children.filter((c) => c.name === 'functionArgument');
  if (CONVERSIONS[name]) return conversion(tr, t, name, tr.text(nameNode), args);
  if (name === 'size' && args.length === 1 && sizeOfRows(tr, t, args[0]!)) return;
  if (!FUNCTIONS.has(name) || (name === 'round' && args.length > 2)) {
    tr.refuse(t, `the function ${tr.text(nameNode)}()`, WHY_NOT[name] ?? 'the embedded engine does not have it, or answers it differently');
  }
  if (name === 'collect' && tr.orderedBefore(t)) {
    tr.refuse(t, 'collect() of rows ordered by WITH … ORDER BY', 'the embedded engine does not keep that order into collect(), Neo4j does');
  }
  if (AGGREGATES.has(name)) aggregateAfterOrder(tr, t, `${tr.text(nameNode)}()`);
  if (name === 'round' && args.length === 2) return roundTo(tr, t, args[0]!, args[1]!);
  if (name === 'round' && args.length === 1) {
    // Neo4j rounds half up (-2.5 → -2.0); the engine's round needs a precision and rounds half away from zero.
    // x - floor(x) is exact, so halves are found exactly (floor(x + 0.5) is not: 0.49999999999999994).
    tr.rewrite(t, [args[0]!], (x) => `CASE WHEN (${x}) - floor(${x}) >= 0.5 THEN ceil(${x}) ELSE floor(${x}) END`);
  }
  if ((name === 'ltrim' || name === 'rtrim') && args[0]) return trimmed(tr, t, args[0], name === 'ltrim' ? 'leading' : 'trailing');
  if (name === 'log') tr.replace(nameNode, 'ln');
  // Neo4j's e() and exp() are Java's Math.E and Math.exp; the engine has pow.
  if (name === 'e') tr.replace(t, String(Math.E));
  if (name === 'exp') {
    tr.replace(nameNode, 'pow');
    tr.open(args[0]!, `${Math.E}, `);
  }
  if (name === 'startnode' || name === 'endnode') return endpoint(tr, t, nameNode, args[0]);
  nullArguments(tr, name, args);
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
    // Neo4j: null for an empty or null list, where the engine's index fails.
    const literal = args[0]!.children.length === 1 ? find(args[0]!, 'listLiteral')[0] : undefined;
    const items = literal && literal.start === args[0]!.start && literal.end === args[0]!.end ? literal.children.filter((c) => !c.terminal).length : undefined;
    if (items !== undefined) tr.rewrite(t, [args[0]!], (l) => (items === 0 ? 'NULL' : `${l}[${name === 'head' ? 1 : -1}]`));
    else tr.rewrite(t, [args[0]!], (l) => element(l, name === 'head' ? '1' : `CASE WHEN size(${l}) > 0 THEN size(${l}) ELSE 1 END`));
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

