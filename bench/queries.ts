// The five representative landscape queries: what analysts ask first.
export const representativeQueries: { name: string; query: string; params?: Record<string, unknown> }[] = [
  { name: 'independent providers', query: 'MATCH (p:Provider {independent: $i}) RETURN p.name_en', params: { i: true } },
  {
    name: 'both 2023 rankings',
    query: 'MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment) RETURN p.name_en, type(r), s.name_en, r.rank, r.share ORDER BY s.name_en, r.rank',
  },
  {
    name: 'value chain as paths',
    query: 'MATCH path = (a:ValueChainRole {stage: 1})-[:SUPPLIES*1..3]->(b:ValueChainRole {stage: 4}) RETURN path',
  },
  {
    name: 'APaaS entry barriers',
    query: "MATCH (f:Factor {kind: 'barrier'})-[:AFFECTS]->(s:Segment {id: 'av-apaas'}) RETURN f.name_en, f.name_zh",
  },
  {
    name: 'market sizes and CAGRs',
    query: 'MATCH (s:Segment) WHERE s.size_2023 IS NOT NULL RETURN s.name_en, s.size_2023, s.size_2028e, s.cagr_2023_2028e ORDER BY s.size_2023 DESC',
  },
];
