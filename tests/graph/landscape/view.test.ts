import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLandscape } from '../../../graph/generate/landscape';
import { Landscape } from '../../../graph/landscape/view';
import { readSeeds } from '../../../graph/seed/files';
import { repoRoot } from '../../helpers';

const landscape = new Landscape(readSeeds(path.join(repoRoot, 'cypher')).graph);
const providers = (doc: { nodes: { id: string; labels: string[] }[] }) =>
  doc.nodes.filter((n) => n.labels[0] === 'Provider').map((n) => n.id).sort();

describe('filtering the landscape', () => {
  it('keeps only independent providers, and everything that is not a provider', () => {
    const doc = landscape.filter({ independent: true });
    expect(providers(doc)).toEqual(['competitor-d', 'competitor-e', 'the-group']);
    expect(doc.nodes.length).toBe(landscape.doc.nodes.length - 3);
  });

  it('keeps only non-independent providers', () => {
    expect(providers(landscape.filter({ independent: false }))).toEqual(['competitor-a', 'competitor-b', 'competitor-c']);
  });

  it('narrows to a segment, its parts and their neighbours; combines with independence', () => {
    const doc = landscape.filter({ segment: 'av-apaas', independent: true });
    expect(providers(doc)).toEqual(['competitor-e', 'the-group']);
    expect(doc.nodes.some((n) => n.id === 'apaas-barrier-technology')).toBe(true);
    expect(doc.edges.every((e) => doc.nodes.some((n) => n.id === e.source) && doc.nodes.some((n) => n.id === e.target))).toBe(true);
  });

  it('narrows to a layer and its sub-layers', () => {
    const ids = landscape.filter({ layer: 'apaas' }).nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['apaas', 'apaas-low-code', 'apaas-zero-code', 'av-apaas']));
  });
});

describe('search', () => {
  it.each([
    ['APaaS', 'apaas'],
    ['本集團', 'the-group'],
    ['競爭對手', 'competitor-a'],
    ['CDN', 'av-cdn'],
    ['the group', 'the-group'],
    ['Competiter', 'competitor-a'],
  ])('finds %s', (q, id) => {
    expect(landscape.search(q).map((h) => h.id)).toContain(id);
  });

  it('ranks an exact name first', () => {
    expect(landscape.search('APaaS')[0]?.id).toBe('apaas');
  });
});

describe('neighbours', () => {
  it('pages by limit and says how many there are', () => {
    const all = landscape.neighbours('av-paas', 1000);
    const page = landscape.neighbours('av-paas', 3);
    expect(page.edges).toHaveLength(3);
    expect(page.total).toBe(all.edges.length);
    expect(page.truncated).toBe(true);
  });

  it('walks every relationship of a hub once, in chunks, most connected neighbours first', () => {
    const hub = big.doc.nodes.reduce((a, b) => (big.degree(b.id) > big.degree(a.id) ? b : a));
    const seen: string[] = [];
    let page;
    do {
      page = big.neighbours(hub.id, 50, seen.length);
      seen.push(...page.edges.map((e) => e.id));
    } while (page.truncated);
    expect(seen.length).toBe(big.degree(hub.id));
    expect(new Set(seen).size).toBe(seen.length);
    const first = big.neighbours(hub.id, 50);
    const degrees = first.edges.map((e) => big.degree(e.source === hub.id ? e.target : e.source));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });
});

const big = new Landscape(generateLandscape({ providers: 500, seed: 3 }));

describe('capping a view at a number of elements', () => {
  it('gives a view that fits whole, untouched and not truncated', () => {
    const view = landscape.view({}, 10_000);
    expect(view.truncated).toBe(false);
    expect(view.nodes).toHaveLength(landscape.doc.nodes.length);
    expect(view.total).toEqual({ nodes: landscape.doc.nodes.length, edges: landscape.doc.edges.length });
  });

  it('keeps at most max elements, says how many there are, and keeps only relationships between kept nodes', () => {
    const view = big.view({}, 1_000);
    expect(view.truncated).toBe(true);
    expect(view.nodes.length + view.edges.length).toBeLessThanOrEqual(1_000);
    expect(view.nodes.length + view.edges.length).toBeGreaterThan(900);
    expect(view.total).toEqual({ nodes: big.doc.nodes.length, edges: big.doc.edges.length });
    const ids = new Set(view.nodes.map((n) => n.id));
    expect(view.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('shows the most connected nodes first, and a bigger cap shows a superset', () => {
    const small = big.view({}, 500);
    const larger = big.view({}, 2_000);
    const minKept = Math.min(...small.nodes.map((n) => big.degree(n.id)));
    const kept = new Set(small.nodes.map((n) => n.id));
    const maxLeft = Math.max(...big.doc.nodes.filter((n) => !kept.has(n.id)).map((n) => big.degree(n.id)));
    expect(minKept).toBeGreaterThanOrEqual(maxLeft);
    const largerIds = new Set(larger.nodes.map((n) => n.id));
    expect(small.nodes.every((n) => largerIds.has(n.id))).toBe(true);
    const largerEdges = new Set(larger.edges.map((e) => e.id));
    expect(small.edges.every((e) => largerEdges.has(e.id))).toBe(true);
  });

  it('caps after filtering: totals are those of the filtered view', () => {
    const filtered = big.filter({ independent: true });
    const view = big.view({ independent: true }, 300);
    expect(view.total).toEqual({ nodes: filtered.nodes.length, edges: filtered.edges.length });
    expect(view.nodes.every((n) => n.labels[0] !== 'Provider' || n.properties.independent === true)).toBe(true);
  });
});
