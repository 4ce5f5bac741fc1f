// The two 2023 revenue rankings of the section 競爭格局 (China audio/video PaaS
// and APaaS markets): the Ranking nodes with their totals, and each ranked
// provider's rank, comparable revenue and market share (RANKED_IN).

// ---- Rankings ----

MERGE (n:Ranking {id: 'ranking-av-paas-2023'})
SET n.name_en = 'Top five providers in the China audio/video PaaS market by revenue, 2023', n.name_zh = '2023年中國音視頻PaaS市場排名', n.year = 2023, n.basis_en = 'Comparable revenue: the revenue of each company from its audio/video PaaS business.', n.basis_zh = '以各公司音視頻PaaS業務收入為基礎的可比收入', n.top5_revenue = 8.99, n.top5_share = 39.2, n.market_total = 22.9, n.sourceSection = '競爭格局', n.summary_en = 'Revenue ranking of the China audio/video PaaS market compiled by iResearch, led by Competitor A, with the Group in third place; the market is moderately concentrated among the top five.', n.summary_zh = '艾瑞諮詢編製的中國音視頻PaaS市場收入排名，由競爭對手A居首，本集團位列第三；前五名合共佔有相當市場份額。';

MERGE (n:Ranking {id: 'ranking-av-apaas-2023'})
SET n.name_en = 'Top five providers in the China audio/video APaaS market by revenue, 2023', n.name_zh = '2023年中國音視頻APaaS市場排名', n.year = 2023, n.basis_en = 'Comparable revenue: the revenue of each company from its audio/video APaaS business, or related revenue estimated as a percentage of its audio/video PaaS revenue; only revenue from commercialised audio/video APaaS products is counted.', n.basis_zh = '可比收入按公司音視頻APaaS業務收入，或按其音視頻PaaS收入中估計所佔百分比計算的相關收入釐定；只計入商業化音視頻APaaS產品的收入。', n.top5_revenue = 0.96, n.top5_share = 48.1, n.market_total = 2.0, n.sourceSection = '競爭格局', n.summary_en = 'Revenue ranking of the China audio/video APaaS market compiled by iResearch, led by Competitor B, with the Group in second place; the top five hold close to half of the market.', n.summary_zh = '艾瑞諮詢編製的中國音視頻APaaS市場收入排名，競爭對手B居首，本集團排名第二；前五名合共佔約一半市場。';

MATCH (a:Ranking {id: 'ranking-av-paas-2023'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:RANKS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Ranking {id: 'ranking-av-apaas-2023'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:RANKS]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Ranking {id: 'ranking-av-paas-2023'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '競爭格局';

MATCH (a:Ranking {id: 'ranking-av-apaas-2023'})
MATCH (b:Source {id: 'iresearch'})
MERGE (a)-[r:SOURCED_FROM]->(b)
SET r.sourceSection = '競爭格局';

// ---- China audio/video PaaS market, 2023 ----

MATCH (a:Provider {id: 'competitor-a'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 1, r.revenue = 3.89, r.revenue_unit = 'RMB bn', r.share = 17.0, r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-b'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 2, r.revenue = 1.47, r.revenue_unit = 'RMB bn', r.share = 6.4, r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'the-group'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 3, r.revenue = 1.33, r.revenue_unit = 'RMB bn', r.share = 5.8, r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-c'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 4, r.revenue = 1.31, r.revenue_unit = 'RMB bn', r.share = 5.7, r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-d'})
MATCH (b:Segment {id: 'av-paas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 5, r.revenue = 0.99, r.revenue_unit = 'RMB bn', r.share = 4.3, r.sourceSection = '競爭格局';

// ---- China audio/video APaaS market, 2023 ----

MATCH (a:Provider {id: 'competitor-b'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 1, r.revenue = 0.33, r.revenue_unit = 'RMB bn', r.share = 16.6, r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'the-group'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 2, r.revenue = 0.28, r.revenue_unit = 'RMB bn', r.share = 14.1, r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-a'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 3, r.revenue = 0.19, r.revenue_unit = 'RMB bn', r.share = 9.5, r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-c'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 4, r.revenue = 0.10, r.revenue_unit = 'RMB bn', r.share = 4.9, r.sourceSection = '競爭格局';

MATCH (a:Provider {id: 'competitor-e'})
MATCH (b:Segment {id: 'av-apaas'})
MERGE (a)-[r:RANKED_IN]->(b)
SET r.year = 2023, r.rank = 5, r.revenue = 0.06, r.revenue_unit = 'RMB bn', r.share = 3.0, r.sourceSection = '競爭格局';
