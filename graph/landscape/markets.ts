// The market figures of a landscape as the document states them: segment
// sizes (2023 and the 2028 estimate), CAGRs and penetration, and the shares
// of a parent market on PART_OF. Read with portable Cypher so the same
// function serves Kuzu and Neo4j. Only stated figures exist in the graph;
// nothing here interpolates or derives a size.
import type { GraphStore } from '../stores/types';

export interface MarketFigures {
  id: string;
  name_en: string;
  name_zh: string;
  level: string | null;
  unit: string | null;
  size_2023: number | null;
  size_2028e: number | null;
  cagr_2023_2028e: number | null;
  penetration_2023: number | null;
  penetration_2028e: number | null;
  sourceSection: string;
}

export interface MarketShare {
  partId: string;
  part_en: string;
  part_zh: string;
  wholeId: string;
  whole_en: string;
  whole_zh: string;
  share_2023: number | null;
  share_2028e: number | null;
  sourceSection: string;
}

const SIZES = `
MATCH (s:Segment)
WHERE s.size_2023 IS NOT NULL OR s.size_2028e IS NOT NULL OR s.cagr_2023_2028e IS NOT NULL
RETURN s.id AS id, s.name_en AS name_en, s.name_zh AS name_zh, s.level AS level, s.size_unit AS unit,
       s.size_2023 AS size_2023, s.size_2028e AS size_2028e, s.cagr_2023_2028e AS cagr,
       s.penetration_2023 AS pen_2023, s.penetration_2028e AS pen_2028e, s.sourceSection AS src
ORDER BY id`;

const SHARES = `
MATCH (part:Segment)-[r:PART_OF]->(whole:Segment)
WHERE r.share_2023 IS NOT NULL OR r.share_2028e IS NOT NULL
RETURN part.id AS partId, part.name_en AS part_en, part.name_zh AS part_zh,
       whole.id AS wholeId, whole.name_en AS whole_en, whole.name_zh AS whole_zh,
       r.share_2023 AS share_2023, r.share_2028e AS share_2028e, r.sourceSection AS src
ORDER BY wholeId, partId`;

const num = (v: unknown) => (typeof v === 'number' ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

export async function marketFigures(store: GraphStore): Promise<MarketFigures[]> {
  const { rows } = await store.query(SIZES);
  return rows.map((r) => ({
    id: String(r.id),
    name_en: String(r.name_en),
    name_zh: String(r.name_zh),
    level: str(r.level),
    unit: str(r.unit),
    size_2023: num(r.size_2023),
    size_2028e: num(r.size_2028e),
    cagr_2023_2028e: num(r.cagr),
    penetration_2023: num(r.pen_2023),
    penetration_2028e: num(r.pen_2028e),
    sourceSection: String(r.src),
  }));
}

export async function marketShares(store: GraphStore): Promise<MarketShare[]> {
  const { rows } = await store.query(SHARES);
  return rows.map((r) => ({
    partId: String(r.partId),
    part_en: String(r.part_en),
    part_zh: String(r.part_zh),
    wholeId: String(r.wholeId),
    whole_en: String(r.whole_en),
    whole_zh: String(r.whole_zh),
    share_2023: num(r.share_2023),
    share_2028e: num(r.share_2028e),
    sourceSection: String(r.src),
  }));
}
