// The document's figures as the store gives them, on every engine: both 2023
// rankings, market sizes and shares, and the consistency audit — 30 checks
// with the same verdicts, of which the one flag is the document's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditGraph, type AuditCheck } from '../../../../graph/audit/checks';
import { marketFigures, marketShares } from '../../../../graph/landscape/markets';
import { rankings } from '../../../../graph/landscape/rankings';
import type { GraphStore } from '../../../../graph/stores/types';
import { testEngines } from '../../../engines';
import { engineFixture } from './engine';
import { expectedDocument } from './expected';

const row = (providerId: string, name_en: string, name_zh: string, independent: boolean, rank: number, revenue: number, share: number) => ({
  providerId,
  name_en,
  name_zh,
  independent,
  rank,
  revenue,
  share,
  sourceSection: '競爭格局',
});

/** The two rankings of the section 競爭格局, as a reader of the document finds them. */
const paasRanking = {
  id: 'ranking-av-paas-2023',
  segmentId: 'av-paas',
  year: 2023,
  top5_revenue: 8.99,
  top5_share: 39.2,
  market_total: 22.9,
  sourceSection: '競爭格局',
  rows: [
    row('competitor-a', 'Competitor A', '競爭對手A', false, 1, 3.89, 17),
    row('competitor-b', 'Competitor B', '競爭對手B', false, 2, 1.47, 6.4),
    row('the-group', 'the Group', '本集團', true, 3, 1.33, 5.8),
    row('competitor-c', 'Competitor C', '競爭對手C', false, 4, 1.31, 5.7),
    row('competitor-d', 'Competitor D', '競爭對手D', true, 5, 0.99, 4.3),
  ],
};
const apaasRanking = {
  id: 'ranking-av-apaas-2023',
  segmentId: 'av-apaas',
  year: 2023,
  top5_revenue: 0.96,
  top5_share: 48.1,
  market_total: 2,
  sourceSection: '競爭格局',
  rows: [
    row('competitor-b', 'Competitor B', '競爭對手B', false, 1, 0.33, 16.6),
    row('the-group', 'the Group', '本集團', true, 2, 0.28, 14.1),
    row('competitor-a', 'Competitor A', '競爭對手A', false, 3, 0.19, 9.5),
    row('competitor-c', 'Competitor C', '競爭對手C', false, 4, 0.1, 4.9),
    row('competitor-e', 'Competitor E', '競爭對手E', true, 5, 0.06, 3),
  ],
};

/** What a verdict is, without the wording of the sources. */
const verdicts = (checks: AuditCheck[]) => checks.map((c) => ({ check: c.check, pass: c.pass, stated: c.stated, computed: c.computed }));

describe.each(testEngines())('the figures on %s', (engine) => {
  const fx = engineFixture(engine);
  let store: GraphStore;
  beforeAll(async () => {
    await fx.seed();
    store = await fx.open();
  });
  afterAll(() => store?.close());

  describe('rankings', () => {
    it('ranks the PaaS market first (the larger, RMB 22.9 bn) and then APaaS, with every rank, revenue and share', async () => {
      const found = await rankings(store);
      expect(found).toMatchObject([paasRanking, apaasRanking]);
      expect(found[0]!.name_en).toBe('Top five providers in the China audio/video PaaS market by revenue, 2023');
      expect(found[1]!.name_zh).toBe('2023年中國音視頻APaaS市場排名');
    });

    it('gives only the largest markets\' rankings when asked for fewer', async () => {
      expect((await rankings(store, 1)).map((r) => r.id)).toEqual(['ranking-av-paas-2023']);
    });

    it('finds who is in the top three of both markets: Competitors A and B, and the Group (third in PaaS, second in APaaS)', async () => {
      const found = await store.query(
        'MATCH (p:Provider)-[a:RANKED_IN]->(:Segment {id: $paas}) MATCH (p)-[b:RANKED_IN]->(:Segment {id: $apaas}) WHERE a.rank <= 3 AND b.rank <= 3 RETURN p.name_en AS name, a.rank AS paas, b.rank AS apaas ORDER BY name',
        { paas: 'av-paas', apaas: 'av-apaas' },
      );
      expect(found.rows).toEqual([
        { name: 'Competitor A', paas: 1, apaas: 3 },
        { name: 'Competitor B', paas: 2, apaas: 1 },
        { name: 'the Group', paas: 3, apaas: 2 },
      ]);
    });
  });

  describe('markets', () => {
    it('gives the market sizes and CAGRs the text states, and nothing it does not', async () => {
      const sizes = await marketFigures(store);
      expect(sizes).toHaveLength(10);
      const of = (id: string) => sizes.find((m) => m.id === id);
      expect(of('av-cloud')).toMatchObject({ size_2023: 91.5, size_2028e: 240.5, cagr_2023_2028e: 21.3, unit: 'RMB bn', sourceSection: '中國音視頻雲服務市場規模' });
      expect(of('av-apaas')).toMatchObject({ size_2023: 2, size_2028e: 14.4, cagr_2023_2028e: 48.6, penetration_2023: 5.2, penetration_2028e: 12.1 });
      expect(of('av-paas')).toMatchObject({ size_2023: 22.9, size_2028e: null, cagr_2023_2028e: null });
    });

    it('gives the shares of parent markets: audio/video is 17.8% of cloud, PaaS 24.9% of audio/video cloud', async () => {
      const shares = await marketShares(store);
      expect(shares.map((s) => [s.partId, s.wholeId, s.share_2023, s.share_2028e])).toEqual([
        ['av-paas', 'av-cloud', 24.9, 32.3],
        ['av-private-paas', 'av-paas', 28.4, null],
        ['av-public-paas', 'av-paas', 71.6, null],
        ['av-cloud', 'cloud-market', 17.8, 19],
      ]);
    });
  });

  describe('the consistency audit', () => {
    it('runs 30 checks on the stored graph with the verdicts the seed files give', async () => {
      const checks = auditGraph(await store.exportGraph());
      expect(checks).toHaveLength(30);
      expect(checks.filter((c) => c.pass)).toHaveLength(29);
      expect(verdicts(checks)).toEqual(verdicts(auditGraph(expectedDocument)));
    });

    it("flags one check only, the document's own: PaaS is said to be 24.9% of the market, but 22.9 ÷ 91.5 is 25.0%", async () => {
      const flagged = auditGraph(await store.exportGraph()).filter((c) => !c.pass);
      expect(flagged).toEqual([
        {
          check: 'China audio/video PaaS market: share of China audio/video cloud services market 2023 = size ÷ size',
          stated: 24.9,
          computed: 25.027,
          difference: 0.127,
          pass: false,
          statedAt: 'PART_OF:av-paas->av-cloud.share_2023 (中國音視頻雲服務市場規模)',
          computedFrom: 'av-paas.size_2023 (競爭格局) ÷ av-cloud.size_2023 (中國音視頻雲服務市場規模)',
        },
      ]);
    });

    it('prints the same 30 checks with npm run audit -- --json', async () => {
      const res = await fx.npm(['audit', '--', '--json']);
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      const checks = JSON.parse(res.stdout) as AuditCheck[];
      expect(checks).toEqual(auditGraph(expectedDocument));
      expect(checks.map((c) => c.pass).filter((p) => !p)).toHaveLength(1);
    });
  });
});
