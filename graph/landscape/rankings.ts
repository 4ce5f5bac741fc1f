// The market rankings of a landscape, read with portable Cypher so that the
// same function serves Kuzu and Neo4j.
import type { GraphStore } from '../stores/types';

export interface RankingRow {
  providerId: string;
  name_en: string;
  name_zh: string;
  independent: boolean;
  rank: number;
  revenue: number;
  share: number;
  sourceSection: string;
}

export interface Ranking {
  id: string;
  name_en: string;
  name_zh: string;
  segmentId: string;
  year: number;
  top5_revenue: number;
  top5_share: number;
  market_total: number;
  sourceSection: string;
  rows: RankingRow[];
}

const RANKINGS = `
MATCH (k:Ranking)
WITH k ORDER BY k.market_total DESC, k.id LIMIT $limit
MATCH (k)-[:RANKS]->(s:Segment)
MATCH (p:Provider)-[r:RANKED_IN]->(s)
WHERE r.year = k.year
RETURN k.id AS id, k.name_en AS name_en, k.name_zh AS name_zh, s.id AS segmentId, k.year AS year,
       k.top5_revenue AS top5_revenue, k.top5_share AS top5_share, k.market_total AS market_total,
       k.sourceSection AS sourceSection, p.id AS providerId, p.name_en AS p_en, p.name_zh AS p_zh,
       p.independent AS independent, r.rank AS rank, r.revenue AS revenue, r.share AS share,
       r.sourceSection AS r_source
ORDER BY market_total DESC, id, rank`;

/** The rankings of the largest markets first; at most limit of them (a big landscape has thousands). */
export async function rankings(store: GraphStore, limit = 1_000_000): Promise<Ranking[]> {
  const { rows } = await store.query(RANKINGS, { limit });
  const out = new Map<string, Ranking>();
  for (const r of rows) {
    const id = String(r.id);
    let k = out.get(id);
    if (!k) {
      k = {
        id,
        name_en: String(r.name_en),
        name_zh: String(r.name_zh),
        segmentId: String(r.segmentId),
        year: Number(r.year),
        top5_revenue: Number(r.top5_revenue),
        top5_share: Number(r.top5_share),
        market_total: Number(r.market_total),
        sourceSection: String(r.sourceSection),
        rows: [],
      };
      out.set(id, k);
    }
    k.rows.push({
      providerId: String(r.providerId),
      name_en: String(r.p_en),
      name_zh: String(r.p_zh),
      independent: r.independent === true,
      rank: Number(r.rank),
      revenue: Number(r.revenue),
      share: Number(r.share),
      sourceSection: String(r.r_source),
    });
  }
  return [...out.values()];
}
