// Neo4j's Cypher → the embedded engine, on the gate's parse tree (one parse
// per query): parameters are given in types the engine keeps exactly, the
// constructs the engine would answer differently are refused with
// UNSUPPORTED (which construct, where, and that Neo4j runs the query), and
// engine errors that still occur are reported as what they mean for the
// query — never in the engine's own grammar. Everything engine-specific about
// ad-hoc Cypher on the embedded engine is in this folder and in kuzu-dialect.ts.
import { GraphError } from '../../errors';
import type { QueryResultSet } from '../../stores/types';
import { admit } from '../gate';
import { toKuzuDialect } from '../kuzu-dialect';
import type { ReadRunner } from '../service';
import { aliasShadowing, columnName, relationshipUniqueness } from './clauses';
import { inWithNull, labelPredicate, listAccess, listComprehension, mapProjection } from './expressions';
import { functionCall } from './functions';
import { parameter } from './params';
import { ON_NEO4J, patternVariables, Translation } from './translation';
import { child, find, keyword, treeOf, type Tree } from './tree';

export { answeredFunctions } from './functions';

export interface KuzuQuery {
  query: string;
  params: Record<string, unknown>;
}


/** The constructs refused on the embedded engine, by rule of Neo4j's grammar: what the user wrote, in words. */
const REFUSED_RULES: Record<string, string> = {
  patternComprehension: 'a pattern comprehension [(a)-->(b) | …]',
  reduceExpression: 'reduce(…)',
  shortestPathExpression: 'shortestPath(…) / allShortestPaths(…)',
  shortestPathPattern: 'shortestPath(…) / allShortestPaths(…)',
  pathPatternPrefix: 'a path selector (SHORTEST, ANY, ALL …)',
  quantifier: 'a quantified path pattern {m,n}',
  parenthesizedPath: 'a parenthesized path pattern',
  subqueryClause: 'a CALL { … } subquery',
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
  'ALL ANY ASC ASCENDING BY CALL CASE CAST COLUMN COPY COUNT CREATE CYCLE DBTYPE DEFAULT DELETE DESC DESCENDING DETACH DROP ELSE END ENDS EXISTS EXPLAIN EXPORT EXTENSION FROM GLOB GRAPH GROUP HEADERS IMPORT INSTALL KEY LIMIT LOAD MACRO MATCH MERGE NODE ON ONLY OPTIONAL ORDER PRIMARY PROFILE PROJECT READ REL RENAME RETURN ROLLBACK SEQUENCE SET SHORTEST SINGLE SKIP START STARTS TABLE THEN TO TRAIL TRANSACTION TYPE UNION UNWIND USE WHEN WHERE WITH WRITE'.split(' '),
);

function visit(tr: Translation, t: Tree) {
  if (t.terminal) return;
  const refused = REFUSED_RULES[t.name];
  if (refused) tr.refuse(t, refused);
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
      if (t.children.some((c) => c.terminal && /^(BOTH|LEADING|TRAILING|FROM)$/i.test(c.name))) tr.refuse(t, 'trim(BOTH|LEADING|TRAILING … FROM …)');
      {
        const arg = t.children.find((c) => c.name === 'expression');
        if (!(arg && /^('[ -~]*'|"[ -~]*")$/.test(tr.text(arg).trim()))) {
          tr.refuse(t, 'trim() of a value that is not a plain literal', 'the embedded engine trims ASCII whitespace only, Neo4j also Unicode spaces such as the ideographic space U+3000');
        }
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
    case 'postFix':
      if (t.children[0]?.terminal && t.children[0].name === '[') listAccess(tr, t);
      break;
    case 'expression2': {
      // v.key where the model gives v no such property: null, as Neo4j answers.
      const [subject, first, ...more] = t.children;
      const property = first?.name === 'postFix' ? child(first, 'property') : undefined;
      if (subject?.name === 'expression1' && property && !more.length && subject.children.length === 1 && subject.children[0]!.name === 'variable') {
        const key = tr.text(property).replace(/^\s*\.\s*/, '');
        if (tr.missing(tr.text(subject).trim(), key)) return tr.replace(t, 'NULL');
      }
      break;
    }
    case 'expression8':
      if (t.children.filter((c) => c.name === 'expression7').length > 2) tr.refuse(t, 'a chained comparison a < b < c', 'the embedded engine compares two values at a time; write it as a < b AND b < c');
      break;
    case 'variable': {
      const name = tr.text(t);
      if (tr.varLength.has(name) && t.parent?.name !== 'relationshipPattern') {
        let up: Tree = t;
        while (up.parent && up.parent.start === t.start && up.parent.end === t.end) up = up.parent;
        const call = up.name === 'functionArgument' ? up.parent : undefined;
        const fn = call ? child(call, 'functionName') : undefined;
        if (!fn || tr.text(fn).trim().toLowerCase() !== 'size') {
          tr.refuse(t, `the variable-length relationship list ${name}`, 'the embedded engine gives it as a path, Neo4j as a list of relationships; size() of it is translated');
        }
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
      if (keyword(t, 'IN')) inWithNull(tr, t);
      const contains = keyword(t, 'CONTAINS');
      if (contains) {
        // Neo4j: every string contains ''; the engine answers false. Properties are never '' (the model).
        const right = t.children.find((c) => !c.terminal);
        const text = right ? tr.text(right).trim() : '';
        const param = /^\$(\w+)$/.exec(text);
        const empty = /^(''|"")$/.test(text) || (param && tr.given[param[1]!] === '');
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
export function toKuzu(query: string, params: Record<string, unknown>): KuzuQuery {
  const { nodes, terminals } = admit(query);
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
  return { query: toKuzuDialect(tr.result()), params: tr.params };
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
  return async (query, params) => {
    const k = toKuzu(query, params);
    try {
      return await run(k.query, k.params);
    } catch (err) {
      throw engineError(err);
    }
  };
}
