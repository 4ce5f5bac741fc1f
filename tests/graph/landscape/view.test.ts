import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
