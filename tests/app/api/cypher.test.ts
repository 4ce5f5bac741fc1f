import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const post = (body: string, type = 'application/json') =>
  fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': type }, body });

describe('POST /api/cypher', () => {
  it('answers a read query with columns, rows and a summary', async () => {
    const res = await server.cypher({ query: 'MATCH (p:Provider {independent:$i}) RETURN p.name_en ORDER BY p.name_en', params: { i: true } });
    expect(res.status).toBe(200);
    const body = res.json() as { columns: string[]; rows: unknown[]; summary: { rowCount: number; truncated: boolean; ms: number } };
    expect(body.columns).toEqual(['p.name_en']);
    expect(body.rows).toEqual([{ 'p.name_en': 'Competitor D' }, { 'p.name_en': 'Competitor E' }, { 'p.name_en': 'the Group' }]);
    expect(body.summary).toMatchObject({ rowCount: 3, truncated: false });
    expect(body.summary.ms).toBeGreaterThan(0);
  });

  it('returns the nodes and relationships of the rows as a graph that can be drawn', async () => {
    const res = await server.cypher({ query: "MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment {id: 'av-paas'}) RETURN p, r, s, type(r)" });
    const body = res.json() as { columns: string[]; graph: { nodes: { id: string }[]; edges: { id: string; source: string; target: string; properties: { share: number } }[] } };
    expect(body.columns).toEqual(['p', 'r', 's', 'type(r)']);
    expect(body.graph.nodes.map((n) => n.id).sort()).toEqual(['av-paas', 'competitor-a', 'competitor-b', 'competitor-c', 'competitor-d', 'the-group']);
    expect(body.graph.edges.find((e) => e.source === 'competitor-a')).toMatchObject({ id: 'RANKED_IN:competitor-a->av-paas', target: 'av-paas', properties: { share: 17 } });
  });

  it('draws paths too', async () => {
    const res = await server.cypher({ query: "MATCH path = (:ValueChainRole {id: 'cloud-infrastructure-provider'})-[:SUPPLIES*1..3]->(:ValueChainRole {id: 'end-user'}) RETURN path" });
    const body = res.json() as { rows: unknown[]; graph: { nodes: unknown[]; edges: unknown[] } };
    expect(body.rows.length).toBe(3);
    expect(body.graph.nodes).toHaveLength(4);
    expect(body.graph.edges).toHaveLength(5);
  });

  it('cuts large results at the row cap and says so', async () => {
    const res = await server.cypher({ query: 'MATCH (a), (b) RETURN a.id, b.id' });
    const body = res.json() as { rows: unknown[]; summary: { truncated: boolean } };
    expect(body.rows).toHaveLength(5000);
    expect(body.summary.truncated).toBe(true);
  });
});

describe('bad requests get a 4xx that says what is wrong', () => {
  const error = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

  it('a body over 1 MB', async () => {
    const res = await post(JSON.stringify({ query: 'RETURN 1', pad: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(await error(res)).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('1 MB') });
  });

  it('a wrong content type', async () => {
    const res = await post('query=MATCH (n) RETURN n', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    expect((await error(res)).message).toBe('send the body as application/json (got "application/x-www-form-urlencoded")');
  });

  it('invalid JSON', async () => {
    const res = await post('{"query": "RETURN 1"');
    expect(res.status).toBe(400);
    expect((await error(res)).message).toMatch(/^the body is not valid JSON/);
  });

  it('a query that is not a string, and an empty one', async () => {
    expect(await error(await post(JSON.stringify({ query: 42 })))).toEqual({ code: 'BAD_REQUEST', message: 'query: query must be a string of Cypher' });
    expect(await error(await post(JSON.stringify({ query: '  ' })))).toEqual({ code: 'BAD_REQUEST', message: 'the query is empty' });
  });

  it('params that are not an object', async () => {
    const res = await post(JSON.stringify({ query: 'RETURN $x', params: [1] }));
    expect(res.status).toBe(400);
    expect((await error(res)).code).toBe('BAD_PARAMS');
  });

  it('a syntax error, with its position', async () => {
    const res = await server.cypher({ query: 'MATCH (n)\nRETURN n LIMT 1' });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'SYNTAX', message: expect.stringMatching(/^Invalid input 'LIMT'/), position: { line: 2, column: 10, offset: 19 } } });
  });

  it('a query its parse tree admits but Neo4j’s semantic analysis does not gets the analysis’s error, never an answer', async () => {
    // New texts run while the analysis goes on (graph/query/service.ts); the engine alone would answer these.
    const cases = [
      { query: 'MATCH (p:Provider) WITH p.name_en RETURN 1', message: 'Expression in WITH must be aliased (use AS)', column: 25 },
      { query: 'MATCH (p:Provider) RETURN p.name_en LIMIT -1', message: "Invalid input. '-1' is not a valid value. Must be a non-negative integer.", column: 43 },
      { query: 'MATCH (p:Provider) RETURN q.name_en', message: 'Variable `q` not defined', column: 27 },
    ];
    for (const { query, message, column } of cases) {
      const res = await server.cypher({ query: `${query} // ${Math.random()}` });
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({ error: { code: 'SYNTAX', message, position: { line: 1, column, offset: column - 1 } } });
    }
  });

  it('a write, with the clause that was refused', async () => {
    const res = await server.cypher({ query: 'MATCH (n) DETACH DELETE n' });
    expect(res.status).toBe(403);
    expect((res.json() as { error: { clause: string } }).error.clause).toBe('DETACH DELETE n');
  });
});
