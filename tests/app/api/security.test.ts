// The security corpus, run against a real server on the app tests' engine
// (tests/engines.ts: real LadybugDB under `npm test`, a real Neo4j under
// `npm run test:neo4j`): every attempt to write, read files, reach the
// network, load extensions, attach databases, call procedures, chain
// statements or exhaust memory and time is refused with a 4xx (or a bounded
// 503/504); the server enforces its time limit and row cap; and afterwards
// the server is healthy and the graph is the same — on LadybugDB its database
// file byte for byte (and nothing new beside it), on Neo4j every node, relationship, label, index, constraint,
// user and database as a direct session sees them. The corpus is data: add to
// it freely.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appEngine, engineEnv } from '../../engines';
import { startServer, type RunningServer } from '../server';
import corpus from './security-corpus.json';

interface Attempt {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  status: number[];
  code?: string;
}

const engine = appEngine();
// Short limits keep the exhaustion attempts quick; they are the same code paths.
const TIMEOUT_MS = 3_000;
// Not the default cap (5,000), so the answer shows the server read its setting.
const MAX_ROWS = 1_234;

let server: RunningServer;
let fileHash: string;
let dataFiles: string[];
let fingerprint: string;
let neo4jBefore: Neo4jState;

const dbFile = () => path.join(server.dataDir, 'landscape.lbug');
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

async function graphFingerprint(): Promise<string> {
  const nodes = await server.cypher({ query: 'MATCH (n) RETURN n ORDER BY n.id' });
  const edges = await server.cypher({ query: 'MATCH (a)-[r]->(b) RETURN a.id AS src, type(r) AS t, r, b.id AS dst ORDER BY src, t, dst' });
  expect(nodes.status).toBe(200);
  expect(edges.status).toBe(200);
  return sha(nodes.text.replace(/"ms":[\d.]+/, '') + edges.text.replace(/"ms":[\d.]+/, ''));
}

/**
 * What a direct session (not the app) sees in the Neo4j database: every node
 * and relationship whatever its label or type (the model's and any other),
 * the label, type and property-key tokens, indexes and constraints, and the
 * users and databases of the DBMS.
 */
interface Neo4jState {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  tokens: { labels: string[]; types: string[]; propertyKeys: string[] };
  schema: { indexes: string[]; constraints: string[] };
  dbms: { users: string[]; databases: string[] };
}

async function neo4jState(): Promise<Neo4jState> {
  const env = engineEnv('neo4j');
  const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(env.NEO4J_USER!, env.NEO4J_PASSWORD!));
  const read = async (cypher: string, database = env.NEO4J_DATABASE || undefined) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
    try {
      return (await session.run(cypher)).records.map((r) => r.toObject() as Record<string, unknown>);
    } finally {
      await session.close();
    }
  };
  const int = (v: unknown) => (neo4j.isInt(v) ? v.toNumber() : Number(v));
  const tally = (rows: Record<string, unknown>[]) => Object.fromEntries(rows.map((r) => [String(r.k), int(r.c)]));
  const names = (rows: Record<string, unknown>[]) => rows.map((r) => String(r.name));
  try {
    return {
      nodes: int((await read('MATCH (n) RETURN count(n) AS c'))[0]!.c),
      relationships: int((await read('MATCH ()-[r]->() RETURN count(r) AS c'))[0]!.c),
      labels: tally(await read('MATCH (n) UNWIND labels(n) AS k RETURN k, count(*) AS c ORDER BY k')),
      types: tally(await read('MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c ORDER BY k')),
      tokens: {
        labels: names(await read('CALL db.labels() YIELD label AS name RETURN name ORDER BY name')),
        types: names(await read('CALL db.relationshipTypes() YIELD relationshipType AS name RETURN name ORDER BY name')),
        propertyKeys: names(await read('CALL db.propertyKeys() YIELD propertyKey AS name RETURN name ORDER BY name')),
      },
      schema: {
        indexes: names(await read('SHOW INDEXES YIELD name RETURN name ORDER BY name')),
        constraints: names(await read('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')),
      },
      dbms: {
        users: names(await read('SHOW USERS YIELD user AS name RETURN name ORDER BY name', 'system')),
        databases: names(await read('SHOW DATABASES YIELD name RETURN DISTINCT name ORDER BY name', 'system')),
      },
    };
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  server = await startServer({ LANDSCAPE_QUERY_TIMEOUT_MS: String(TIMEOUT_MS), LANDSCAPE_MAX_ROWS: String(MAX_ROWS), LANDSCAPE_QUERY_MEMORY_MB: '3072' });
  fingerprint = await graphFingerprint();
  if (engine === 'ladybugdb') {
    fileHash = sha(fs.readFileSync(dbFile()));
    dataFiles = fs.readdirSync(server.dataDir).sort();
    expect(dataFiles).toEqual(['landscape.lbug', 'seed.json']);
  } else neo4jBefore = await neo4jState();
  fs.rmSync('/tmp/landscape-graph-export', { recursive: true, force: true });
  fs.rmSync('/tmp/landscape-graph-out.csv', { force: true });
});
afterAll(async () => {
  await server?.stop();
});

describe('the security corpus', () => {
  it('holds at least 40 attempts', () => {
    expect((corpus as Attempt[]).length).toBeGreaterThanOrEqual(40);
  });

  it.each((corpus as Attempt[]).map((a) => [a.name, a]))('%s: refused with a clear error', async (_name, attempt) => {
    const res = await server.cypher({ query: attempt.query, params: attempt.params });
    expect(attempt.status).toContain(res.status);
    expect(res.text).not.toMatch(/root:x:0:0|\/bin\/bash|\/usr\/sbin\/nologin/);
    if (res.status === 200) {
      expect((res.json() as { rows: unknown[] }).rows).toEqual([]);
      return;
    }
    const { error } = res.json() as { error: { code: string; message: string } };
    expect(error.message.length).toBeGreaterThan(5);
    expect(res.text).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    if (attempt.code) expect(error.code).toBe(attempt.code);
  });
});

describe('the limits the server enforces', () => {
  it(`stops a deliberately slow query at its ${TIMEOUT_MS} ms limit: 504 TIMEOUT, within a bound`, async () => {
    // Time, not memory: 119^5 (24 billion) rows of string work streamed into one count.
    const started = performance.now();
    const res = await server.cypher({ query: "MATCH (a), (b), (c), (d), (e) WHERE a.name_en + b.name_en + c.name_en + d.name_en + e.name_en = 'x' RETURN count(*) AS c" });
    const ms = performance.now() - started;
    expect(res.status).toBe(504);
    expect(res.json()).toEqual({ error: { code: 'TIMEOUT', message: `the query did not finish within ${TIMEOUT_MS} ms and was stopped` } });
    // Stopped by the limit, not refused up front, and not long after it.
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(ms).toBeLessThan(TIMEOUT_MS + 3_000);
    // The next query is answered at once.
    const next = await server.cypher({ query: 'RETURN 1 AS one' });
    expect(next.status).toBe(200);
  });

  it(`cuts a large result at LANDSCAPE_MAX_ROWS (${MAX_ROWS}) and says so`, async () => {
    const res = await server.cypher({ query: 'MATCH (a), (b) RETURN a.id AS a, b.id AS b' });
    expect(res.status).toBe(200);
    const body = res.json() as { rows: unknown[]; summary: { rowCount: number; truncated: boolean } };
    expect(body.rows).toHaveLength(MAX_ROWS);
    expect(body.summary).toMatchObject({ rowCount: MAX_ROWS, truncated: true });
    // A result of exactly the cap is whole.
    const whole = await server.cypher({ query: `UNWIND range(1, ${MAX_ROWS}) AS x RETURN x` });
    expect((whole.json() as { summary: { rowCount: number; truncated: boolean } }).summary).toMatchObject({ rowCount: MAX_ROWS, truncated: false });
  });
});

describe('after the corpus', () => {
  it('still answers queries and reports health', async () => {
    const res = await server.cypher({ query: 'MATCH (p:Provider {independent: $i}) RETURN p.name_en AS name ORDER BY name', params: { i: true } });
    expect(res.status).toBe(200);
    expect((res.json() as { rows: unknown[] }).rows).toEqual([{ name: 'Competitor D' }, { name: 'Competitor E' }, { name: 'the Group' }]);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it(`left the graph and the ${engine === 'ladybugdb' ? 'database file' : 'Neo4j database'} unchanged, and wrote no files`, async () => {
    expect(await graphFingerprint()).toBe(fingerprint);
    if (engine === 'ladybugdb') {
      expect(sha(fs.readFileSync(dbFile()))).toBe(fileHash);
      // No write-ahead log or any other file appeared beside it: the handles were read-only.
      expect(fs.readdirSync(server.dataDir).sort()).toEqual(dataFiles);
    } else {
      // The direct session sees past the model: the seed record is a label of its own.
      expect(neo4jBefore).toMatchObject({ labels: { Provider: 6, LandscapeSeed: 1 } });
      expect(await neo4jState()).toEqual(neo4jBefore);
    }
    const exported = fs.existsSync('/tmp/landscape-graph-export') ? fs.readdirSync('/tmp/landscape-graph-export') : [];
    expect(exported.filter((f) => fs.statSync(path.join('/tmp/landscape-graph-export', f)).size > 0)).toEqual([]);
    expect(fs.existsSync('/tmp/landscape-graph-out.csv')).toBe(false);
  });
});
