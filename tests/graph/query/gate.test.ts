import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/errors';
import { admit, judge, judgeTree } from '../../../graph/query/gate';

function refusal(query: string): GraphError {
  try {
    admit(query);
  } catch (err) {
    if (err instanceof GraphError) return err;
    throw err;
  }
  throw new Error(`admitted: ${query}`);
}

describe('read queries are admitted', () => {
  it.each([
    'MATCH (p:Provider {independent: $i}) RETURN p.name_en',
    'OPTIONAL MATCH (p:Provider)-[r:RANKED_IN]->(s) WITH p, r WHERE r.rank < 3 RETURN p, r ORDER BY r.rank SKIP 1 LIMIT 2',
    'UNWIND [1, 2, 3] AS x RETURN x',
    'MATCH (n:Provider) RETURN n.id AS id UNION MATCH (m:Segment) RETURN m.id AS id',
    'MATCH (n) WHERE EXISTS { MATCH (n)-->() } RETURN count { (n)--() } AS degree',
    'MATCH (n) CALL (n) { MATCH (n)-->(m) RETURN count(m) AS out } RETURN n.id, out',
    'MATCH path = (a:ValueChainRole)-[:SUPPLIES*1..3]->(b) RETURN path',
    'MATCH (n) RETURN n; ',
  ])('%s', (q) => {
    expect(() => admit(q)).not.toThrow();
  });

  it('reports the parameters a query uses', () => {
    expect(admit('MATCH (p:Provider {independent: $i}) WHERE p.founded > $year RETURN p').parameters.sort()).toEqual(['i', 'year']);
  });
});

describe('anything but a read is refused with READ_ONLY, the clause and its position', () => {
  it.each([
    ['CREATE (n) RETURN n', 'CREATE (n)', 1, 1],
    ['MATCH (n)\nSET n.x = 1', 'SET n.x = 1', 2, 1],
    ['MATCH (n) DETACH DELETE n', 'DETACH DELETE n', 1, 11],
    ['MERGE (n:Provider {id: "x"})', 'MERGE (n:Provider {id: "x"})', 1, 1],
    ['MATCH (n) CALL (n) { CREATE (m) } RETURN n', 'CREATE (m)', 1, 22],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "LOAD CSV FROM 'file:///etc/passwd' AS l", 1, 1],
    ['CALL db.labels()', 'CALL db.labels()', 1, 1],
    ['EXPLAIN MATCH (n) RETURN n', 'EXPLAIN', 1, 1],
    ['USE system MATCH (n) RETURN n', 'USE system', 1, 1],
    ['SHOW DATABASES', 'SHOW DATABASES', 1, 1],
  ])('%s', (query, clause, line, column) => {
    const err = refusal(query);
    expect(err.code).toBe('READ_ONLY');
    expect(err.details.clause).toBe(clause);
    expect(err.details.position).toMatchObject({ line, column });
    expect(err.message).toContain('only read queries');
  });

  it('is not fooled by a write keyword inside a comment or a string', () => {
    expect(() => admit("MATCH (n) /* CREATE (m) */ WHERE n.name_en <> 'DELETE' RETURN n")).not.toThrow();
  });
});

describe('syntax errors carry the parser message and position', () => {
  it('points at the misspelt keyword', () => {
    const err = refusal('MATCH (n)\nRETURN n LIMT 1');
    expect(err.code).toBe('SYNTAX');
    expect(err.message).toMatch(/Invalid input 'LIMT'/);
    expect(err.details.position).toEqual({ line: 2, column: 10, offset: 19 });
  });

  it("refuses Kuzu's own file and extension statements as syntax Neo4j does not know", () => {
    for (const q of ["LOAD FROM '/etc/passwd' RETURN *", "EXPORT DATABASE '/tmp/x'", 'INSTALL httpfs', "ATTACH 'x.kuzu' AS x (dbtype kuzu)"]) {
      expect(refusal(q).code).toBe('SYNTAX');
    }
  });
});

describe('one statement, within size limits', () => {
  it('refuses a second statement with its position', () => {
    const err = refusal('MATCH (n) RETURN n; MATCH (m) RETURN m');
    expect(err).toMatchObject({ code: 'BAD_REQUEST', message: 'one statement per query: found 2' });
    expect(err.details.position).toEqual({ line: 1, column: 21, offset: 20 });
  });

  it('refuses an empty query, an over-long query and over-deep nesting', () => {
    expect(refusal('   ').code).toBe('BAD_REQUEST');
    expect(refusal(`RETURN 1${' + 1'.repeat(6000)}`).code).toBe('TOO_LARGE');
    expect(refusal(`RETURN ${'('.repeat(60)}1${')'.repeat(60)}`)).toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/nests brackets more than \d+ levels/) });
  });

  it('gives the same verdict the second time, from its cache', () => {
    const first = refusal('CREATE (x)');
    expect(refusal('CREATE (x)')).toBe(first);
  });
});

describe("the gate's process reuses the parse tree's verdict", () => {
  // gate-process-main.ts sends judgeTree's verdict first and then asks judge for the final one with it.
  const texts = [
    'MATCH (p:Provider) WHERE p.independent = $i RETURN p.name_en ORDER BY p.name_en LIMIT 5',
    'MATCH (p) WITH p.name_en RETURN 1', // the tree admits it; Neo4j's semantic analysis does not
    'MATCH (n) RETURN n LIMIT -1',
    'MATCH (n) DETACH DELETE n',
  ];
  it.each(texts)('judge(%s, its tree verdict) is judge alone', (text) => {
    const tree = judgeTree(text);
    const alone = judge(text);
    const reused = judge(text, tree);
    if (alone instanceof GraphError) {
      expect(reused).toBeInstanceOf(GraphError);
      expect({ code: (reused as GraphError).code, message: (reused as GraphError).message }).toEqual({ code: alone.code, message: alone.message });
    } else expect(reused).toEqual(alone);
  });
});
