import { describe, expect, it } from 'vitest';
import { validateEdge, validateNode } from '../../../graph/model';

const node = (labels: string[], properties: Record<string, unknown>) => ({ id: String(properties.id), labels, properties });

describe('validation of elements read back from a database', () => {
  it('accepts a provider with the required names and classification, ignoring unset (null) columns', () => {
    expect(validateNode(node(['Provider'], { id: 'the-group', name_en: 'the Group', name_zh: '本集團', independent: true, founded: null }))).toEqual([]);
  });

  it('rejects a factor whose kind is not driver, barrier, trend or challenge', () => {
    const issues = validateNode(node(['Factor'], { id: 'f', name_en: 'F', name_zh: '因素', kind: 'rumour' }));
    expect(issues.join()).toMatch(/kind/);
  });

  it('rejects a figure that has no sourceSection, on nodes and on relationships', () => {
    expect(validateNode(node(['Segment'], { id: 's', name_en: 'S', name_zh: '市場', level: 'market', size_2023: 1.5 }))).toEqual([
      'carries figures (size_2023) but has no sourceSection',
    ]);
    const edge = { id: 'e', type: 'PART_OF', source: 'a', target: 'b', properties: { share_2023: 17.8 } };
    expect(validateEdge(edge, () => 'Segment')).toEqual(['carries figures (share_2023) but has no sourceSection']);
  });

  it('rejects a relationship between labels the model does not pair', () => {
    const edge = { id: 'e', type: 'RANKED_IN', source: 'a', target: 'b', properties: {} };
    expect(validateEdge(edge, () => 'Layer')[0]).toBe('RANKED_IN may not connect Layer to Layer');
  });

  it('rejects ids that are not lower-case words joined by hyphens', () => {
    expect(validateNode(node(['Layer'], { id: 'Bad Id', name_en: 'L', name_zh: '層', abbr: 'L' })).join()).toMatch(/ids are lower-case/);
  });
});
