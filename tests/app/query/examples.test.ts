// Every example of the workbench's gallery runs through the same path as
// POST /api/cypher (the read-only gate, parameter checks, the Kuzu worker)
// on the real seeds, and answers what its explanation promises.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples, queryIn } from '../../../app/query/examples';
import { usedParams } from '../../../app/query/params';
import { KuzuQueryPool } from '../../../graph/query/kuzu-pool';
import { kuzuRunner } from '../../../graph/query/kuzu-translate';
import { runAdHoc, type AdHocResult } from '../../../graph/query/service';
import { seedKuzu } from '../../../graph/seed/loader';
import { tempConfig } from '../../helpers';

let pool: KuzuQueryPool;
const results = new Map<string, AdHocResult>();
const inChinese = new Map<string, AdHocResult>();

beforeAll(async () => {
  const config = tempConfig();
  await seedKuzu(config);
  pool = new KuzuQueryPool(config.kuzuPath);
  for (const e of examples) {
    results.set(e.id, await runAdHoc(kuzuRunner((q, p) => pool.run(q, p)), e.query, e.params ?? {}));
    inChinese.set(e.id, await runAdHoc(kuzuRunner((q, p) => pool.run(q, p)), queryIn(e.query, 'zh'), e.params ?? {}));
  }
});
afterAll(() => pool?.close());

const ids = (r: AdHocResult, label: string) => r.graph.nodes.filter((n) => n.labels.includes(label)).map((n) => n.id).sort();

describe('the examples gallery', () => {
  it('has at least eight examples with unique ids and an explanation in English and Chinese', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    for (const e of examples) {
      for (const lang of ['en', 'zh'] as const) {
        expect(e.title[lang].length).toBeGreaterThan(2);
        expect(e.explain[lang].length).toBeGreaterThan(8);
        expect(e.explain[lang]).not.toContain('\n');
      }
      // Every parameter the query uses is given.
      expect(usedParams(e.query).filter((p) => !(p in (e.params ?? {})))).toEqual([]);
    }
  });

  it.each(examples.map((e) => [e.id, e] as const))('%s runs and returns rows (and a graph when it says so)', (_id, e) => {
    const r = results.get(e.id)!;
    expect(r.summary.rowCount).toBeGreaterThan(0);
    expect(r.summary.truncated).toBe(false);
    if (e.graph) expect(r.graph.nodes.length).toBeGreaterThan(0);
    // Read in Chinese, the same rows.
    expect(inChinese.get(e.id)!.summary.rowCount).toBe(r.summary.rowCount);
  });

  it('answers the analysts’ questions', () => {
    const independent = results.get('independent-shares')!;
    expect([...new Set(independent.rows.map((r) => r.provider))].sort()).toEqual(['Competitor D', 'Competitor E', 'the Group']);
    const both = results.get('rankings-2023')!;
    expect(both.rows).toHaveLength(10);
    expect(both.rows.find((r) => r.provider === 'the Group' && r.market_rank === 3)).toMatchObject({ revenue_rmb_bn: 1.33, share_pct: 5.8 });
    expect(both.rows.find((r) => r.provider === 'the Group' && r.market_rank === 2)).toMatchObject({ revenue_rmb_bn: 0.28, share_pct: 14.1 });
    const inBoth = results.get('both-rankings')!;
    expect(inBoth.rows.map((r) => [r.provider, r.independent])).toEqual([
      ['Competitor A', false],
      ['Competitor B', false],
      ['the Group', true],
      ['Competitor C', false],
    ]);
    const chain = results.get('value-chain')!;
    expect(chain.rows.map((r) => r.links)).toEqual([1, 2, 3]);
    expect(ids(chain, 'ValueChainRole')).toEqual(['cloud-infrastructure-provider', 'end-user', 'paas-provider', 'saas-provider']);
    const barriers = results.get('apaas-barriers')!;
    expect(barriers.rows).toHaveLength(4);
    expect(barriers.rows.every((r) => typeof r.barrier === 'string' && /barrier/i.test(r.barrier as string))).toBe(true);
    const sizes = results.get('market-sizes')!;
    expect(sizes.rows.find((r) => r.market === 'China audio/video cloud services market')).toMatchObject({
      size_2023_rmb_bn: 91.5,
      size_2028e_estimate_rmb_bn: 240.5,
      cagr_2023_2028e_pct: 21.3,
    });
    const timeline = results.get('apaas-timeline')!;
    expect(timeline.rows.map((r) => r.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(timeline.rows.map((r) => r.year)).toEqual([...timeline.rows.map((r) => r.year as number)].sort());
    expect(timeline.graph.edges.filter((e) => e.type === 'FOLLOWED_BY')).toHaveLength(6);
    expect(results.get('price-facts')!.rows.length).toBeGreaterThanOrEqual(18);
    expect(results.get('factors-per-market')!.rows).toHaveLength(22);
  });
});
