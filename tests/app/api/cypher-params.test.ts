// Parameters keep their values (issue 12, item 2): every shape the gate
// allows — scalars, lists of each, mixed, empty, with nulls — through the real
// HTTP API. The expected answers are Neo4j's; under `npm run test:neo4j` this
// file runs against Neo4j (tests/engines.ts), so the same expectations are
// checked on both engines. A list the embedded engine cannot hold exactly (of
// several types, or integers with floats) is refused there with BAD_PARAMS
// naming the parameter; on Neo4j it comes back as given.
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
  error?: { code: string; message: string };
}

async function ask(query: string, params: Record<string, unknown>): Promise<Answer> {
  const res = await server.cypher({ query, params });
  const body = res.json() as { columns?: string[]; rows?: Record<string, unknown>[]; error?: { code: string; message: string } };
  return { status: res.status, ...body };
}

const scalars: [string, unknown][] = [
  ['an integer', 42],
  ['a negative integer', -7],
  ['a large integer', 9_007_199_254_740_991],
  ['a float', 1.5],
  ['a small float', 1e-300],
  ['a string', 'Competitor A'],
  ['a CJK string', '本集團'],
  ['an empty string', ''],
  ['true', true],
  ['false', false],
  ['null', null],
];

describe('scalar parameters come back as given', () => {
  for (const [what, value] of scalars) {
    it(`${what}: RETURN $x, $x AS y`, async () => {
      const a = await ask('RETURN $x, $x AS y', { x: value });
      expect(a.status).toBe(200);
      expect(a.columns).toEqual(['$x', 'y']);
      expect(a.rows).toEqual([{ $x: value, y: value }]);
    });
  }

  it('an integer stays an integer and a float a float (integer and float division)', async () => {
    expect((await ask('RETURN $i / 2 AS h', { i: 3 })).rows).toEqual([{ h: 1 }]);
    expect((await ask('RETURN $f / 2 AS h', { f: 3.5 })).rows).toEqual([{ h: 1.75 }]);
  });

  it('null unwinds to no rows and matches nothing', async () => {
    expect((await ask('UNWIND $x AS y RETURN y', { x: null })).rows).toEqual([]);
    expect((await ask('MATCH (p:Provider {id: $x}) RETURN p.id', { x: null })).rows).toEqual([]);
  });

  it('a string parameter selects by a property', async () => {
    const a = await ask('MATCH (p:Provider) WHERE p.name_zh = $n RETURN p.id', { n: '本集團' });
    expect(a.rows).toEqual([{ 'p.id': 'the-group' }]);
  });
});

const lists: [string, unknown[]][] = [
  ['integers', [3, 1, 2]],
  ['floats', [1.5, 2.25, -0.5]],
  ['strings with CJK', ['本集團', 'Competitor A', '']],
  ['booleans', [true, false, true]],
  ['integers with a null', [1, null, 3]],
  ['a null first', [null, 1]],
  ['strings with a null first', [null, 'a']],
  ['only nulls', [null, null]],
  ['one null', [null]],
  ['duplicates', [2, 2, 2]],
];

describe('list parameters come back element for element', () => {
  for (const [what, value] of lists) {
    it(`${what}: UNWIND $l AS x RETURN x, and RETURN $l`, async () => {
      const unwound = await ask('UNWIND $l AS x RETURN x', { l: value });
      expect(unwound.status).toBe(200);
      expect(unwound.rows).toEqual(value.map((x) => ({ x })));
      const whole = await ask('RETURN $l, size($l) AS n', { l: value });
      expect(whole.columns).toEqual(['$l', 'n']);
      expect(whole.rows).toEqual([{ $l: value, n: value.length }]);
    });
  }

  it('an empty list unwinds to no rows, has size 0 and matches nothing', async () => {
    expect(await ask('UNWIND $l AS x RETURN x', { l: [] })).toMatchObject({ status: 200, rows: [] });
    expect((await ask('RETURN $l, size($l) AS n', { l: [] })).rows).toEqual([{ $l: [], n: 0 }]);
    expect((await ask('MATCH (p:Provider) WHERE p.id IN $ids RETURN p.id', { ids: [] })).rows).toEqual([]);
  });

  it('a list with a null selects by the others', async () => {
    const a = await ask('MATCH (p:Provider) WHERE p.id IN $ids RETURN p.id ORDER BY p.id', { ids: [null, 'the-group', 'competitor-a'] });
    expect(a.rows).toEqual([{ 'p.id': 'competitor-a' }, { 'p.id': 'the-group' }]);
  });

  it('integers in a list stay integers', async () => {
    expect((await ask('UNWIND $l AS x RETURN x / 2 AS h', { l: [3, 5] })).rows).toEqual([{ h: 1 }, { h: 2 }]);
  });
});

const mixed: [string, unknown[], RegExp][] = [
  ['floats and integers', [1.5, 2], /floats and integers/],
  ['booleans and integers', [true, 1], /booleans and integers/],
  ['a CJK string and an integer', ['本集團', 1], /strings and integers/],
  ['an integer, a string and a null', [1, 'a', null], /integers and strings/],
];

describe('mixed lists: as given on Neo4j; refused with BAD_PARAMS where the engine cannot hold them, never another value', () => {
  for (const [what, value, why] of mixed) {
    it(what, async () => {
      const a = await ask('UNWIND $l AS x RETURN x', { l: value });
      if (appEngine() === 'neo4j') {
        expect(a.status).toBe(200);
        expect(a.rows).toEqual(value.map((x) => ({ x })));
      } else {
        expect(a.status).toBe(400);
        expect(a.error?.code).toBe('BAD_PARAMS');
        expect(a.error?.message).toMatch(/^parameter \$l mixes /);
        expect(a.error?.message).toMatch(why);
        expect(a.error?.message).toContain('NEO4J_URI');
      }
    });
  }
});
