// Merging what an expansion fetched into the loaded view.
import { describe, expect, it } from 'vitest';
import { mergeDocs } from '../../../app/explorer/filter';
import type { GraphDocument } from '../../../graph/model';

const node = (id: string, name = id) => ({ id, labels: ['Provider'], properties: { id, name_en: name } });
const edge = (id: string, source: string, target: string) => ({ id, type: 'OFFERS', source, target, properties: {} });

describe('merging fetched nodes and relationships into a view', () => {
  it('adds what is new once, and keeps the loaded copy of what is already there', () => {
    const a: GraphDocument = { nodes: [node('x', 'loaded')], edges: [] };
    const b: GraphDocument = { nodes: [node('x', 'fetched'), node('y'), node('y')], edges: [edge('e1', 'x', 'y'), edge('e1', 'x', 'y')] };
    const merged = mergeDocs(a, b);
    expect(merged.nodes.map((n) => [n.id, n.properties.name_en])).toEqual([['x', 'loaded'], ['y', 'y']]);
    expect(merged.edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('gives back the same document when nothing is added', () => {
    const a: GraphDocument = { nodes: [node('x')], edges: [] };
    expect(mergeDocs(a, { nodes: [], edges: [] })).toBe(a);
  });
});
