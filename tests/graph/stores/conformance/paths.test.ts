// Paths between two nodes as the store gives them, on every engine: the same
// bounded reads, the same shortest path and the same paths up to k hops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphError } from '../../../../graph/errors';
import { pathsUpTo, shortestPath } from '../../../../graph/landscape/paths';
import type { GraphStore } from '../../../../graph/stores/types';
import { testEngines } from '../../../engines';
import { engineFixture } from './engine';

describe.each(testEngines())('paths on %s', (engine) => {
  const fx = engineFixture(engine);
  let store: GraphStore;
  beforeAll(async () => {
    await fx.seed();
    store = await fx.open();
  });
  afterAll(() => store?.close());

  it('finds how Competitor D reaches end users: through its PaaS-provider role, which supplies end users directly', async () => {
    const found = await shortestPath(store.views, 'competitor-d', 'end-user');
    expect(found.paths).toEqual([{ nodes: ['competitor-d', 'paas-provider', 'end-user'], edges: ['PLAYS_ROLE:competitor-d->paas-provider', 'SUPPLIES:paas-provider->end-user'] }]);
    expect(found.nodes.map((n) => n.id)).toEqual(['competitor-d', 'end-user', 'paas-provider']);
    expect(found.edges.map((e) => e.type)).toEqual(['PLAYS_ROLE', 'SUPPLIES']);
    expect(found.truncated).toBe(false);
  });

  it('lists every way up to 3 hops, shortest first, each node once per path', async () => {
    const found = await pathsUpTo(store.views, 'competitor-d', 'end-user', 3);
    // Its role supplies end users directly, or through the SaaS provider (or, against the flow, the infrastructure
    // provider that supplies both); its layer PaaS is where the PaaS-provider role sits.
    expect(found.paths.map((p) => p.nodes.join(' > '))).toEqual([
      'competitor-d > paas-provider > end-user',
      'competitor-d > paas > paas-provider > end-user',
      'competitor-d > paas-provider > cloud-infrastructure-provider > end-user',
      'competitor-d > paas-provider > saas-provider > end-user',
    ]);
    for (const p of found.paths) {
      expect(new Set(p.nodes).size).toBe(p.nodes.length);
      expect(p.edges.length).toBeLessThanOrEqual(3);
      expect(p.nodes.at(-1)).toBe('end-user');
    }
    expect(found.paths.map((p) => p.edges.length)).toEqual([...found.paths.map((p) => p.edges.length)].sort((a, b) => a - b));
  });

  it('answers the same shortest path between two providers that share markets', async () => {
    const found = await shortestPath(store.views, 'the-group', 'competitor-e');
    expect(found.paths[0]!.edges).toHaveLength(2);
    expect(found.paths[0]!.nodes[0]).toBe('the-group');
    expect(found.paths[0]!.nodes[2]).toBe('competitor-e');
  });

  it('says which node does not exist, and refuses a k out of range', async () => {
    await expect(shortestPath(store.views, 'the-group', 'no-such-node')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no node with id "no-such-node"' });
    await expect(pathsUpTo(store.views, 'the-group', 'end-user', 9)).rejects.toBeInstanceOf(GraphError);
  });
});
