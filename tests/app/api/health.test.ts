// /api/health, the landing page and a reseed under a running server, on the
// app tests' engine (tests/engines.ts): LadybugDB under `npm test`, Neo4j under
// `npm run test:neo4j`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../../graph/seed/files';
import fs from 'node:fs';
import { loadConfig } from '../../../graph/config';
import { seedConfigured } from '../../../graph/seed/engine';
import { connect } from '../../../graph/stores/neo4j-connect';
import { appEngine, engineEnv, installedLadybugVersion } from '../../engines';
import { repoRoot, seedCopy } from '../../helpers';
import { startServer, type RunningServer } from '../server';
import path from 'node:path';

const engine = appEngine();

/** The version the engine reports: the installed @ladybugdb/core package's, or what the Neo4j server says it runs. */
async function engineVersion(): Promise<string> {
  if (engine === 'ladybugdb') return installedLadybugVersion();
  const { driver, engine: agent } = await connect(loadConfig(engineEnv('neo4j')).neo4j!);
  await driver.close();
  return agent.replace(/^neo4j /, '');
}

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe(`GET /api/health on a real server with a fresh data directory, on ${engine}`, () => {
  it(`seeds the ${engine === 'ladybugdb' ? 'embedded database' : 'Neo4j database'} on first use and reports engine, version and the seeded counts`, async () => {
    const seeds = readSeeds(path.join(repoRoot, 'cypher'));
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    const version = await engineVersion();
    expect(version).toMatch(engine === 'neo4j' ? /^5\.\d+\.\d+$/ : /^\d+\.\d+\.\d+$/);
    expect(await res.json()).toEqual({
      engine,
      version,
      nodes: seeds.graph.nodes.length,
      edges: seeds.graph.edges.length,
      prepared: expect.any(Boolean),
    });
  });
});

describe('the start-up reads', () => {
  it('are done soon after start: /api/health then says prepared', async () => {
    const deadline = Date.now() + 60_000;
    let body: { prepared?: boolean } = {};
    while (Date.now() < deadline && !body.prepared) {
      body = (await (await fetch(`${server.url}/api/health`)).json()) as { prepared?: boolean };
      if (!body.prepared) await new Promise((r) => setTimeout(r, 200));
    }
    expect(body.prepared).toBe(true);
  });
});

describe('the landing page', () => {
  it('shows both 2023 rankings with the Group and the source heading', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('Landscape Graph');
    expect(html).toMatch(/the Group[^<]*·[^<]*本集團/);
    expect(html).toContain('Source: 競爭格局');
  });
});

describe('reseeding while the server runs', () => {
  it('serves the new database on the next request', async () => {
    const cypherDir = seedCopy();
    const own = await startServer({ LANDSCAPE_CYPHER_DIR: cypherDir });
    try {
      const before = (await (await fetch(`${own.url}/api/health`)).json()) as { nodes: number };
      fs.appendFileSync(
        path.join(cypherDir, '09-apaas-history.cypher'),
        "\nMERGE (n:Technology {id: 'reseed-probe'}) SET n.name_en = 'Probe', n.name_zh = '探針', n.summary_en = 'A test node.', n.summary_zh = '測試節點。';\n",
      );
      // `npm run seed` on the server's engine: a new LadybugDB file swapped in, or the Neo4j landscape replaced.
      await seedConfigured(loadConfig({ ...engineEnv(engine), LANDSCAPE_DATA_DIR: own.dataDir, LANDSCAPE_CYPHER_DIR: cypherDir }), { force: true });
      const after = (await (await fetch(`${own.url}/api/health`)).json()) as { nodes: number };
      expect(after.nodes).toBe(before.nodes + 1);
      const res = await own.cypher({ query: "MATCH (t:Technology {id: 'reseed-probe'}) RETURN t.name_zh AS zh" });
      expect(res.json()).toMatchObject({ rows: [{ zh: '探針' }] });
      // The views (search, node details, the landscape) show the new graph too: on LadybugDB at once (a new file), on
      // Neo4j once the server has compared the seed record again (at most a second later).
      const deadline = Date.now() + 5_000;
      let node = await fetch(`${own.url}/api/nodes/reseed-probe`);
      while (node.status !== 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        node = await fetch(`${own.url}/api/nodes/reseed-probe`);
      }
      expect(node.status).toBe(200);
      const search = (await (await fetch(`${own.url}/api/search?q=${encodeURIComponent('探針')}`)).json()) as { hits: { id: string }[] };
      expect(search.hits.map((h) => h.id)).toContain('reseed-probe');
    } finally {
      await own.stop();
    }
  });
});
