import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditGraph } from '../../../graph/audit/checks';
import { readSeeds } from '../../../graph/seed/files';
import type { GraphDocument } from '../../../graph/model';
import { repoRoot } from '../../helpers';

const landscape = readSeeds(path.join(repoRoot, 'cypher')).graph;

function doc(share: number): GraphDocument {
  const seg = (id: string, size: number) => ({ id, labels: ['Segment'], properties: { id, name_en: id, size_2023: size, sourceSection: 'S' } });
  return {
    nodes: [seg('whole', 22.9), seg('part-a', 16.4), seg('part-b', 6.5)],
    edges: [
      { id: 'a', type: 'PART_OF', source: 'part-a', target: 'whole', properties: { share_2023: share, sourceSection: 'S' } },
      { id: 'b', type: 'PART_OF', source: 'part-b', target: 'whole', properties: { share_2023: 100 - share, sourceSection: 'S' } },
    ],
  };
}

describe('the consistency audit', () => {
  it('passes a share that equals size ÷ size within rounding', () => {
    const checks = auditGraph(doc(71.6));
    expect(checks.find((c) => c.check === 'part-a: share of whole 2023 = size ÷ size')).toMatchObject({ pass: true });
    expect(checks.find((c) => c.check === 'part-a + part-b = whole size 2023')).toMatchObject({ pass: true, stated: 22.9 });
  });

  it('flags a share that rounding cannot explain, with the difference and both sources', () => {
    const check = auditGraph(doc(75.0)).find((c) => c.check === 'part-a: share of whole 2023 = size ÷ size')!;
    expect(check.pass).toBe(false);
    expect(check.difference).toBeCloseTo(71.6 - 75.0, 0);
    expect(check.statedAt).toBe('a.share_2023 (S)');
    expect(check.computedFrom).toBe('part-a.size_2023 (S) ÷ whole.size_2023 (S)');
  });

  it('confirms the top-5 totals and every share of both 2023 rankings of the document', () => {
    const checks = auditGraph(landscape);
    const ranking = checks.filter((c) => /top-5|revenue ÷ market total|market total =/.test(c.check));
    expect(ranking.length).toBe(2 * 2 + 10 + 2);
    expect(ranking.filter((c) => !c.pass)).toEqual([]);
  });

  it('recomputes the CAGRs of the markets from their 2023 and 2028E sizes', () => {
    const cagrs = auditGraph(landscape).filter((c) => c.check.includes('CAGR 2023–2028E'));
    expect(cagrs.map((c) => c.check)).toEqual(expect.arrayContaining([expect.stringMatching(/APaaS/), expect.stringMatching(/CDN/)]));
    expect(cagrs.filter((c) => !c.pass)).toEqual([]);
  });

  it("flags the document's own inconsistency: PaaS is 24.9% of 91.5 bn in the text, but 22.9 ÷ 91.5 is 25.0%", () => {
    const flagged = auditGraph(landscape).filter((c) => !c.pass);
    expect(flagged).toEqual([expect.objectContaining({ stated: 24.9, computed: expect.closeTo(25.03, 1) })]);
  });
});
