import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../../graph/seed/files';
import { repoRoot } from '../../helpers';
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
