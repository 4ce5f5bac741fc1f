// The ad-hoc query gate: read-only by construction. Every query is parsed by
// Neo4j's own Cypher parser and admitted only if each clause in it is on an
// allow-list of read clauses; anything the parser does not understand, any
// second statement, and anything not listed is refused with its position.
// Nothing here looks for keywords in the text.
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as LanguageSupport from '@neo4j-cypher/language-support';
import type { SimpleTree } from '@neo4j-cypher/language-support';
import { GraphError, type Position } from '../errors';
import { tokenize } from './tokens';

let languageSupport: typeof LanguageSupport | undefined;
/**
 * Neo4j's parser, loaded when a query is first judged here: it costs a process 70 MB of heap and over 250 MB of
 * RSS, and a server judges new texts in the gate's process (gate-process.ts), so it loads it only if that fails.
 */
function parser(): typeof LanguageSupport {
  languageSupport ??= createRequire(path.join(process.cwd(), 'package.json'))('@neo4j-cypher/language-support') as typeof LanguageSupport;
  return languageSupport;
}

export const GATE_LIMITS = {
  /** Characters in a query. */
  maxQueryLength: 20_000,
  /** Depth of (), [] and {} nesting, which drives the parser's recursion. */
  maxNesting: 48,
};

/** Clauses a query may contain: they read, shape or return, never write or reach out. */
const ALLOWED_CLAUSES = new Set([
  'matchClause',
  'withClause',
  'returnClause',
  'unwindClause',
  'orderBySkipLimitClause',
  'filterClause',
  'letClause',
  'finishClause',
  // CALL { … } subqueries: their own clauses are checked like any other.
  'subqueryClause',
]);

/** Rules refused wherever they appear, even outside a clause position. */
const REFUSED_ANYWHERE = new Set([
  'command',
  'consoleCommand',
  'useCmd',
  'useClause',
  'callClause',
  'loadCSVClause',
  'subqueryInTransactionsParameters',
]);

export interface Admitted {
  /** Names of the $parameters the query uses. */
  parameters: string[];
  /** The parse tree's rule nodes with their spans in the query, innermost first (one parse, shared with the engine's translation). */
  nodes: Located[];
  /** The spans of the parse tree's terminals. */
  terminals: Map<SimpleTree, { start: number; end: number }>;
}

export function positionAt(query: string, offset: number): Position {
  const before = query.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
}

/** The query with comments blanked, so terminals can be located by text. */
function blankComments(query: string): string {
  return tokenize(query)
    .map((t) => (t.kind === 'comment' ? t.text.replace(/[^\n]/g, ' ') : t.text))
    .join('');
}

export interface Located {
  node: SimpleTree;
  /** Offsets of the node's first and past its last terminal in the query. */
  start: number;
  end: number;
}

/** Walks the parse tree, giving each rule node the span of its terminals. */
function locate(tree: SimpleTree, query: string, terminals?: Map<SimpleTree, { start: number; end: number }>): Located[] {
  const text = blankComments(query);
  const out: Located[] = [];
  let cursor = 0;
  const walk = (node: SimpleTree): { start: number; end: number } | null => {
    if (!node.children || node.children.length === 0) {
      const t = node.name;
      if (t === '<EOF>' || t.startsWith('<missing')) return null;
      const at = text.indexOf(t, cursor);
      if (at < 0) return null;
      cursor = at + t.length;
      terminals?.set(node, { start: at, end: cursor });
      return { start: at, end: cursor };
    }
    const spans = node.children.map(walk).filter((s): s is { start: number; end: number } => s !== null);
    if (spans.length === 0) return null;
    const span = { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
    out.push({ node, ...span });
    return span;
  };
  walk(tree);
  return out;
}

function refuse(query: string, found: Located, why: string): never {
  const clause = query.slice(found.start, Math.min(found.end, found.start + 60)).replace(/\s+/g, ' ').trim();
  throw new GraphError('READ_ONLY', `${why}: "${clause}" is refused; only read queries (MATCH, OPTIONAL MATCH, WITH, WHERE, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, UNION, CALL { … } subqueries) are allowed`, {
    position: positionAt(query, found.start),
    clause,
  });
}

function checkSize(query: string) {
  if (!query.trim()) throw new GraphError('BAD_REQUEST', 'the query is empty');
  if (query.length > GATE_LIMITS.maxQueryLength) {
    throw new GraphError('TOO_LARGE', `the query is ${query.length} characters long; the limit is ${GATE_LIMITS.maxQueryLength}`);
  }
  let depth = 0;
  for (const t of tokenize(query)) {
    if (t.kind !== 'punct') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text)) depth--;
    if (depth > GATE_LIMITS.maxNesting) {
      throw new GraphError('TOO_LARGE', `the query nests brackets more than ${GATE_LIMITS.maxNesting} levels deep`, {
        position: positionAt(query, t.offset),
      });
    }
  }
}

function checkSyntax(query: string) {
  let diagnostics;
  try {
    diagnostics = parser().lintCypherQuery(query, {}).diagnostics;
  } catch {
    throw new GraphError('SYNTAX', 'the query could not be parsed');
  }
  const text = (d: (typeof diagnostics)[number]) => (typeof d.message === 'string' ? d.message : d.message.value);
  const error = diagnostics.find((d) => d.severity === 1 && parser().isNotParamError({ message: text(d) }));
  if (error) {
    throw new GraphError('SYNTAX', text(error), { position: positionAt(query, error.offsets.start) });
  }
}

function checkClauses(query: string, terminals: Map<SimpleTree, { start: number; end: number }>): Located[] {
  const tree = parser().getDebugTree(query);
  const nodes = locate(tree, query, terminals);
  const statements = nodes.filter((n) => n.node.name === 'statementOrCommand');
  if (statements.length !== 1) {
    const second = statements[1];
    throw new GraphError('BAD_REQUEST', `one statement per query: found ${statements.length}`, {
      position: second ? positionAt(query, second.start) : undefined,
    });
  }
  for (const found of nodes) {
    const { name, children = [] } = found.node;
    if (REFUSED_ANYWHERE.has(name)) refuse(query, found, 'not a read clause');
    if (name === 'preparserOption') refuse(query, found, 'query options (EXPLAIN, PROFILE, CYPHER …) are not supported');
    if (name === 'statementOrCommand' && !children.some((c) => c.name === 'preparsedStatement')) {
      refuse(query, found, 'not a query');
    }
    if (name === 'clause') {
      const inner = children[0]?.name ?? '';
      if (!ALLOWED_CLAUSES.has(inner)) refuse(query, found, inner.endsWith('Clause') ? 'not a read clause' : 'not allowed');
    }
  }
  return nodes;
}

const cache = new Map<string, Admitted | GraphError>();
// A verdict keeps its parse tree for the translation: 136 KB for a one-line query (Cypher's grammar nests a
// dozen rules around every literal), so 500 of them held 68 MB of the server's heap; 200 keep every text of
// the workbench's examples in both languages hot and the rest is re-parsed in the gate's process.
const CACHE_SIZE = 200;

/** The gate's verdict on a query, uncached: what it admits, or why not. */
/**
 * `tree`: judgeTree's verdict for the same text, when it admitted it (gate-process-main.ts): the tree is then not
 * read again, only Neo4j's semantic analysis runs (2 ms less a new text).
 */
export function judge(query: string, tree?: Admitted): Admitted | GraphError {
  try {
    checkSize(query);
    checkSyntax(query);
    if (tree) return tree;
    const terminals = new Map<SimpleTree, { start: number; end: number }>();
    const nodes = checkClauses(query, terminals);
    return { parameters: parser().parseParameters(query, false), nodes, terminals };
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    return err;
  }
}

/**
 * The verdict of the parse tree alone, without Neo4j's semantic analysis (2 of a new text's ~40 ms): what `judge`
 * admits when the analysis finds nothing, or undefined when the tree refuses or cannot be read (then only `judge`
 * speaks). A query it admits may be run while the analysis goes on, its answer kept until `judge` agrees
 * (gate-process.ts, service.ts); never on its own.
 */
export function judgeTree(query: string): Admitted | undefined {
  try {
    checkSize(query);
    const terminals = new Map<SimpleTree, { start: number; end: number }>();
    const nodes = checkClauses(query, terminals);
    return { parameters: parser().parseParameters(query, false), nodes, terminals };
  } catch {
    return undefined;
  }
}

/** Whether `admit(query)` answers from the cache, without parsing. */
export const isJudged = (query: string): boolean => cache.has(query);

/** Keeps a verdict reached elsewhere (in the gate's process, gate-process.ts) for `admit`. */
export function remember(query: string, verdict: Admitted | GraphError): void {
  cache.set(query, verdict);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/**
 * Admits a query or throws a GraphError (SYNTAX, READ_ONLY, BAD_REQUEST,
 * TOO_LARGE) with a message and position. Verdicts are cached by query text,
 * as a query plan cache would be, since parsing costs tens of milliseconds.
 */
export function admit(query: string): Admitted {
  const hit = cache.get(query);
  if (hit) {
    cache.delete(query);
    cache.set(query, hit);
    if (hit instanceof GraphError) throw hit;
    return hit;
  }
  const verdict = judge(query);
  remember(query, verdict);
  if (verdict instanceof GraphError) throw verdict;
  return verdict;
}
