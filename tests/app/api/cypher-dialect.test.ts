// Neo4j's Cypher through the HTTP API (issue 12): on every engine the answer
// is Neo4j's, or — on the embedded engine — a 400 UNSUPPORTED that names the
// construct and its position and says the query runs on Neo4j. Never the
// embedded engine's own grammar. Under `npm run test:neo4j` this file runs
// against Neo4j (tests/engines.ts), so the answers asserted here are Neo4j's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appEngine } from '../../engines';
import { startServer, type RunningServer } from '../server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

interface Answer {
  status: number;
  columns?: string[];
  rows?: Record<string, unknown>[];
  error?: { code: string; message: string; position?: { line: number; column: number }; clause?: string; construct?: string };
}

async function ask(query: string, params: Record<string, unknown> = {}): Promise<Answer> {
  const res = await server.cypher({ query, params });
  return { status: res.status, ...(res.json() as object) };
}

const onNeo4j = appEngine() === 'neo4j';

describe('translated constructs answer as Neo4j does', () => {
  const cases: [string, string, Record<string, unknown>[], string[]?][] = [
    ['list indexes from 0', 'RETURN [3, 1, 2][1] AS x, [3, 1, 2][0] AS y, [1, 2, 3, 4][1..3] AS z', [{ x: 1, y: 3, z: [2, 3] }]],
    ['substring from 0', "RETURN substring('abcdef', 1, 3) AS s", [{ s: 'bcd' }]],
    ['column names of unaliased items', "MATCH (p:Provider {id: 'the-group'}) RETURN p.name_en, count(*), p.founded", [{ 'p.name_en': 'the Group', 'count(*)': 1, 'p.founded': null }], ['p.name_en', 'count(*)', 'p.founded']],
    ['a map projection', "MATCH (p:Provider {id: 'the-group'}) RETURN p {.name_en, .independent} AS m", [{ m: { name_en: 'the Group', independent: true } }]],
    ['a list comprehension', 'RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * 10] AS l', [{ l: [10, 30, 50] }]],
    ['a label predicate', "MATCH (n) WHERE (n:Provider OR n:Ranking) AND n.id STARTS WITH 'ranking-av-p' RETURN n.id AS id", [{ id: 'ranking-av-paas-2023' }]],
    ['a missing property is null', "MATCH (p:Provider {id: 'the-group'}) RETURN p.country AS c", [{ c: null }]],
    ['head, last and tail', "RETURN head([3, 1, 2]) AS h, last([3, 1, 2]) AS l, tail([3, 1, 2]) AS t, split('a,b', ',') AS s", [{ h: 3, l: 2, t: [1, 2], s: ['a', 'b'] }]],
    ['toString() of an integer', "MATCH (p:Provider {id: 'competitor-a'}) RETURN toString(p.founded) AS s", [{ s: '2009' }]],
    ['sum and collect of nothing', "MATCH (p:Provider {id: 'nobody'}) RETURN sum(p.founded) AS s, collect(p.id) AS c", [{ s: 0, c: [] }]],
    ['shortestPath()', "MATCH p = shortestPath((a:Provider {id: 'the-group'})-[*..6]-(b:Provider {id: 'competitor-e'})) RETURN length(p) AS n", [{ n: 2 }]],
    ['an alias that shadows a variable in ORDER BY', "MATCH (s:Segment) WHERE s.id STARTS WITH 'av-c' RETURN s.id AS s ORDER BY s", [{ s: 'av-cdn' }, { s: 'av-cloud' }, { s: 'av-content-production' }], ['s']],
    ['head of an empty list', 'RETURN head([]) AS h, [1, 2][5] AS out', [{ h: null, out: null }]],
    ['round to a precision, as decimals round', 'RETURN round(2.675, 2) AS a, round(-1.005, 2) AS b', [{ a: 2.68, b: -1.01 }]],
  ];
  for (const [what, query, rows, columns] of cases) {
    it(what, async () => {
      const a = await ask(query);
      expect(a.status).toBe(200);
      expect(a.rows).toEqual(rows);
      if (columns) expect(a.columns).toEqual(columns);
    });
  }
});

describe('constructs the embedded engine cannot answer as Neo4j: answered on Neo4j, refused with 400 UNSUPPORTED on the embedded engine', () => {
  const cases: [string, string, Record<string, unknown>[], { line: number; column: number }][] = [
    ['toString() of a float', "MATCH (s:Segment {id: 'av-market'})\nRETURN toString(s.size_2023) AS s", [{ s: '1400.0' }], { line: 2, column: 8 }],
    ['collect() of rows ordered by WITH … ORDER BY', 'MATCH (v:ValueChainRole)\nWITH v ORDER BY v.stage LIMIT 10\nRETURN collect(v.id) AS ids', [{ ids: ['cloud-infrastructure-provider', 'paas-provider', 'saas-provider', 'end-user'] }], { line: 3, column: 8 }],
  ];
  for (const [what, query, rows, at] of cases) {
    it(what, async () => {
      const a = await ask(query, { id: 'competitor-a' });
      if (onNeo4j) {
        expect(a.status).toBe(200);
        expect(a.rows).toEqual(rows);
      } else {
        expect(a.status).toBe(400);
        expect(a.error).toMatchObject({ code: 'UNSUPPORTED', position: at });
        expect(a.error?.construct).toBeTruthy();
        expect(a.error?.message).toContain(`line ${at.line}, column ${at.column}`);
        expect(a.error?.message).toContain('NEO4J_URI');
      }
    });
  }

  it('an engine error that still occurs says what it means, never in the engine\'s grammar', async () => {
    // The translation writes reduce() with its start value first in the list, which the engine cannot type here.
    const a = await ask('RETURN reduce(acc = 0, x IN [1.5, 2.5] | acc + x) AS s');
    if (onNeo4j) {
      expect(a.rows).toEqual([{ s: 4 }]);
    } else {
      expect(a.status).toBe(400);
      expect(a.error?.code).toBe('UNSUPPORTED');
      expect(a.error?.message).not.toMatch(/exception|ku_Statements|Binder|Parser|Catalog/i);
      expect(a.error?.message).toContain('NEO4J_URI');
    }
  });
});
