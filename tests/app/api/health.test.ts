import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../../graph/seed/files';
import fs from 'node:fs';
import { loadConfig } from '../../../graph/config';
import { seedKuzu } from '../../../graph/seed/loader';
import { repoRoot, seedCopy } from '../../helpers';
import { startServer, type RunningServer } from '../server';
import path from 'node:path';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('GET /api/health on a real server with a fresh data directory', () => {
  it('seeds the embedded database on first use and reports engine, version and the seeded counts', async () => {
    const seeds = readSeeds(path.join(repoRoot, 'cypher'));
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      engine: 'kuzu',
      version: '0.11.3',
      nodes: seeds.graph.nodes.length,
      edges: seeds.graph.edges.length,
    });
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
      await seedKuzu(loadConfig({ LANDSCAPE_DATA_DIR: own.dataDir, LANDSCAPE_CYPHER_DIR: cypherDir }), { force: true });
      const after = (await (await fetch(`${own.url}/api/health`)).json()) as { nodes: number };
      expect(after.nodes).toBe(before.nodes + 1);
      const res = await own.cypher({ query: "MATCH (t:Technology {id: 'reseed-probe'}) RETURN t.name_zh AS zh" });
      expect(res.json()).toMatchObject({ rows: [{ zh: '探針' }] });
    } finally {
      await own.stop();
    }
  });
});
