// The market map: service layers (rows) × markets (columns), each cell the
// providers active there, sized by the share the document states for them in
// the segment of that layer and market. Read with portable Cypher (the same
// text on LadybugDB and Neo4j), a few aggregate reads, never the whole graph.
//
// Where a provider sits: a market's columns are the segments that are not
// themselves at a layer but have sub-segments at layers (the audio/video
// cloud market, whose IaaS, PaaS and SaaS sub-markets are at those layers).
// A provider is in the cell (layer L, market M) when it is ranked in M's
// segment at L, or when it offers L and is ranked somewhere in M (the
// document does not say in which market an offer is made, so the market is
// the one it is ranked in).
import type { GraphStore } from '../stores/types';

export interface MapLayer {
  id: string;
  name_en: string;
  name_zh: string;
  /** 0 for a top layer (IaaS, PaaS, SaaS), 1 for its parts (MPaaS, APaaS), … */
  depth: number;
}

export interface MapMarket {
  id: string;
  name_en: string;
  name_zh: string;
}

export interface MapProvider {
  id: string;
  name_en: string;
  name_zh: string;
  independent: boolean;
  /** The share the document states in the cell's segment, with its year and section heading. */
  share?: number;
  year?: number;
  source?: string;
}

export interface MapCell {
  layer: string;
  market: string;
  /** The market's segment at this layer, if the landscape has one. */
  segment?: string;
  providers: MapProvider[];
  /** Providers left out of a full cell. */
  more: number;
}

export interface MarketMap {
  layers: MapLayer[];
  markets: MapMarket[];
  cells: MapCell[];
}

/** Providers a cell lists at most (the largest shares first). */
export const CELL_MAX = 40;
/** The usual stacking of cloud layers; other layers follow by name. */
const LAYER_ORDER = ['iaas', 'paas', 'mpaas', 'apaas', 'apaas-zero-code', 'apaas-low-code', 'saas'];

const LAYERS = `
MATCH (l:Layer) OPTIONAL MATCH (l)-[:PART_OF]->(p:Layer)
RETURN l.id AS id, l.name_en AS name_en, l.name_zh AS name_zh, p.id AS parent`;
// Every segment with the layer it is at (if any) and the segments it is part of.
const SEGMENTS = `
MATCH (s:Segment)
OPTIONAL MATCH (s)-[:AT_LAYER]->(l:Layer)
OPTIONAL MATCH (s)-[:PART_OF]->(w:Segment)
RETURN s.id AS segment, s.name_en AS name_en, s.name_zh AS name_zh, l.id AS layer, w.id AS whole`;
const RANKED = `
MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment)
RETURN p.id AS provider, s.id AS segment, r.share AS share, r.year AS year, r.sourceSection AS source`;
const OFFERS = `MATCH (p:Provider)-[:OFFERS]->(l:Layer) RETURN p.id AS provider, l.id AS layer`;
const PROVIDERS = `
MATCH (p:Provider) WHERE EXISTS { MATCH (p)-[:RANKED_IN|OFFERS]->() }
RETURN p.id AS id, p.name_en AS name_en, p.name_zh AS name_zh, p.independent AS independent`;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

function orderLayers(rows: { id: string; name_en: string; name_zh: string; parent?: string }[]): MapLayer[] {
  const rank = (id: string, name: string) => {
    const i = LAYER_ORDER.indexOf(id);
    return i >= 0 ? `0${String(i).padStart(3, '0')}` : `1${name}`;
  };
  const out: MapLayer[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    const kids = rows.filter((r) => r.parent === parent).sort((a, b) => rank(a.id, a.name_en).localeCompare(rank(b.id, b.name_en)));
    for (const k of kids) {
      out.push({ id: k.id, name_en: k.name_en, name_zh: k.name_zh, depth });
      walk(k.id, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}

export async function readMarketMap(store: GraphStore): Promise<MarketMap> {
  const [layerRows, segmentRows, rankedRows, offerRows, providerRows] = await Promise.all(
    [LAYERS, SEGMENTS, RANKED, OFFERS, PROVIDERS].map(async (q) => (await store.query(q)).rows),
  );
  const layers = orderLayers(layerRows!.map((r) => ({ id: str(r.id), name_en: str(r.name_en), name_zh: str(r.name_zh), parent: r.parent == null ? undefined : str(r.parent) })));

  // Columns: for each segment at a layer, the nearest markets above it that are not at a layer themselves.
  const segments = new Map<string, { name_en: string; name_zh: string; layer?: string; wholes: Set<string> }>();
  for (const r of segmentRows!) {
    const id = str(r.segment);
    const seg = segments.get(id) ?? segments.set(id, { name_en: str(r.name_en), name_zh: str(r.name_zh), layer: r.layer == null ? undefined : str(r.layer), wholes: new Set() }).get(id)!;
    if (r.whole != null) seg.wholes.add(str(r.whole));
  }
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const w of segments.get(id)?.wholes ?? []) if (!seen.has(w)) ancestors(w, seen.add(w));
    return seen;
  };
  const nearestMarkets = (id: string, seen = new Set<string>()): string[] =>
    [...(segments.get(id)?.wholes ?? [])].flatMap((w) => (seen.has(w) ? [] : (seen.add(w), segments.get(w)?.layer ? nearestMarkets(w, seen) : [w])));
  const markets = new Map<string, MapMarket>();
  /** market → layer → its segment there */
  const segmentAt = new Map<string, Map<string, string>>();
  for (const [id, seg] of segments) {
    if (!seg.layer) continue;
    for (const m of nearestMarkets(id)) {
      const market = segments.get(m)!;
      markets.set(m, { id: m, name_en: market.name_en, name_zh: market.name_zh });
      (segmentAt.get(m) ?? segmentAt.set(m, new Map()).get(m)!).set(seg.layer, id);
    }
  }

  const providers = new Map(providerRows!.map((r) => [str(r.id), { id: str(r.id), name_en: str(r.name_en), name_zh: str(r.name_zh), independent: r.independent === true }]));
  const rankedIn = new Map<string, Map<string, { share?: number; year?: number; source?: string }>>();
  for (const r of rankedRows!) {
    const p = str(r.provider);
    (rankedIn.get(p) ?? rankedIn.set(p, new Map()).get(p)!).set(str(r.segment), { share: num(r.share), year: num(r.year), source: str(r.source) || undefined });
  }
  const offers = new Map<string, Set<string>>();
  for (const r of offerRows!) (offers.get(str(r.provider)) ?? offers.set(str(r.provider), new Set()).get(str(r.provider))!).add(str(r.layer));

  const cells: MapCell[] = [];
  const columns = [...markets.values()].sort((a, b) => a.name_en.localeCompare(b.name_en));
  for (const layer of layers) {
    for (const market of columns) {
      const segment = segmentAt.get(market.id)?.get(layer.id);
      const here: MapProvider[] = [];
      for (const [pid, ranks] of rankedIn) {
        const p = providers.get(pid);
        if (!p) continue;
        const inSegment = segment ? ranks.get(segment) : undefined;
        const inMarket = [...ranks.keys()].some((s) => s === market.id || ancestors(s).has(market.id));
        if (inSegment) here.push({ ...p, ...inSegment });
        else if (inMarket && offers.get(pid)?.has(layer.id)) here.push({ ...p });
      }
      here.sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || a.name_en.localeCompare(b.name_en));
      cells.push({ layer: layer.id, market: market.id, segment, providers: here.slice(0, CELL_MAX), more: Math.max(0, here.length - CELL_MAX) });
    }
  }
  return { layers, markets: columns, cells };
}
