// The translation of Neo4j's Cypher for the embedded engine, as text: what it
// writes for each construct it translates, and how it refuses the others. The
// differential spec (differential/) proves the answers against Neo4j.
import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/errors';
import { toKuzu } from '../../../graph/query/kuzu-translate';

const kuzu = (query: string, params: Record<string, unknown> = {}) => toKuzu(query, params).query;
const refusal = (query: string, params: Record<string, unknown> = {}) => {
  try {
    toKuzu(query, params);
  } catch (err) {
    if (err instanceof GraphError) return err;
    throw err;
  }
  throw new Error(`not refused: ${query}`);
};

describe('translations', () => {
  it('keeps Neo4j column names of unaliased RETURN items', () => {
    expect(kuzu('MATCH (p:Provider) RETURN p, p.id, count(*)')).toBe('MATCH (p:Provider) RETURN p, p.id AS `p.id`, count(*) AS `count(*)`');
  });

  it('counts list positions from 0, as Neo4j does', () => {
    expect(kuzu('RETURN [3, 1, 2][0] AS a, [3, 1, 2][-1] AS b, [1, 2, 3][1..3] AS c')).toBe('RETURN [3, 1, 2][1] AS a, [3, 1, 2][-1] AS b, [1, 2, 3][2..3] AS c');
    expect(kuzu("RETURN substring('abcdef', 1, 3) AS s, substring('abc', 1) AS t")).toBe("RETURN substring('abcdef', 2, 3) AS s, substring('abc', 2, 2147483647) AS t");
  });

  it('writes map projections, list comprehensions and label predicates in the engine\'s terms', () => {
    expect(kuzu('MATCH (p:Provider) RETURN p {.name_en, n: 1} AS m')).toBe('MATCH (p:Provider) RETURN CASE WHEN p IS NULL THEN NULL ELSE {name_en: p.name_en, n: 1} END AS m');
    expect(kuzu('RETURN [x IN [1, 2] WHERE x > 1 | x * 10] AS l')).toBe('RETURN list_transform(list_filter([1, 2], x -> x > 1), x -> x * 10) AS l');
    expect(kuzu('MATCH (n) WHERE n:Provider|Exchange RETURN n.id AS id')).toBe("MATCH (n) WHERE label(n) IN ['Provider', 'Exchange'] RETURN n.id AS id");
  });

  it('converts values of a known type with the engine\'s casts', () => {
    expect(kuzu('MATCH (p:Provider) RETURN toString(p.founded) AS y, toFloat(p.founded) AS f')).toBe('MATCH (p:Provider) RETURN CAST(p.founded AS STRING) AS y, CAST(p.founded AS DOUBLE) AS f');
  });

  it('answers null for a property the model does not give the label', () => {
    expect(kuzu('MATCH (p:Provider) RETURN p.country AS c')).toBe('MATCH (p:Provider) RETURN NULL AS c');
    expect(kuzu('MATCH (e:Exchange) RETURN e.country AS c')).toBe('MATCH (e:Exchange) RETURN e.country AS c');
  });

  it('never binds one relationship twice in a MATCH, as Neo4j', () => {
    expect(kuzu('MATCH (a)-[r1:RANKED_IN]->(s)<-[r2:RANKED_IN]-(b) RETURN count(*) AS n')).toBe(
      'MATCH (a)-[r1:RANKED_IN]->(s)<-[r2:RANKED_IN]-(b) WHERE id(r1) <> id(r2) RETURN count(*) AS n',
    );
    expect(kuzu('MATCH (a)-[:OFFERS]->(l), (a)-[:RANKED_IN]->(s) RETURN count(*) AS n')).toBe('MATCH (a)-[:OFFERS]->(l), (a)-[:RANKED_IN]->(s) RETURN count(*) AS n');
  });

  it('gives parameters in types the engine keeps: empty lists and lists starting with null as literals, null as NULL', () => {
    expect(toKuzu('UNWIND $l AS x RETURN x', { l: [] })).toEqual({ query: 'UNWIND [] AS x RETURN x', params: {}, columns: {} });
    expect(toKuzu('UNWIND $l AS x RETURN x', { l: [null, 2] })).toEqual({ query: 'UNWIND [NULL, $__l_1] AS x RETURN x', params: { __l_1: 2 }, columns: {} });
    expect(toKuzu('RETURN $x', { x: null })).toEqual({ query: 'RETURN NULL AS `$x`', params: {}, columns: {} });
    expect(toKuzu('UNWIND $l AS x RETURN x', { l: [1, 2] })).toEqual({ query: 'UNWIND $l AS x RETURN x', params: { l: [1, 2] }, columns: {} });
  });
});

describe('translations of constructs the engine writes otherwise', () => {
  it('chains comparisons with AND', () => {
    expect(kuzu('MATCH (p:Provider) WHERE 2009 <= p.founded < 2013 RETURN p.id AS id')).toBe('MATCH (p:Provider) WHERE ((2009) <= (p.founded) AND (p.founded) < (2013)) RETURN p.id AS id');
  });

  it('walks variable-length relationships as trails, and shortest paths and quantified relationships with the engine\'s selectors', () => {
    expect(kuzu('MATCH (a)-[:PART_OF*1..3]-(b) RETURN b.id AS id')).toBe('MATCH (a)-[:PART_OF* TRAIL 1..3]-(b) RETURN b.id AS id');
    expect(kuzu('MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p) AS n')).toBe('MATCH p = (a)-[* SHORTEST 1..6]-(b) RETURN length(p) AS n');
    expect(kuzu('MATCH (a)-[:SUPPLIES]->{1,3}(b) RETURN b.id AS id')).toBe('MATCH (a)-[:SUPPLIES* TRAIL 1..3]->(b) RETURN b.id AS id');
    expect(kuzu("MATCH p = ALL SHORTEST (a:Provider {id: 'x'})-[:RANKED_IN]-{1,4}(b:Provider {id: 'y'}) RETURN length(p) AS n")).toBe(
      "MATCH p = (a:Provider {id: 'x'})-[:RANKED_IN* ALL SHORTEST 1..4]-(b:Provider {id: 'y'}) RETURN length(p) AS n",
    );
  });

  it('writes CALL subqueries that open the query, and counts per row, in the engine\'s terms', () => {
    expect(kuzu('CALL { MATCH (p:Provider) RETURN p.id AS id } RETURN id')).toBe(' MATCH (p:Provider) WITH p.id AS id  RETURN id');
    expect(kuzu('MATCH (p:Provider) CALL (p) { MATCH (p)-[:RANKED_IN]->(s) RETURN count(s) AS n } RETURN p.id AS id, n')).toBe(
      'MATCH (p:Provider) WITH *, CASE WHEN EXISTS { MATCH (p)-[:RANKED_IN]->(s) } THEN COUNT { MATCH (p)-[:RANKED_IN]->(s) } ELSE 0 END AS n RETURN p.id AS id, n',
    );
  });

  it('counts the rows of a pattern comprehension or COLLECT subquery whose size is asked, with the engine\'s COUNT { } where EXISTS { } holds', () => {
    expect(kuzu('MATCH (p:Provider) RETURN size([(p)-->(x) WHERE x.id <> p.id | x.id]) AS d')).toBe(
      'MATCH (p:Provider) RETURN CASE WHEN EXISTS { MATCH (p)-->(x) WHERE x.id <> p.id } THEN COUNT { MATCH (p)-->(x) WHERE x.id <> p.id } ELSE 0 END AS d',
    );
    expect(kuzu('MATCH (p:Provider) RETURN size(COLLECT { MATCH (p)-[:RANKED_IN]->(s) RETURN s.id }) AS n')).toBe(
      'MATCH (p:Provider) RETURN CASE WHEN EXISTS { MATCH (p)-[:RANKED_IN]->(s) } THEN COUNT { MATCH (p)-[:RANKED_IN]->(s) } ELSE 0 END AS n',
    );
  });

  it('refuses what the engine answers wrongly: an aggregation after WITH … ORDER BY … LIMIT, startNode of an optional relationship, an undirected trail from 0', () => {
    expect(refusal('UNWIND [3, 1, 2] AS x WITH x ORDER BY x LIMIT 2 RETURN sum(x) AS s').details.construct).toBe('sum() after WITH … ORDER BY … SKIP/LIMIT');
    expect(refusal('MATCH (p) OPTIONAL MATCH (p)-[r]->() RETURN startNode(r) AS s').details.construct).toBe('startNode() of a relationship that may be null');
    expect(refusal('MATCH (p)-[*0..2]-(x) RETURN count(*) AS n').details.construct).toBe('a variable-length relationship without direction from 0 steps');
  });

  it('sorts by a RETURN alias that shadows a variable under a fresh name, and gives the column its name back', () => {
    expect(toKuzu('MATCH (s:Segment) RETURN s.id AS s ORDER BY s', {})).toMatchObject({ query: 'MATCH (s:Segment) RETURN s.id AS __c1 ORDER BY __c1', columns: { __c1: 's' } });
  });
});

describe('refusals: UNSUPPORTED with the construct, its line and column, and that Neo4j runs the query', () => {
  const cases: [string, string, { line: number; column: number }][] = [
    ['MATCH (s:Segment)\nRETURN toString(s.size_2023) AS s', 'the function toString()', { line: 2, column: 8 }],
    ['MATCH p = shortestPath((a)-[*0..5]-(b)) RETURN p', 'shortestPath(…) / allShortestPaths(…) of this pattern', { line: 1, column: 11 }],
    ['MATCH (p:Provider)\nCALL (p) { MATCH (p)-[r:RANKED_IN]->() RETURN sum(r.share) AS s } RETURN s', 'a CALL (…) { … } subquery of this form', { line: 2, column: 1 }],
    ['MATCH (s:Segment) WITH s.id AS s ORDER BY s LIMIT 2 RETURN s', 'ORDER BY of the alias s, which shadows a variable, in WITH', { line: 1, column: 32 }],
    ['MATCH (p:Provider) RETURN [(p)-->(x) | x.id] AS l', 'a pattern comprehension [(a)-->(b) | …]', { line: 1, column: 27 }],
    ['MATCH (n) RETURN id(n) AS i', 'the function id()', { line: 1, column: 18 }],
  ];
  for (const [query, construct, at] of cases) {
    it(construct, () => {
      const err = refusal(query);
      expect(err.code).toBe('UNSUPPORTED');
      expect(err.details.construct).toBe(construct);
      expect(err.details.position).toMatchObject(at);
      expect(err.message).toContain(`line ${at.line}, column ${at.column}`);
      expect(err.message).toContain('NEO4J_URI');
    });
  }

  it('a list parameter of several types is BAD_PARAMS naming it', () => {
    expect(refusal('UNWIND $l AS x RETURN x', { l: [1.5, 2] })).toMatchObject({ code: 'BAD_PARAMS', message: expect.stringMatching(/^parameter \$l mixes floats and integers/) });
  });
});
