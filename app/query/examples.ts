// The examples gallery: the analysts' real questions about this landscape,
// one click each. Every query runs on Kuzu and Neo4j alike (portable Cypher;
// aliases never shadow a variable, because Kuzu's ORDER BY would sort by the
// variable), and tests/app/query/examples.test.ts runs each one.
import type { Lang } from '@/app/components/shared/i18n';

export interface Example {
  id: string;
  title: Record<Lang, string>;
  /** One line: what the query answers. */
  explain: Record<Lang, string>;
  query: string;
  params?: Record<string, unknown>;
  /** Whether the answer is best seen as a graph (the gallery then opens the graph tab). */
  graph: boolean;
}

export const examples: Example[] = [
  {
    id: 'independent-shares',
    title: { en: 'Independent providers and their shares', zh: '獨立服務提供商及其份額' },
    explain: {
      en: 'Which providers the document calls independent, and their 2023 rank and share in each market ($independent picks the side).',
      zh: '文件界定為獨立的服務提供商，及其2023年在各市場的排名和份額（以 $independent 選擇）。',
    },
    query: `MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment)
WHERE p.independent = $independent
RETURN p.name_en AS provider, s.name_en AS market, r.rank AS market_rank,
       r.share AS share_pct, r.revenue AS revenue_rmb_bn, p, r, s
ORDER BY provider, market`,
    params: { independent: true },
    graph: true,
  },
  {
    id: 'rankings-2023',
    title: { en: 'Both 2023 rankings', zh: '兩個2023年排名' },
    explain: {
      en: 'The top five of the audio/video PaaS and APaaS markets by 2023 revenue, with shares and the market total.',
      zh: '2023年按收入計中國音視頻PaaS及APaaS市場的前五名，連同份額及市場總額。',
    },
    query: `MATCH (k:Ranking)-[:RANKS]->(s:Segment)<-[r:RANKED_IN]-(p:Provider)
WHERE r.year = k.year
RETURN k.name_en AS ranking, r.rank AS market_rank, p.name_en AS provider,
       p.independent AS independent, r.revenue AS revenue_rmb_bn, r.share AS share_pct,
       k.market_total AS market_total_rmb_bn, k, s, r, p
ORDER BY ranking, market_rank`,
    graph: true,
  },
  {
    id: 'both-rankings',
    title: { en: 'Providers in both rankings', zh: '同時位列兩個排名的服務提供商' },
    explain: {
      en: 'Who is in the top five of both audio/video PaaS and APaaS in 2023, independent or not, with both ranks.',
      zh: '2023年同時位列音視頻PaaS及APaaS前五名的服務提供商、其獨立性及兩個排名。',
    },
    query: `MATCH (paas:Segment {id: 'av-paas'})<-[r1:RANKED_IN]-(p:Provider)-[r2:RANKED_IN]->(apaas:Segment {id: 'av-apaas'})
RETURN p.name_en AS provider, p.independent AS independent,
       r1.rank AS paas_rank, r1.share AS paas_share_pct,
       r2.rank AS apaas_rank, r2.share AS apaas_share_pct, p, r1, paas, r2, apaas
ORDER BY paas_rank`,
    graph: true,
  },
  {
    id: 'value-chain',
    title: { en: 'The value chain as paths', zh: '價值鏈路徑' },
    explain: {
      en: 'Every path from cloud infrastructure to end users, and what flows on each link: what lies between them.',
      zh: '由雲基礎設施到終端用戶的每條路徑，以及每一環節所流轉的內容。',
    },
    query: `MATCH path = (infra:ValueChainRole {id: 'cloud-infrastructure-provider'})-[:SUPPLIES*1..4]->(user:ValueChainRole {id: 'end-user'})
RETURN length(path) AS links, path
ORDER BY links`,
    graph: true,
  },
  {
    id: 'factors-per-market',
    title: { en: 'Barriers, drivers and trends per market', zh: '各市場的壁壘、驅動因素及趨勢' },
    explain: {
      en: 'The drivers, barriers, trends and challenges the document names for each market.',
      zh: '文件就各市場列出的驅動因素、壁壘、趨勢及挑戰。',
    },
    query: `MATCH (f:Factor)-[a:AFFECTS]->(s:Segment)
RETURN s.name_en AS market, f.kind AS kind, f.name_en AS factor, f, a, s
ORDER BY market, kind, factor`,
    graph: true,
  },
  {
    id: 'apaas-barriers',
    title: { en: 'Barriers to entering APaaS', zh: '進入APaaS市場的壁壘' },
    explain: {
      en: 'Which barriers apply to the audio/video APaaS market, with what the document says about each.',
      zh: '音視頻APaaS市場的進入壁壘，以及文件對每項壁壘的描述。',
    },
    query: `MATCH (f:Factor {kind: $kind})-[a:AFFECTS]->(s:Segment {id: 'av-apaas'})
RETURN f.name_en AS barrier, f.summary_en AS what_it_means, f, a, s
ORDER BY barrier`,
    params: { kind: 'barrier' },
    graph: true,
  },
  {
    id: 'market-sizes',
    title: { en: 'Market sizes and CAGRs', zh: '市場規模及複合年增長率' },
    explain: {
      en: 'Every market size the text states (RMB bn, 2023 and the 2028 estimate) with the 2023–2028E CAGR and its source heading.',
      zh: '文中所述的各市場規模（人民幣十億元，2023年及2028年預測）、2023至2028年預測複合年增長率及資料來源標題。',
    },
    query: `MATCH (s:Segment)
WHERE s.size_2023 IS NOT NULL OR s.size_2028e IS NOT NULL
RETURN s.name_en AS market, s.size_2023 AS size_2023_rmb_bn, s.size_2028e AS size_2028e_estimate_rmb_bn,
       s.cagr_2023_2028e AS cagr_2023_2028e_pct, s.sourceSection AS source_heading, s
ORDER BY size_2023_rmb_bn DESC`,
    graph: false,
  },
  {
    id: 'market-shares',
    title: { en: 'Shares of the parent market', zh: '佔上層市場的份額' },
    explain: {
      en: 'Which market is part of which, and the share of its parent that the text states for 2023 and 2028E.',
      zh: '各市場所屬的上層市場，以及文中所述其於2023年及2028年預測所佔份額。',
    },
    query: `MATCH (part:Segment)-[r:PART_OF]->(whole:Segment)
WHERE r.share_2023 IS NOT NULL OR r.share_2028e IS NOT NULL
RETURN part.name_en AS part_market, whole.name_en AS of_market, r.share_2023 AS share_2023_pct,
       r.share_2028e AS share_2028e_estimate_pct, r.sourceSection AS source_heading, part, r, whole
ORDER BY of_market, part_market`,
    graph: true,
  },
  {
    id: 'price-facts',
    title: { en: 'Prices and costs', zh: '價格及成本' },
    explain: {
      en: 'The price and cost facts of the document (ranges, changes, CAGRs, billing) and the markets they apply to.',
      zh: '文件中的價格及成本數據（範圍、變動、複合年增長率、計費方式）及其適用的市場。',
    },
    query: `MATCH (f:PriceFact)-[a:APPLIES_TO]->(s:Segment)
RETURN f.name_en AS fact, f.kind AS kind, f.low AS low, f.high AS high, f.unit AS unit,
       f.start_value AS start_value, f.end_value AS end_value, f.cagr AS cagr_pct,
       f.change_pct AS change_pct, s.name_en AS market, f, a, s
ORDER BY market, fact`,
    graph: true,
  },
  {
    id: 'apaas-timeline',
    title: { en: 'The APaaS timeline', zh: 'APaaS發展歷程' },
    explain: {
      en: 'The history of audio/video APaaS, milestone by milestone (FOLLOWED_BY), from market entry to AIGC.',
      zh: '音視頻APaaS的發展歷程，按里程碑（FOLLOWED_BY）由進入市場至探索AIGC。',
    },
    query: `MATCH (first:Milestone)
WHERE NOT EXISTS { MATCH (:Milestone)-[:FOLLOWED_BY]->(first) }
MATCH steps = (first)-[:FOLLOWED_BY*0..10]->(m:Milestone)
OPTIONAL MATCH (m)-[f:FOLLOWED_BY]->(next:Milestone)
RETURN length(steps) + 1 AS step, m.year AS year, m.year_end AS until, m.name_en AS milestone, m, f, next
ORDER BY step`,
    graph: true,
  },
  {
    id: 'listings',
    title: { en: 'Where providers are listed', zh: '服務提供商的上市地點' },
    explain: {
      en: 'The stock exchanges on which providers or their parents are listed, with the year and the listed entity.',
      zh: '服務提供商或其母公司上市的證券交易所，連同上市年份及上市主體。',
    },
    query: `MATCH (p:Provider)-[l:LISTED_ON]->(x:Exchange)
RETURN p.name_en AS provider, x.name_en AS exchange, l.year AS listed_in, l.listing AS listing,
       l.entity AS entity, p, l, x
ORDER BY provider, listed_in`,
    graph: true,
  },
];

export const exampleById = (id: string) => examples.find((e) => e.id === id);

/** The query in the reader's language: names and summaries in Chinese read name_zh / summary_zh. */
export const queryIn = (query: string, lang: Lang) => (lang === 'zh' ? query.replace(/\.(name|summary)_en\b/g, '.$1_zh') : query);
