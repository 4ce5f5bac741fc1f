// Neo4j's Cypher → the embedded engine, on the gate's parse tree (one parse
// per query): parameters are given in types the engine keeps exactly, the
// constructs the engine would answer differently are refused with
// UNSUPPORTED (which construct, where, and that Neo4j runs the query), and
// engine errors that still occur are reported as what they mean for the
// query — never in the engine's own grammar. Everything engine-specific about
// ad-hoc Cypher on the embedded engine is in this folder and in kuzu-dialect.ts.
import { GraphError } from '../../errors';
import type { QueryResultSet } from '../../stores/types';
import { admit, type Admitted } from '../gate';
import { toKuzuDialect } from '../kuzu-dialect';
import type { ReadRunner } from '../service';
import { aliasShadowing, columnName, relationshipUniqueness } from './clauses';
import { postfixes } from './access';
import { addition, chainedComparison, inWithNull, labelPredicate, listComprehension, mapProjection, numberLiteral, reduce, typePredicate } from './expressions';
import { aggregateAfterOrder, functionCall, trimmed } from './functions';
import { pathSelector, quantified, relationshipPattern, shortestPath } from './patterns';
import { countRows, subquery } from './subqueries';
import { parameter } from './params';
import { ON_NEO4J, patternVariables, Translation } from './translation';
import { child, find, keyword, treeOf, type Tree } from './tree';

export { answeredFunctions } from './functions';

export interface KuzuQuery {
  query: string;
  params: Record<string, unknown>;
  /** Result columns the engine names otherwise: the engine's name → Neo4j's. */
  columns: Record<string, string>;
}


/** The constructs refused on the embedded engine, by rule of Neo4j's grammar: what the user wrote, in words. */
const REFUSED_RULES: Record<string, string> = {
  patternComprehension: 'a pattern comprehension [(a)-->(b) | …]',
  shortestPathExpression: 'shortestPath(…) / allShortestPaths(…)',
  pathPatternPrefix: 'a path selector (SHORTEST, ANY, ALL …)',
  parenthesizedPath: 'a parenthesized path pattern',
  collectExpression: 'a COLLECT { … } subquery',
  normalizeFunction: 'normalize(…)',
  allReduceExpression: 'allReduce(…)',
  dynamicProperty: 'a dynamic property n[key]',
  letClause: 'LET',
  filterClause: 'FILTER',
  finishClause: 'FINISH',
};

/** Keywords of the embedded engine that Neo4j accepts as variable names. */
const RESERVED = new Set(
  'ALL ANY ASC ASCENDING BY CALL CASE CAST COLUMN COPY COUNT CREATE CYCLE DBTYPE DEFAULT DELETE DESC DESCENDING DETACH DROP ELSE END ENDS EXISTS EXPLAIN EXPORT EXTENSION FROM GLOB GRAPH GROUP HEADERS IMPORT INSTALL KEY LIMIT LOAD MACRO MATCH MERGE NODE NONE ON ONLY OPTIONAL ORDER PRIMARY PROFILE PROJECT READ REL RENAME RETURN ROLLBACK SEQUENCE SET SHORTEST SINGLE SKIP START STARTS TABLE THEN TO TRAIL TRANSACTION TYPE UNION UNWIND USE WHEN WHERE WITH WRITE'.split(' '),
);

function visit(tr: Translation, t: Tree) {
  if (t.terminal || tr.done.has(t)) return;
  const refused = REFUSED_RULES[t.name];
  if (refused && !tr.allowed.has(t)) tr.refuse(t, refused);
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
      {
        const exprs = t.children.filter((c) => c.name === 'expression');
        if (exprs.length !== 1) tr.refuse(t, 'trim() of a given character');
        const side = t.children.find((c) => c.terminal && /^(BOTH|LEADING|TRAILING)$/i.test(c.name))?.name.toLowerCase() ?? 'both';
        trimmed(tr, t, exprs[0]!, side as 'both' | 'leading' | 'trailing');
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
    case 'expression2':
      if (postfixes(tr, t) === 'null') return;
      break;
    case 'expression8':
      chainedComparison(tr, t);
      break;
    case 'expression6':
      addition(tr, t);
      break;
    case 'countStar':
      aggregateAfterOrder(tr, t, 'count(*)');
      break;
    case 'numberLiteral':
      numberLiteral(tr, t);
      return;
    case 'reduceExpression':
      reduce(tr, t);
      break;
    case 'subqueryClause':
      subquery(tr, t);
      break;
    case 'shortestPathPattern':
      shortestPath(tr, t);
      break;
    case 'patternElement':
      quantified(tr, t);
      break;
    case 'pattern':
      pathSelector(tr, t);
      break;
    case 'relationshipPattern':
      relationshipPattern(tr, t);
      break;
    case 'variable': {
      const name = tr.text(t);
      if (tr.varLength.has(name) && t.parent?.name !== 'relationshipPattern') {
        let up: Tree = t;
        while (up.parent && up.parent.start === t.start && up.parent.end === t.end) up = up.parent;
        const call = up.name === 'functionArgument' ? up.parent : undefined;
        const fn = call ? child(call, 'functionName') : undefined;
        // Neo4j: a list of relationships; the engine: a path, whose rels() is that list.
        if (!fn || tr.text(fn).trim().toLowerCase() !== 'size') return tr.replace(t, `rels(${name})`);
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
      if (typePredicate(tr, t)) return;
      if (keyword(t, 'IN')) inWithNull(tr, t);
      const contains = keyword(t, 'CONTAINS');
      if (contains) {
        // Neo4j: every string contains ''; the engine answers false. Properties are never '' (the model).
        const right = t.children.find((c) => !c.terminal);
        const text = right ? tr.text(right).trim() : '';
        const param = /^\$(\w+)$/.exec(text);
        const empty = /^(''|"")$/.test(text) || (param && tr.given[param[1]!] === '');
        // x CONTAINS null is null; the engine cannot bind an untyped null there.
        if (/^null$/i.test(text)) return tr.replace(t.parent!, 'CAST(NULL AS BOOLEAN)');
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
      if (t.name === 'countExpression') tr.rewrite(t, [t], (x) => countRows(x.replace(/^\s*COUNT\s*\{/i, '').replace(/\}\s*$/, '').trim()));
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
// The translation is a function of the query's verdict and its parameters' values, so it is kept beside the
// verdict as a plan is (and goes with it when the gate's cache lets the verdict go): the workbench's examples
// were translated anew on each request, 6% of the server's CPU in the bench's load test.
const translated = new WeakMap<Admitted, Map<string, KuzuQuery | GraphError>>();
const PER_VERDICT = 16;
const PARAMS_KEY_LIMIT = 4096;

export function toKuzu(query: string, params: Record<string, unknown>, verdict: Admitted = admit(query)): KuzuQuery {
  let key: string | undefined;
  try {
    key = JSON.stringify(params);
  } catch {
    key = undefined;
  }
  if (key === undefined || key.length > PARAMS_KEY_LIMIT) return translate(query, params, verdict);
  let kept = translated.get(verdict);
  const hit = kept?.get(key);
  if (hit instanceof GraphError) throw hit;
  if (hit) return hit;
  let out: KuzuQuery | GraphError;
  try {
    out = Object.freeze(translate(query, params, verdict));
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    out = err;
  }
  if (!kept) translated.set(verdict, (kept = new Map()));
  if (kept.size >= PER_VERDICT) kept.delete(kept.keys().next().value!);
  kept.set(key, out);
  if (out instanceof GraphError) throw out;
  return out;
}

function translate(query: string, params: Record<string, unknown>, { nodes, terminals }: Admitted): KuzuQuery {
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
  return { query: toKuzuDialect(tr.result()), params: tr.params, columns: tr.columns };
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
  return async (query, params, verdict) => {
    const k = toKuzu(query, params, verdict);
    let res: QueryResultSet;
    try {
      res = await run(k.query, k.params);
    } catch (err) {
      throw engineError(err);
    }
    return Object.keys(k.columns).length ? renameColumns(res, k.columns) : res;
  };
}

function renameColumns(res: QueryResultSet, names: Record<string, string>): QueryResultSet {
  const name = (c: string) => names[c] ?? c;
  return { ...res, columns: res.columns.map(name), rows: res.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [name(k), v]))) };
}
