import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
type Doc = { nodes: { id: string; labels: string[] }[]; edges: unknown[] };

describe('GET /api/graph', () => {
  it('returns the whole landscape in the export format', async () => {
    const { status, body } = await get('/api/graph');
    expect(status).toBe(200);
    expect((body as unknown as Doc).nodes).toHaveLength(119);
    expect((body as unknown as Doc).edges).toHaveLength(230);
    expect(body).toMatchObject({ total: { nodes: 119, edges: 230 }, truncated: false });
  });

  it('caps the view at max elements, most connected first, and says how many there are', async () => {
    const { status, body } = await get('/api/graph?max=60');
    expect(status).toBe(200);
    const doc = body as unknown as Doc;
    expect(doc.nodes.length + doc.edges.length).toBeLessThanOrEqual(60);
    expect(body).toMatchObject({ total: { nodes: 119, edges: 230 }, truncated: true });
    // The AV PaaS market is one of this landscape's hubs.
    expect(doc.nodes.map((n) => n.id)).toContain('av-paas');
  });

  it('refuses a max that is not a whole number in range', async () => {
    expect(await get('/api/graph?max=0')).toEqual({ status: 400, body: { error: { code: 'BAD_REQUEST', message: 'max: max must be at least 1' } } });
    expect((await get('/api/graph?max=100001')).status).toBe(400);
    expect((await get('/api/graph?max=lots')).status).toBe(400);
  });

  it('filters providers by independence, segment and text, combined', async () => {
    const { body } = await get('/api/graph?independent=false&segment=av-apaas');
    const providers = (body as unknown as Doc).nodes.filter((n) => n.labels[0] === 'Provider').map((n) => n.id).sort();
    expect(providers).toEqual(['competitor-a', 'competitor-b', 'competitor-c']);
    const q = (await get('/api/graph?q=CDN')).body as unknown as Doc;
    expect(q.nodes.map((n) => n.id)).toContain('av-cdn');
  });

  it('refuses a bad filter with 400', async () => {
    expect(await get('/api/graph?independent=maybe')).toEqual({ status: 400, body: { error: { code: 'BAD_REQUEST', message: 'independent: independent must be true or false' } } });
  });
});

describe('GET /api/nodes/:id', () => {
  it('gives properties, provenance and neighbours', async () => {
    const { status, body } = await get('/api/nodes/competitor-a');
    expect(status).toBe(200);
    expect(body.node).toMatchObject({ id: 'competitor-a', properties: { name_zh: '競爭對手A', independent: false } });
    const neighbours = body.neighbours as { edge: { type: string; properties: Record<string, unknown> }; node: { id: string } }[];
    expect(neighbours.find((n) => n.node.id === 'av-paas' && n.edge.type === 'RANKED_IN')?.edge.properties).toMatchObject({ revenue: 3.89, share: 17, sourceSection: '競爭格局' });
  });

  it('answers 404 for an unknown id', async () => {
    expect(await get('/api/nodes/nobody')).toEqual({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'no node with id "nobody"' } } });
  });

  it('pages neighbours with limit', async () => {
    const { body } = await get('/api/nodes/av-paas/neighbors?limit=2');
    expect(body).toMatchObject({ truncated: true });
    expect(body.edges as unknown[]).toHaveLength(2);
    expect((await get('/api/nodes/av-paas/neighbors?limit=0')).status).toBe(400);
  });

  it('pages on with offset until no relationship is left', async () => {
    const ids: string[] = [];
    for (let offset = 0, more = true; more; offset += 5) {
      const { status, body } = await get(`/api/nodes/av-paas/neighbors?limit=5&offset=${offset}`);
      expect(status).toBe(200);
      ids.push(...(body.edges as { id: string }[]).map((e) => e.id));
      more = body.truncated as boolean;
    }
    const whole = (await get('/api/nodes/av-paas/neighbors?limit=1000')).body;
    expect(ids.sort()).toEqual((whole.edges as { id: string }[]).map((e) => e.id).sort());
    expect((await get('/api/nodes/av-paas/neighbors?offset=-1')).status).toBe(400);
  });
});

describe('GET /api/search', () => {
  it('finds names in English and Chinese', async () => {
    const hits = async (q: string) => ((await get(`/api/search?q=${encodeURIComponent(q)}`)).body.hits as { id: string }[]).map((h) => h.id);
    expect((await hits('本集團'))[0]).toBe('the-group');
    expect(await hits('競爭對手')).toEqual(expect.arrayContaining(['competitor-a', 'competitor-e']));
    expect((await hits('APaaS'))[0]).toBe('apaas');
  });

  it('needs q', async () => {
    expect((await get('/api/search')).status).toBe(400);
  });
});

describe('GET /api/schema', () => {
  it('lists labels, relationship types and properties with types and counts', async () => {
    const { body } = await get('/api/schema');
    const labels = body.labels as { name: string; count: number; properties: { name: string; type: string }[] }[];
    expect(labels.find((l) => l.name === 'Provider')).toMatchObject({ count: 6 });
    expect(labels.find((l) => l.name === 'Provider')?.properties).toContainEqual({ name: 'independent', type: 'BOOLEAN' });
    const rels = body.relationshipTypes as { name: string; count: number; pairs: string[][] }[];
    expect(rels.find((r) => r.name === 'RANKED_IN')).toMatchObject({ count: 10, pairs: [['Provider', 'Segment']] });
  });
});

describe('GET /api/paths', () => {
  it('answers the shortest path between two nodes with the nodes and relationships on it', async () => {
    const { status, body } = await get('/api/paths?from=competitor-d&to=end-user');
    expect(status).toBe(200);
    expect(body.paths).toEqual([{ nodes: ['competitor-d', 'paas-provider', 'end-user'], edges: ['PLAYS_ROLE:competitor-d->paas-provider', 'SUPPLIES:paas-provider->end-user'] }]);
    expect((body.nodes as { id: string }[]).map((n) => n.id)).toEqual(['competitor-d', 'end-user', 'paas-provider']);
    expect(body.truncated).toBe(false);
  });

  it('lists every path up to k hops with mode=all', async () => {
    const { body } = await get('/api/paths?from=competitor-d&to=end-user&mode=all&k=3');
    expect((body.paths as { edges: string[] }[]).map((p) => p.edges.length)).toEqual([2, 3, 3, 3]);
  });

  it('says which node is missing (404) and what is wrong with a bad k or mode (400)', async () => {
    const missing = await get('/api/paths?from=the-group&to=nowhere');
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'no node with id "nowhere"' } } });
    expect((await get('/api/paths?from=the-group&to=end-user&mode=all&k=9')).body).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    expect((await get('/api/paths?from=the-group&to=end-user&mode=every')).status).toBe(400);
    expect((await get('/api/paths?to=end-user')).status).toBe(400);
  });
});
