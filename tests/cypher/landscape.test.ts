// The landscape as an analyst queries it, on real Kuzu: the facts of the
// document that the product exists to show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedKuzu } from '../../graph/seed/loader';
import { LadybugStore } from '../../graph/stores/ladybug';
import { tempConfig } from '../helpers';
import { documentHeadings, fingerprinted, index } from './document';
import { hanCount } from './document-index';

let store: LadybugStore;
beforeAll(async () => {
  const config = tempConfig();
  await seedKuzu(config);
  store = new LadybugStore(config.kuzuPath);
});
afterAll(() => store?.close());

const rows = async (q: string, params?: Record<string, unknown>) => (await store.query(q, params)).rows;

describe('providers', () => {
  it('are the Group and Competitors A–E, named exactly as the document names them', async () => {
    expect(await rows('MATCH (p:Provider) RETURN p.name_en AS en, p.name_zh AS zh ORDER BY p.id')).toEqual([
      { en: 'Competitor A', zh: '競爭對手A' },
      { en: 'Competitor B', zh: '競爭對手B' },
      { en: 'Competitor C', zh: '競爭對手C' },
      { en: 'Competitor D', zh: '競爭對手D' },
      { en: 'Competitor E', zh: '競爭對手E' },
      { en: 'the Group', zh: '本集團' },
    ]);
  });

  it('are independent exactly where the rankings tick them: the Group, D and E', async () => {
    expect(await rows('MATCH (p:Provider {independent: $i}) RETURN p.id AS id ORDER BY id', { i: true })).toEqual([
      { id: 'competitor-d' },
      { id: 'competitor-e' },
      { id: 'the-group' },
    ]);
  });

  it('carry founding, listing and funding facts', async () => {
    expect(await rows("MATCH (p:Provider {id: 'competitor-a'})-[l:LISTED_ON]->(x:Exchange) RETURN p.founded AS founded, x.id AS x, l.year AS year, l.listing AS listing, l.entity AS entity ORDER BY year")).toEqual([
      { founded: 2009, x: 'nyse', year: 2014, listing: 'primary', entity: 'parent' },
      { founded: 2009, x: 'hkex', year: 2019, listing: 'secondary', entity: 'parent' },
    ]);
    expect(await rows("MATCH (p:Provider {id: 'competitor-e'}) RETURN p.founded AS f, p.funding_round AS r, p.funding_year AS y, p.funding_rmb_m AS m")).toEqual([
      { f: 2010, r: 'Series D', y: 2018, m: 230 },
    ]);
  });
});

describe('the 2023 rankings', () => {
  const ranking = (segment: string) =>
    rows(
      'MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment {id: $s}) RETURN r.rank AS rank, p.name_en AS name, r.revenue AS revenue, r.share AS share ORDER BY rank',
      { s: segment },
    );

  it('rank audio/video PaaS as the document\'s table does', async () => {
    expect(await ranking('av-paas')).toEqual([
      { rank: 1, name: 'Competitor A', revenue: 3.89, share: 17.0 },
      { rank: 2, name: 'Competitor B', revenue: 1.47, share: 6.4 },
      { rank: 3, name: 'the Group', revenue: 1.33, share: 5.8 },
      { rank: 4, name: 'Competitor C', revenue: 1.31, share: 5.7 },
      { rank: 5, name: 'Competitor D', revenue: 0.99, share: 4.3 },
    ]);
  });

  it('rank audio/video APaaS as the document\'s table does', async () => {
    expect(await ranking('av-apaas')).toEqual([
      { rank: 1, name: 'Competitor B', revenue: 0.33, share: 16.6 },
      { rank: 2, name: 'the Group', revenue: 0.28, share: 14.1 },
      { rank: 3, name: 'Competitor A', revenue: 0.19, share: 9.5 },
      { rank: 4, name: 'Competitor C', revenue: 0.1, share: 4.9 },
      { rank: 5, name: 'Competitor E', revenue: 0.06, share: 3.0 },
    ]);
  });

  it('hold the top-5 totals and market totals', async () => {
    expect(await rows('MATCH (k:Ranking)-[:RANKS]->(s:Segment) RETURN s.id AS seg, k.top5_revenue AS rev, k.top5_share AS share, k.market_total AS total ORDER BY seg')).toEqual([
      { seg: 'av-apaas', rev: 0.96, share: 48.1, total: 2.0 },
      { seg: 'av-paas', rev: 8.99, share: 39.2, total: 22.9 },
    ]);
  });
});

describe('markets', () => {
  const sizes = (id: string) =>
    rows('MATCH (s:Segment {id: $id}) RETURN s.size_2023 AS y2023, s.size_2028e AS y2028e, s.cagr_2023_2028e AS cagr', { id });

  it('size audio/video cloud services, APaaS, CDN, storage and server hardware for 2023 and 2028E with CAGRs', async () => {
    expect(await sizes('av-cloud')).toEqual([{ y2023: 91.5, y2028e: 240.5, cagr: 21.3 }]);
    expect(await sizes('av-apaas')).toEqual([{ y2023: 2.0, y2028e: 14.4, cagr: 48.6 }]);
    expect(await sizes('av-cdn')).toEqual([{ y2023: 9.7, y2028e: 23.8, cagr: 19.8 }]);
    expect(await sizes('av-object-storage')).toEqual([{ y2023: 5.8, y2028e: 20.0, cagr: 28.2 }]);
    expect(await sizes('av-server-hardware')).toEqual([{ y2023: 3.2, y2028e: 9.3, cagr: 24.0 }]);
    expect(await sizes('cloud-market')).toEqual([{ y2023: 513.7, y2028e: 1268.8, cagr: null }]);
  });

  it('give shares of the parent market on PART_OF and APaaS penetration', async () => {
    expect(await rows("MATCH (c:Segment)-[p:PART_OF]->(:Segment {id: 'av-cloud'}) WHERE c.id = 'av-paas' RETURN p.share_2023 AS a, p.share_2028e AS b")).toEqual([{ a: 24.9, b: 32.3 }]);
    expect(await rows("MATCH (c:Segment)-[p:PART_OF]->(:Segment {id: 'cloud-market'}) WHERE c.id = 'av-cloud' RETURN p.share_2023 AS a, p.share_2028e AS b")).toEqual([{ a: 17.8, b: 19.0 }]);
    expect(await rows("MATCH (s:Segment {id: 'av-apaas'}) RETURN s.penetration_2023 AS a, s.penetration_2028e AS b")).toEqual([{ a: 5.2, b: 12.1 }]);
    expect(await rows("MATCH (c:Segment)-[p:PART_OF]->(:Segment {id: 'av-paas'}) WHERE p.share_2023 IS NOT NULL RETURN c.size_2023 AS size, p.share_2023 AS share ORDER BY size")).toEqual([
      { size: 6.5, share: 28.4 },
      { size: 16.4, share: 71.6 },
    ]);
  });
});

describe('layers and the value chain', () => {
  it('has the SaaS, APaaS (zero-code, low-code), MPaaS and IaaS layers with the comparison table', async () => {
    expect((await rows('MATCH (l:Layer) RETURN l.abbr AS a')).length).toBe(7);
    expect(await rows("MATCH (l:Layer)-[h:HAS_ATTRIBUTE]->(a:LayerAttribute {id: 'layer-attr-maintenance-cost'}) RETURN l.id AS layer, h.value_zh AS v ORDER BY layer")).toEqual([
      { layer: 'apaas-low-code', v: '中' },
      { layer: 'apaas-zero-code', v: '低' },
      { layer: 'mpaas', v: '高' },
      { layer: 'saas', v: '低' },
    ]);
  });

  it('runs from infrastructure to end users, with what flows on each link', async () => {
    expect(await rows('MATCH (r:ValueChainRole) RETURN r.id AS id ORDER BY r.stage')).toEqual([
      { id: 'cloud-infrastructure-provider' },
      { id: 'paas-provider' },
      { id: 'saas-provider' },
      { id: 'end-user' },
    ]);
    expect(await rows('MATCH (a:ValueChainRole)-[s:SUPPLIES]->(b:ValueChainRole) RETURN a.id AS src, b.id AS dst, s.flow AS flow ORDER BY src, dst')).toEqual([
      { src: 'cloud-infrastructure-provider', dst: 'end-user', flow: 'cloud-resources' },
      { src: 'cloud-infrastructure-provider', dst: 'paas-provider', flow: 'cloud-resources' },
      { src: 'paas-provider', dst: 'end-user', flow: 'apaas' },
      { src: 'paas-provider', dst: 'saas-provider', flow: 'api-sdk' },
      { src: 'saas-provider', dst: 'end-user', flow: 'applications' },
    ]);
  });
});

describe('drivers, barriers, trends and challenges', () => {
  it('lists every factor of the PaaS and APaaS sections of the document', async () => {
    expect(await rows('MATCH (f:Factor) RETURN f.sourceSection AS section, f.kind AS kind, count(f) AS n ORDER BY section, kind')).toEqual([
      { section: '中國音視頻APaaS市場的發展趨勢', kind: 'trend', n: 4 },
      { section: '中國音視頻APaaS市場的進入壁壘', kind: 'barrier', n: 4 },
      { section: '中國音視頻APaaS市場驅動因素', kind: 'driver', n: 2 },
      { section: '中國音視頻PaaS市場挑戰', kind: 'challenge', n: 2 },
      { section: '中國音視頻PaaS市場發展趨勢', kind: 'trend', n: 3 },
      { section: '中國音視頻PaaS市場進入壁壘', kind: 'barrier', n: 3 },
      { section: '中國音視頻PaaS市場驅動因素', kind: 'driver', n: 3 },
    ]);
  });

  it('links every factor to the market of its section', async () => {
    const unlinked = await rows(
      "MATCH (f:Factor) OPTIONAL MATCH (f)-[:AFFECTS]->(s:Segment) WITH f, collect(s.id) AS markets WHERE NOT ((f.sourceSection CONTAINS 'APaaS' AND 'av-apaas' IN markets) OR (NOT f.sourceSection CONTAINS 'APaaS' AND 'av-paas' IN markets)) RETURN f.id AS id",
    );
    expect(unlinked).toEqual([]);
  });

  it('names each factor with its subheading in the document', async () => {
    for (const { zh } of await rows('MATCH (f:Factor) RETURN f.name_zh AS zh')) {
      expect(documentHeadings).toContain(zh);
    }
  });
});

describe('the research source and the APaaS history', () => {
  it('records iResearch, its founding year and the fee', async () => {
    expect(await rows("MATCH (s:Source {id: 'iresearch'}) RETURN s.name_zh AS zh, s.founded AS f, s.fee_rmb AS fee")).toEqual([
      { zh: '艾瑞諮詢', f: 2002, fee: 600000 },
    ]);
  });

  it('orders the APaaS milestones from 2019 on', async () => {
    const years = (await rows("MATCH (m:Milestone)-[:MILESTONE_OF]->(:Segment {id: 'av-apaas'}) RETURN m.year AS y ORDER BY y")).map((r) => r.y);
    expect(years[0]).toBe(2019);
    expect(years).toEqual(expect.arrayContaining([2020, 2021, 2022, 2023]));
  });
});

describe('summaries are our own words', () => {
  // Against the index's fingerprints of the text, this catches any copy of 27
  // characters (2 × 14 − 1) from a line of the document, and shorter ones
  // that cover a fingerprinted run; `npm run test:document` looks for every
  // run of 14 in the document itself.
  const k = index.runs.length;
  const copiedRun = (zh: string) => {
    for (let i = 0; i + k <= zh.length; i++) if (fingerprinted(zh.slice(i, i + k))) return zh.slice(i, i + k);
  };

  it(`has English and Chinese summaries on every node, none copying a run of ${2 * k - 1} characters of the document`, async () => {
    const nodes = await rows('MATCH (n) RETURN n.id AS id, n.summary_en AS en, n.summary_zh AS zh');
    const copied: string[] = [];
    for (const n of nodes) {
      expect(n.en, `${n.id} summary_en`).toBeTruthy();
      expect(n.zh, `${n.id} summary_zh`).toBeTruthy();
      const run = copiedRun(String(n.zh));
      if (run) copied.push(`${n.id}: ${run}`);
    }
    expect(copied).toEqual([]);
  });

  it('would notice a summary that copies the document', () => {
    // A heading is a line of its own, so its first run is fingerprinted.
    const long = documentHeadings.find((h) => h.length >= k && hanCount(h.slice(0, k)) >= index.runs.minHan)!;
    expect(copiedRun(`本集團認為${long}。`)).toBe(long.slice(0, k));
    expect(copiedRun('本集團以自己的文字概括該市場的競爭格局及主要參與者。')).toBeUndefined();
  });
});
