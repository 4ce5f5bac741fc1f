// A Neo4j that goes away while the app runs: the app answers 503 with a clear
// message instead of hanging or crashing, and recovers by itself once the
// server is back, without a restart of the app. Runs its own Neo4j (stopped
// and restarted on the same port and store), so the shared test server is
// not disturbed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jEnv, startNeo4j, type Neo4jServer } from '../../tools/neo4j/launcher';
import { startServer, type RunningServer } from '../app/server';
import { repoRoot, tempDir } from '../helpers';
import path from 'node:path';

const cacheDir = path.join(repoRoot, '.data', 'neo4j-cache');
const independent = { query: 'MATCH (p:Provider {independent: true}) RETURN p.name_en AS name ORDER BY name' };
const names = [{ name: 'Competitor D' }, { name: 'Competitor E' }, { name: 'the Group' }];

async function json(res: Response) {
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

describe('when Neo4j goes away while the app runs', () => {
  const dataDir = tempDir('lg-neo4j-outage-');
  let neo4jServer: Neo4jServer;
  let app: RunningServer;

  beforeAll(async () => {
    neo4jServer = await startNeo4j({ dataDir, cacheDir });
    app = await startServer({ ...neo4jEnv(neo4jServer), NEO4J_DATABASE: '' });
  });
  afterAll(async () => {
    await app?.stop();
    await neo4jServer?.stop();
  });

  it('answers from Neo4j while it is up', async () => {
    const health = await json(await fetch(`${app.url}/api/health`));
    expect(health).toMatchObject({ status: 200, body: { engine: 'neo4j' } });
    const res = await app.cypher(independent);
    expect(res.status).toBe(200);
    expect((res.json() as { rows: unknown[] }).rows).toEqual(names);
  });

  it('answers 503 UNAVAILABLE with a message naming Neo4j, promptly, once the server has stopped', async () => {
    await neo4jServer.stop();
    const started = performance.now();
    const health = await json(await fetch(`${app.url}/api/health`));
    expect(health.status).toBe(503);
    expect(health.body.error?.code).toBe('UNAVAILABLE');
    expect(health.body.error?.message).toMatch(/^Neo4j is unavailable: .+/);
    const query = await app.cypher(independent);
    expect(query.status).toBe(503);
    expect((query.json() as { error: { code: string; message: string } }).error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/Neo4j/) });
    expect(query.text).not.toMatch(/\n\s+at .*:\d+:\d+/);
    // Within the driver's retry window, not a hang.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('recovers by itself when Neo4j is back on the same address, without restarting the app', async () => {
    neo4jServer = await startNeo4j({ dataDir, cacheDir, port: neo4jServer.port });
    const deadline = Date.now() + 60_000;
    let health = await json(await fetch(`${app.url}/api/health`));
    while (health.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      health = await json(await fetch(`${app.url}/api/health`));
    }
    expect(health).toMatchObject({ status: 200, body: { engine: 'neo4j' } });
    const res = await app.cypher(independent);
    expect(res.status).toBe(200);
    expect((res.json() as { rows: unknown[] }).rows).toEqual(names);
  });
});
