// Synthetic landscapes for scale: the same zod model as the real one, with
// made-up providers, segments and figures, deterministic for a seed.
//
// Shape, for P providers (node counts are exact; relationship counts depend a
// little on the seed, about 10 × P in all — see README):
//   Provider P, Segment ⌈P/5⌉ (a PART_OF forest, preferential attachment),
//   Ranking one per segment, Factor ⌈P/5⌉, PriceFact ⌈P/5⌉, Milestone ⌈P/8⌉,
//   Technology ⌈P/25⌉, Source ⌈P/50⌉, Exchange ⌈P/100⌉,
//   and the fixed 7 layers, 5 layer attributes and 4 value-chain roles.
// Degrees are skewed: providers enter segments with Zipf-like weights, so a
// few providers are ranked in hundreds of segments and most in one or two;
// big segments attract more providers, factors and price facts.
//
// Figures are consistent the way the audit checks them: a segment's size is
// its own part plus its sub-markets' (bottom-up), a PART_OF share is child ÷
// parent, CAGRs follow from the sizes, a ranking's revenues are shares of the
// market total, top-5 totals sum ranks 1–5. Every figure is rounded from an
// exact value, so every audit interval contains the truth.
import type { GraphDocument, GraphEdge, GraphNode, NodeLabel, RelType } from '../model';
import { edgeId } from '../model/format.mjs';
import {
  NameBook,
  exchangeName,
  factorName,
  milestoneEvents,
  priceTopics,
  providerName,
  segmentName,
  sourceName,
  technologyName,
} from './names';
import { Random, cumulative, round, zipfWeights } from './random';

/** The sourceSection of every synthetic element: there is no document behind it. */
export const SYNTHETIC_SECTION = 'synthetic';
export const MIN_PROVIDERS = 10;

export interface GenerateOptions {
  providers: number;
  seed: number;
}

/** Exact node counts per label for P providers (independent of the seed). */
export function nodeCountsFor(providers: number): Record<NodeLabel, number> {
  const p = providers;
  const segments = Math.ceil(p / 5);
  return {
    Provider: p,
    Segment: segments,
    Layer: layers.length,
    LayerAttribute: attributes.length,
    ValueChainRole: roles.length,
    Factor: Math.ceil(p / 5),
    Technology: Math.ceil(p / 25),
    Ranking: segments,
    PriceFact: Math.ceil(p / 5),
    Source: Math.ceil(p / 50),
    Milestone: Math.ceil(p / 8),
    Exchange: Math.ceil(p / 100),
  };
}

/** Rough size of a generated landscape, for documentation and planning. */
export function approximateSize(providers: number): { nodes: number; edges: number } {
  const nodes = Object.values(nodeCountsFor(providers)).reduce((a, b) => a + b, 0);
  return { nodes, edges: Math.round(providers * 10) };
}

const layers = [
  { id: 'layer-saas', en: 'SaaS', zh: '軟件即服務', abbr: 'SaaS', weight: 3 },
  { id: 'layer-paas', en: 'PaaS', zh: '平台即服務', abbr: 'PaaS', weight: 4 },
  { id: 'layer-apaas', en: 'Application PaaS', zh: '應用平台即服務', abbr: 'APaaS', weight: 2, parent: 'layer-paas' },
  { id: 'layer-apaas-zero-code', en: 'Zero-code APaaS', zh: '零代碼APaaS', abbr: 'ZC-APaaS', weight: 1, parent: 'layer-apaas' },
  { id: 'layer-apaas-low-code', en: 'Low-code APaaS', zh: '低代碼APaaS', abbr: 'LC-APaaS', weight: 1, parent: 'layer-apaas' },
  { id: 'layer-mpaas', en: 'Media PaaS', zh: '媒體平台即服務', abbr: 'MPaaS', weight: 2, parent: 'layer-paas' },
  { id: 'layer-iaas', en: 'IaaS', zh: '基礎設施即服務', abbr: 'IaaS', weight: 2 },
] as const;
const attributes = [
  ['target-users', 'Target users', '目標用戶'],
  ['customisation', 'Customisation', '定製程度'],
  ['integration-effort', 'Integration effort', '集成難度'],
  ['pricing-model', 'Pricing model', '定價模式'],
  ['time-to-market', 'Time to market', '上線時間'],
] as const;
const attributeValues = [
  ['low', '低'], ['medium', '中'], ['high', '高'], ['varies by customer', '視乎客戶'], ['usage-based', '按用量'], ['per project', '按項目'],
] as const;
const roles = [
  { id: 'role-infrastructure', en: 'Cloud infrastructure provider', zh: '雲基礎設施提供商', layer: 'layer-iaas', weight: 1 },
  { id: 'role-paas', en: 'PaaS provider', zh: 'PaaS提供商', layer: 'layer-paas', weight: 3 },
  { id: 'role-saas', en: 'SaaS provider', zh: 'SaaS提供商', layer: 'layer-saas', weight: 3 },
  { id: 'role-end-user', en: 'End user', zh: '終端用戶' },
] as const;
const flows = [
  ['cloud-resources', 'computing, storage and bandwidth', '計算、存儲及帶寬'],
  ['api-sdk', 'APIs and SDKs', 'API及SDK'],
  ['applications', 'applications', '應用'],
] as const;
const fundingRounds = ['Angel', 'Series A', 'Series B', 'Series C', 'Series D', 'Series E', 'Pre-IPO'] as const;
const trends = ['down', 'up', 'stable', 'varies', 'up-then-down', 'fluctuating'] as const;
const billing = [
  ['Usage-based', '按用量收費'], ['Per project', '按項目收費'], ['Monthly subscription', '按月訂閱'], ['By API calls', '按API調用次數'],
  ['Tiered by volume', '按量分級收費'],
] as const;
const units = ['RMB/TB', 'RMB/Mbps/month', 'RMB/1,000 minutes', 'RMB/hour', 'RMB/1,000 calls', 'RMB/seat/month', 'RMB/server'] as const;
const factorKinds = ['driver', 'barrier', 'trend', 'challenge'] as const;

/** Draws up to `k` distinct indices with the given cumulative weights. */
function distinct(rng: Random, cum: Float64Array, k: number, tries = 4): number[] {
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    for (let t = 0; t < tries; t++) {
      const x = rng.weighted(cum);
      if (!out.includes(x)) {
        out.push(x);
        break;
      }
    }
  }
  return out;
}

/** Fisher–Yates: a random permutation of 0..n-1. */
function permutation(rng: Random, n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const fmt = (x: number) => String(x);

export function generateLandscape({ providers: P, seed }: GenerateOptions): GraphDocument {
  if (!Number.isInteger(P) || P < MIN_PROVIDERS) throw new Error(`--providers must be a whole number ≥ ${MIN_PROVIDERS}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error('--seed must be a whole number from 0 to 4294967295');
  const rng = new Random(seed);
  const counts = nodeCountsFor(P);
  const byLabel = new Map<NodeLabel, GraphNode[]>();
  const edges: GraphEdge[] = [];
  const S = SYNTHETIC_SECTION;

  const node = (label: NodeLabel, id: string, props: Record<string, unknown>) => {
    let list = byLabel.get(label);
    if (!list) byLabel.set(label, (list = []));
    list.push({ id, labels: [label], properties: { id, ...props } });
  };
  const edge = (type: RelType, source: string, target: string, props: Record<string, unknown> = {}) => {
    edges.push({ id: edgeId(type, source, target), type, source, target, properties: props });
  };

  // ---- The fixed frame: layers, their attributes, the value chain ----
  for (const l of layers) {
    node('Layer', l.id, {
      name_en: l.en, name_zh: l.zh, abbr: l.abbr, sourceSection: S,
      summary_en: `The ${l.en} layer of audio/video cloud services (${l.abbr}).`,
      summary_zh: `音視頻雲服務的${l.zh}層（${l.abbr}）。`,
    });
  }
  for (const l of layers) if ('parent' in l) edge('PART_OF', l.id, l.parent);
  attributes.forEach(([id, en, zh], i) => {
    node('LayerAttribute', `attribute-${id}`, {
      name_en: en, name_zh: zh, position: i + 1, sourceSection: S,
      summary_en: `How the layers compare on ${en.toLowerCase()}.`, summary_zh: `各服務層在${zh}方面的比較。`,
    });
  });
  for (const l of layers) {
    for (const [id] of attributes) {
      const [en, zh] = rng.pick(attributeValues);
      edge('HAS_ATTRIBUTE', l.id, `attribute-${id}`, { value_en: en, value_zh: zh });
    }
  }
  roles.forEach((r, i) => {
    node('ValueChainRole', r.id, {
      name_en: r.en, name_zh: r.zh, stage: i + 1, sourceSection: S,
      summary_en: `Stage ${i + 1} of the value chain: ${r.en.toLowerCase()}.`, summary_zh: `價值鏈第${i + 1}環：${r.zh}。`,
    });
  });
  for (let i = 0; i + 1 < roles.length; i++) {
    const [flow, en, zh] = flows[i]!;
    edge('SUPPLIES', roles[i]!.id, roles[i + 1]!.id, { flow, via_en: en, via_zh: zh });
  }
  for (const r of roles) if ('layer' in r) edge('AT_LAYER', r.id, r.layer);
  const layerCum = cumulative(layers.map((l) => l.weight));
  const providerRoles = roles.filter((r) => 'weight' in r);
  const roleCum = cumulative(providerRoles.map((r) => ('weight' in r ? r.weight : 0)));

  // ---- Sources, exchanges, technologies: few, and a few of them used most ----
  const sources: string[] = [];
  const sourceNames = new NameBook();
  for (let i = 0; i < counts.Source; i++) {
    const s = sourceName(rng);
    const [en, zh] = sourceNames.unique(s.en, s.zh);
    const id = `source-${i + 1}`;
    const founded = rng.int(1990, 2020);
    node('Source', id, {
      name_en: en, name_zh: zh, kind: s.kind, founded, ...(rng.chance(0.3) ? { fee_rmb: round(rng.float(100, 2000), 0) * 1000 } : {}),
      sourceSection: S, summary_en: `${en}, a synthetic ${s.kind.replace('-', ' ')} founded in ${founded}.`, summary_zh: `${zh}，虛構的資料來源，成立於${founded}年。`,
    });
    sources.push(id);
  }
  const sourceCum = cumulative(zipfWeights(sources.length, 1.2));

  const exchanges: string[] = [];
  const exchangeNames = new NameBook();
  for (let i = 0; i < counts.Exchange; i++) {
    const x = exchangeName(rng);
    const [en, zh] = exchangeNames.unique(x.en, x.zh);
    const id = `exchange-${i + 1}`;
    node('Exchange', id, {
      name_en: en, name_zh: zh, country: x.country, sourceSection: S,
      summary_en: `${en}, where synthetic providers or their parents are listed.`, summary_zh: `${zh}，虛構提供商或其母公司的上市地。`,
    });
    exchanges.push(id);
  }
  const exchangeCum = cumulative(zipfWeights(exchanges.length, 1.1));

  const technologies: string[] = [];
  const techNames = new NameBook();
  for (let i = 0; i < counts.Technology; i++) {
    const [en, zh] = techNames.unique(...technologyName(rng));
    const id = `technology-${i + 1}`;
    node('Technology', id, {
      name_en: en, name_zh: zh, sourceSection: S,
      summary_en: `${en}, a technology that synthetic factors name.`, summary_zh: `${zh}，虛構因素所涉及的技術。`,
    });
    technologies.push(id);
  }
  const techCum = cumulative(zipfWeights(technologies.length, 1.0));

  // ---- Segments: a PART_OF forest grown by preferential attachment ----
  const nSeg = counts.Segment;
  const roots = Math.max(1, Math.ceil(nSeg / 25));
  const parent = new Int32Array(nSeg).fill(-1);
  const depth = new Int32Array(nSeg);
  const urn: number[] = [];
  for (let i = 0; i < nSeg; i++) {
    if (i >= roots) {
      let p = urn[Math.floor(rng.next() * urn.length)]!;
      while (depth[p]! >= 3) p = parent[p]!;
      parent[i] = p;
      depth[i] = depth[p]! + 1;
      urn.push(p);
    }
    urn.push(i);
  }
  // Sizes bottom-up (children are created after their parents): a segment is
  // its own business plus its listed sub-markets, which cover part of it.
  const size = new Float64Array(nSeg);
  const size28 = new Float64Array(nSeg);
  const childSum = new Float64Array(nSeg);
  const childSum28 = new Float64Array(nSeg);
  const own = new Float64Array(nSeg);
  const ownGrowth = new Float64Array(nSeg);
  const coverage = new Float64Array(nSeg);
  for (let i = 0; i < nSeg; i++) {
    own[i] = Math.min(rng.pareto(1, 1.2), 400);
    ownGrowth[i] = Math.min(0.5, Math.max(-0.1, 0.13 + 0.08 * rng.normal()));
    coverage[i] = rng.float(0.6, 0.95);
  }
  for (let i = nSeg - 1; i >= 0; i--) {
    size[i] = own[i]! + childSum[i]! / coverage[i]!;
    size28[i] = own[i]! * (1 + ownGrowth[i]!) ** 5 + childSum28[i]! / coverage[i]!;
    const p = parent[i]!;
    if (p >= 0) {
      childSum[p] = childSum[p]! + size[i]!;
      childSum28[p] = childSum28[p]! + size28[i]!;
    }
  }
  const segIds: string[] = [];
  const segNames: string[] = [];
  const segNamesZh: string[] = [];
  const segLayer = new Int32Array(nSeg);
  const segSource = new Int32Array(nSeg);
  const segmentNames = new NameBook();
  for (let i = 0; i < nSeg; i++) {
    const n = segmentName(rng);
    const [en, zh] = segmentNames.unique(n.en, n.zh);
    const id = `segment-${i + 1}`;
    segIds.push(id);
    segNames.push(en);
    segNamesZh.push(zh);
    const cagr = ((size28[i]! / size[i]!) ** (1 / 5) - 1) * 100;
    const level = parent[i]! < 0 ? 'market' : 'sub-market';
    node('Segment', id, {
      name_en: en, name_zh: zh, level, size_unit: 'RMB bn',
      size_2023: round(size[i]!, 1), size_2028e: round(size28[i]!, 1), cagr_2023_2028e: round(cagr, 1), sourceSection: S,
      summary_en: `A synthetic ${level} for ${n.topic[0]}: RMB ${fmt(round(size[i]!, 1))} bn in 2023, expected to reach RMB ${fmt(round(size28[i]!, 1))} bn in 2028.`,
      summary_zh: `虛構的${n.topic[1]}${level === 'market' ? '市場' : '細分市場'}：2023年規模人民幣${fmt(round(size[i]!, 1))}十億元，預計2028年達人民幣${fmt(round(size28[i]!, 1))}十億元。`,
    });
    segLayer[i] = parent[i]! >= 0 && rng.chance(0.7) ? segLayer[parent[i]!]! : rng.weighted(layerCum);
    segSource[i] = rng.weighted(sourceCum);
  }
  for (let i = 0; i < nSeg; i++) {
    const p = parent[i]!;
    if (p >= 0) {
      edge('PART_OF', segIds[i]!, segIds[p]!, {
        share_2023: round((100 * size[i]!) / size[p]!, 1), share_2028e: round((100 * size28[i]!) / size28[p]!, 1), sourceSection: S,
      });
    }
    edge('AT_LAYER', segIds[i]!, layers[segLayer[i]!]!.id);
    edge('SOURCED_FROM', segIds[i]!, sources[segSource[i]!]!);
  }
  // Big markets draw more providers, factors and price facts.
  const segCum = cumulative(Array.from(size, (x) => Math.sqrt(x)));

  // ---- Providers: ranked by a hidden scale; Zipf weights decide their reach ----
  const rankOf = permutation(rng, P);
  const reach = new Float64Array(P);
  for (let i = 0; i < P; i++) reach[i] = 1 / (rankOf[i]! + 1) ** 0.8;
  const reachCum = cumulative(reach);
  const provIds: string[] = [];
  const providerNames = new NameBook();
  for (let i = 0; i < P; i++) {
    const [en, zh] = providerNames.unique(...providerName(rng));
    const id = `provider-${i + 1}`;
    provIds.push(id);
    const big = rankOf[i]! < Math.max(3, P * 0.02);
    const independent = rng.chance(big ? 0.25 : 0.5);
    const founded = rng.int(big ? 1995 : 2000, 2023);
    const r = rng.next();
    const status = big
      ? r < 0.5 ? 'listed' : 'subsidiary-of-listed'
      : r < 0.8 ? 'private' : r < 0.9 ? 'listed' : r < 0.95 ? 'subsidiary-of-listed' : undefined;
    const props: Record<string, unknown> = { name_en: en, name_zh: zh, independent };
    if (status) props.corporate_status = status;
    props.founded = founded;
    if (status === 'private' && rng.chance(0.6)) {
      props.funding_round = rng.pick(fundingRounds);
      props.funding_year = rng.int(Math.max(founded, 2005), 2024);
      props.funding_rmb_m = round(Math.min(rng.pareto(5, 1.1), 20_000), 1);
    }
    props.sourceSection = S;
    props.summary_en = `${en}, a synthetic ${independent ? 'independent' : 'non-independent'} audio/video cloud provider founded in ${founded}${status ? ` (${status.replace(/-/g, ' ')})` : ''}.`;
    props.summary_zh = `${zh}，虛構的${independent ? '獨立' : '非獨立'}音視頻雲服務提供商，成立於${founded}年。`;
    node('Provider', id, props);

    for (const l of distinct(rng, layerCum, Math.min(layers.length, 1 + rng.geometric(0.55) + (big ? 2 : 0)))) edge('OFFERS', id, layers[l]!.id);
    for (const r2 of distinct(rng, roleCum, rng.chance(0.3) ? 2 : 1)) edge('PLAYS_ROLE', id, providerRoles[r2]!.id);
    if (status === 'listed' || status === 'subsidiary-of-listed') {
      const entity = status === 'listed' ? 'self' : 'parent';
      const listed = distinct(rng, exchangeCum, rng.chance(0.25) ? 2 : 1);
      const year = rng.int(entity === 'self' ? Math.max(founded, 1995) : 1995, 2024);
      listed.forEach((x, k) => {
        edge('LISTED_ON', id, exchanges[x]!, { year: k === 0 ? year : rng.int(year, 2025), listing: k === 0 ? 'primary' : 'secondary', entity, sourceSection: S });
      });
    }
  }

  // ---- Rankings: who is in which segment, with revenue and share ----
  const members: number[][] = Array.from({ length: nSeg }, () => []);
  const memberSets: Set<number>[] = Array.from({ length: nSeg }, () => new Set());
  const join = (s: number, p: number) => {
    if (memberSets[s]!.has(p)) return false;
    memberSets[s]!.add(p);
    members[s]!.push(p);
    return true;
  };
  for (let p = 0; p < P; p++) join(rng.weighted(segCum), p); // every provider has a home market
  const extra = Math.round(3.3 * P);
  for (let j = 0; j < extra; j++) {
    const s = rng.weighted(segCum);
    for (let t = 0; t < 3; t++) if (join(s, rng.weighted(reachCum))) break;
  }
  for (let s = 0; s < nSeg; s++) {
    for (let t = 0; members[s]!.length < 3 && t < 50; t++) join(s, rng.weighted(reachCum));
  }
  for (let s = 0; s < nSeg; s++) {
    const ranked = members[s]!
      .map((p) => ({ p, score: Math.sqrt(reach[p]!) * Math.exp(0.6 * rng.normal()) }))
      .sort((a, b) => b.score - a.score || a.p - b.p);
    const covered = size[s]! * rng.float(0.45, 0.9);
    const total = ranked.reduce((a, x) => a + x.score, 0);
    let top5Revenue = 0;
    let top5Share = 0;
    ranked.forEach(({ p, score }, k) => {
      const revenue = Math.max((covered * score) / total, 0.001);
      const share = (100 * revenue) / size[s]!;
      if (k < 5) {
        top5Revenue += revenue;
        top5Share += share;
      }
      edge('RANKED_IN', provIds[p]!, segIds[s]!, {
        year: 2023, rank: k + 1, revenue: round(revenue, 3), revenue_unit: 'RMB bn', share: round(share, 1), sourceSection: S,
      });
    });
    const id = `ranking-${segIds[s]}-2023`;
    const n = Math.min(5, ranked.length);
    node('Ranking', id, {
      name_en: `Top providers in the ${segNames[s]} by revenue, 2023`,
      name_zh: `2023年${segNamesZh[s]}收入排名`,
      year: 2023,
      basis_en: 'Synthetic revenue of each provider from the segment.',
      basis_zh: '各提供商來自該細分市場的虛構收入。',
      top5_revenue: round(top5Revenue, 3),
      top5_share: round(top5Share, 1),
      market_total: round(size[s]!, 1),
      sourceSection: S,
      summary_en: `${ranked.length} providers ranked by 2023 revenue; the top ${n} hold ${fmt(round(top5Share, 1))}% of the market.`,
      summary_zh: `按2023年收入排名的${ranked.length}家提供商；前${n}名合共佔市場${fmt(round(top5Share, 1))}%。`,
    });
    edge('RANKS', id, segIds[s]!);
    edge('SOURCED_FROM', id, sources[rng.chance(0.7) ? segSource[s]! : rng.weighted(sourceCum)]!);
  }

  // ---- Factors: drivers, barriers, trends, challenges ----
  for (let i = 0; i < counts.Factor; i++) {
    const kind = rng.pick(factorKinds);
    const [en, zh] = factorName(rng, kind);
    const id = `factor-${i + 1}`;
    node('Factor', id, {
      name_en: en, name_zh: zh, kind, sourceSection: S,
      summary_en: `A synthetic ${kind} of the markets it affects.`, summary_zh: `虛構的市場${{ driver: '驅動因素', barrier: '進入壁壘', trend: '發展趨勢', challenge: '挑戰' }[kind]}。`,
    });
    for (const s of distinct(rng, segCum, Math.min(8, 1 + rng.geometric(0.45)))) edge('AFFECTS', id, segIds[s]!);
    for (const t of distinct(rng, techCum, Math.min(4, rng.geometric(0.5)))) edge('INVOLVES', id, technologies[t]!);
  }

  // ---- Price and cost facts: a range, or a change over years ----
  for (let i = 0; i < counts.PriceFact; i++) {
    const [topicEn, topicZh] = rng.pick(priceTopics);
    const kind = rng.chance(0.75) ? 'price' : 'cost';
    const unit = rng.pick(units);
    const [billEn, billZh] = rng.pick(billing);
    const id = `price-fact-${i + 1}`;
    const props: Record<string, unknown> = {
      name_en: `${topicEn.charAt(0).toUpperCase()}${topicEn.slice(1)} ${kind}`, name_zh: `${topicZh}${kind === 'price' ? '價格' : '成本'}`,
      kind, scope: rng.chance(0.8) ? 'China' : 'global',
    };
    let summaryEn: string;
    if (rng.chance(0.5)) {
      const low = rng.pareto(1, 1.5);
      const high = low * rng.float(1.2, 3);
      Object.assign(props, { trend: rng.pick(trends), billing_en: billEn, billing_zh: billZh, unit, year: rng.int(2018, 2024), low: round(low, 1), high: round(high, 1) });
      summaryEn = `${kind === 'price' ? 'Prices' : 'Costs'} of ${topicEn} ranged from ${fmt(round(low, 1))} to ${fmt(round(high, 1))} ${unit}.`;
    } else {
      const start = rng.float(5, 500);
      const yearFrom = rng.int(2015, 2022);
      const yearTo = Math.min(2024, yearFrom + rng.int(1, 5));
      const g = rng.float(-0.25, 0.15);
      const end = start * (1 + g) ** (yearTo - yearFrom);
      Object.assign(props, {
        trend: g < -0.01 ? 'down' : g > 0.01 ? 'up' : 'stable', unit, year_from: yearFrom, year_to: yearTo,
        start_value: round(start, 1), end_value: round(end, 1), change_pct: round((end / start - 1) * 100, 1), cagr: round(g * 100, 1),
      });
      summaryEn = `${kind === 'price' ? 'Prices' : 'Costs'} of ${topicEn} went from ${fmt(round(start, 1))} to ${fmt(round(end, 1))} ${unit} between ${yearFrom} and ${yearTo}.`;
    }
    props.sourceSection = S;
    props.summary_en = summaryEn;
    props.summary_zh = `虛構的${topicZh}${kind === 'price' ? '價格' : '成本'}數據（${unit}）。`;
    node('PriceFact', id, props);
    for (const s of distinct(rng, segCum, rng.chance(0.5) ? 2 : 1)) edge('APPLIES_TO', id, segIds[s]!);
    edge('SOURCED_FROM', id, sources[rng.weighted(sourceCum)]!);
  }

  // ---- Milestones: short histories of segments, chained in order ----
  let m = 0;
  while (m < counts.Milestone) {
    const s = rng.weighted(segCum);
    const len = Math.min(counts.Milestone - m, rng.int(3, 7));
    let year = rng.int(2008, 2020);
    let prev: string | undefined;
    for (let k = 0; k < len; k++, m++) {
      const [en, zh] = rng.pick(milestoneEvents);
      const id = `milestone-${m + 1}`;
      const props: Record<string, unknown> = {
        name_en: `${segNames[s]}: ${en}`, name_zh: `${segNamesZh[s]}：${zh}`, year,
      };
      if (rng.chance(0.2)) props.year_end = Math.min(2035, year + rng.int(1, 2));
      props.sourceSection = S;
      props.summary_en = `In ${year}, ${en} in the ${segNames[s]}.`;
      props.summary_zh = `${year}年，該細分市場${zh}。`;
      node('Milestone', id, props);
      edge('MILESTONE_OF', id, segIds[s]!);
      if (prev) edge('FOLLOWED_BY', prev, id);
      prev = id;
      year = Math.min(2035, year + rng.int(0, 3));
    }
  }

  const order: NodeLabel[] = ['Layer', 'LayerAttribute', 'ValueChainRole', 'Source', 'Exchange', 'Technology', 'Segment', 'Provider', 'Ranking', 'Factor', 'PriceFact', 'Milestone'];
  return { nodes: order.flatMap((l) => byLabel.get(l) ?? []), edges };
}
