// Centrality of a view: the numbers graphology's metrics give, on graphs whose answers are known.
import { describe, expect, it } from 'vitest';
import { centrality, ranked, type CentralityInput } from '../../../../app/components/canvas/centrality';
import { toElements } from '../../../../app/components/canvas/elements';
import type { GraphDocument } from '../../../../graph/model';

// A star: the hub links four leaves; a fifth leaf hangs off leaf a.
const star: Omit<CentralityInput, 'metric'> = {
  nodes: ['hub', 'a', 'b', 'c', 'd', 'e'],
  edges: [
    ['hub', 'a'],
    ['hub', 'b'],
    ['hub', 'c'],
    ['hub', 'd'],
    ['a', 'e'],
  ],
};

describe('centrality of the visible graph', () => {
  it('counts relationships for degree, ignoring ones to nodes out of view', () => {
    const d = centrality({ ...star, metric: 'degree', edges: [...star.edges, ['hub', 'not-shown']] });
    expect(Object.fromEntries(d)).toEqual({ hub: 4, a: 2, b: 1, c: 1, d: 1, e: 1 });
  });

  it('puts the broker first by betweenness: the hub lies on the paths between all others, a on those to e', () => {
    const b = centrality({ ...star, metric: 'betweenness' });
    expect(ranked(b, 2).map(([id]) => id)).toEqual(['hub', 'a']);
    expect(b.get('b')).toBe(0);
    // Normalised: hub is on 9 of the 10 pairs' shortest paths among the other five.
    expect(b.get('hub')).toBeCloseTo(9 / 10, 6);
  });

  it('answers an empty view (before the graph has loaded) with no scores, for every metric', () => {
    for (const metric of ['degree', 'betweenness', 'pagerank'] as const) expect(centrality({ nodes: [], edges: [], metric }).size).toBe(0);
  });

  it('gives PageRank scores summing to 1, following the relationships’ direction', () => {
    const p = centrality({ nodes: ['x', 'y', 'z'], edges: [['x', 'z'], ['y', 'z']], metric: 'pagerank' });
    expect([...p.values()].reduce((a, v) => a + v, 0)).toBeCloseTo(1, 6);
    expect(ranked(p, 1)[0]![0]).toBe('z');
  });

  it('sizes every node by its score when the sizing is by a metric, the most central largest', () => {
    const doc: GraphDocument = {
      nodes: star.nodes.map((id) => ({ id, labels: ['Segment'], properties: { id, name_en: id, name_zh: id } })),
      edges: star.edges.map(([s, t]) => ({ id: `PART_OF:${s}->${t}`, type: 'PART_OF', source: s, target: t, properties: {} })),
    };
    const scores = centrality({ ...star, metric: 'degree' });
    const sizes = Object.fromEntries(toElements(doc, 'en', { by: 'degree', market: 'av-paas' }, scores).filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.size]));
    expect(sizes.hub).toBeGreaterThan(sizes.a);
    expect(sizes.a).toBeGreaterThan(sizes.b);
    expect(sizes.b).toBe(sizes.c);
  });
});
