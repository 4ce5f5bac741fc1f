// Figures of a node or relationship as a reader needs them: a name, the
// number formatted as the document writes it, its unit and its year. Units
// come from the model (graph/model), handed to the client by the page.
import type { GraphEdge } from '@/graph/model';
import { relName, type Lang } from '../shared/i18n';
import { localised } from '../shared/names';

/** label or relationship type → figure property → unit ("RMB bn", "%", "year", "unit" = the element's own `unit`). */
export type Units = Record<string, Record<string, string>>;

export interface FigureRow {
  key: string;
  name: string;
  value: string;
  unit: string;
  year?: string;
}

const keyNames: Record<string, [string, string]> = {
  year: ['Year', '年份'],
  year_end: ['Until', '至'],
  year_from: ['From year', '起始年份'],
  year_to: ['To year', '結束年份'],
  rank: ['Rank', '排名'],
  revenue: ['Revenue', '收入'],
  share: ['Share', '份額'],
  size: ['Market size', '市場規模'],
  cagr: ['CAGR', '複合年增長率'],
  penetration: ['Penetration', '滲透率'],
  top5_revenue: ['Top-five revenue', '前五名收入'],
  top5_share: ['Top-five share', '前五名份額'],
  market_total: ['Market total', '市場總額'],
  founded: ['Founded', '成立年份'],
  funding_year: ['Funding year', '融資年份'],
  funding_rmb_m: ['Funding', '融資額'],
  fee_rmb: ['Fee', '費用'],
  low: ['Low', '下限'],
  high: ['High', '上限'],
  start_value: ['Start value', '起始值'],
  end_value: ['End value', '終值'],
  change_pct: ['Change', '變動'],
  corporate_status: ['Corporate status', '公司性質'],
  funding_round: ['Funding round', '融資輪次'],
  level: ['Level', '層級'],
  kind: ['Kind', '類別'],
  trend: ['Trend', '趨勢'],
  scope: ['Scope', '範圍'],
  billing: ['Billing', '收費方式'],
  basis: ['Basis', '計算基礎'],
  penetration_base: ['Penetration measured against', '滲透率基數'],
  country: ['Country', '國家'],
  abbr: ['Abbreviation', '簡稱'],
  stage: ['Stage', '環節'],
  position: ['Column', '欄位'],
  listing: ['Listing', '上市類別'],
  entity: ['Listed entity', '上市主體'],
  flow: ['Flow', '流向'],
  via: ['What flows', '提供內容'],
  value: ['Value', '值'],
  independent: ['Independent', '獨立'],
};

/** Enum values in Chinese (English reads them as words). */
const enumZh: Record<string, string> = {
  issuer: '發行人',
  listed: '上市公司',
  'subsidiary-of-listed': '上市公司附屬公司',
  private: '私營公司',
  market: '市場',
  'sub-market': '細分市場',
  driver: '驅動因素',
  barrier: '進入壁壘',
  trend: '趨勢',
  challenge: '挑戰',
  price: '價格',
  cost: '成本',
  down: '下降',
  up: '上升',
  stable: '平穩',
  varies: '視乎情況',
  'up-then-down': '先升後降',
  fluctuating: '波動',
  primary: '第一上市',
  secondary: '第二上市',
  self: '本身',
  parent: '母公司',
  'research-firm': '研究機構',
  government: '政府',
  'industry-body': '行業組織',
  'market-data': '市場數據',
  interviews: '訪談',
  'cloud-resources': '雲資源',
  'api-sdk': 'API / SDK',
  apaas: 'APaaS',
  applications: '應用程序',
};

/** "size_2023" → size, 2023; "cagr_2023_2028e" → cagr, 2023–2028E. */
export function splitYear(key: string): { base: string; year?: string } {
  const m = /^(.*?)((?:_\d{4}e?)+)$/.exec(key);
  if (!m) return { base: key };
  const years = m[2]!.split('_').filter(Boolean).map((y) => y.toUpperCase());
  return { base: m[1]!, year: years.join('–') };
}

export function keyName(key: string, lang: Lang): string {
  const { base } = splitYear(key);
  const pair = keyNames[key] ?? keyNames[base];
  if (pair) return pair[lang === 'zh' ? 1 : 0];
  return base.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Numbers as the document writes them: shares with one decimal, revenues with two. */
export function formatFigure(key: string, value: unknown, unit: string): string {
  if (typeof value !== 'number') return String(value);
  if (unit === 'year' || unit === 'rank') return String(value);
  if (unit === '%') return value.toFixed(1);
  if (/revenue/.test(key)) return value.toFixed(2);
  if (unit === 'RMB bn') return value.toFixed(1);
  return String(value);
}

function displayUnit(unit: string, key: string, props: Record<string, unknown>): string {
  if (unit === 'unit') return typeof props.unit === 'string' ? props.unit : '';
  if (unit === 'year' || unit === 'rank') return '';
  if (key === 'revenue' && typeof props.revenue_unit === 'string') return props.revenue_unit;
  return unit;
}

function yearOf(key: string, unit: string, props: Record<string, unknown>): string | undefined {
  if (unit === 'year') return undefined;
  const { year } = splitYear(key);
  if (year) return year;
  if (typeof props.year === 'number') return String(props.year);
  if (typeof props.year_from === 'number' && typeof props.year_to === 'number') return `${props.year_from}–${props.year_to}`;
  return undefined;
}

/** Every figure among the properties of a node (by label) or relationship (by type). */
export function figuresOf(owner: string, props: Record<string, unknown>, units: Units, lang: Lang): FigureRow[] {
  const known = units[owner] ?? {};
  const rows: FigureRow[] = [];
  for (const [key, unit] of Object.entries(known)) {
    const v = props[key];
    if (v === undefined || v === null) continue;
    // A relationship's own year is shown with its figures, not as a figure.
    if (key === 'year' && Object.keys(known).some((k) => k !== 'year' && props[k] !== undefined)) continue;
    rows.push({
      key,
      name: keyName(key, lang),
      value: formatFigure(key, v, unit),
      unit: displayUnit(unit, key, props),
      year: yearOf(key, unit, props),
    });
  }
  return rows;
}

export const figureText = (f: FigureRow) => `${f.name}: ${f.value}${f.unit ? (f.unit === '%' ? '%' : ` ${f.unit}`) : ''}${f.year ? ` (${f.year})` : ''}`;

/** An enum value such as "subsidiary-of-listed" read as words, or in Chinese. */
export const enumText = (v: string, lang: Lang) =>
  lang === 'zh' && enumZh[v] ? enumZh[v] : /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(v) ? v.replace(/-/g, ' ') : v;

const hidden = new Set(['id', 'name_en', 'name_zh', 'summary_en', 'summary_zh', 'sourceSection', 'unit', 'revenue_unit', 'size_unit']);

/** Properties that are not figures (status, kind, billing…), paired en/zh read in the chosen language. */
export function otherProps(owner: string, props: Record<string, unknown>, units: Units, lang: Lang): [string, string][] {
  const figs = units[owner] ?? {};
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const [key, v] of Object.entries(props)) {
    if (hidden.has(key) || key in figs || v === null || v === undefined) continue;
    const pair = /^(.*)_(en|zh)$/.exec(key);
    if (pair) {
      if (seen.has(pair[1]!)) continue;
      seen.add(pair[1]!);
      out.push([keyName(pair[1]!, lang), localised(props, pair[1]!, lang) ?? '']);
    } else {
      out.push([keyName(key, lang), typeof v === 'boolean' ? (v ? '✓' : '✗') : enumText(String(v), lang)]);
    }
  }
  return out;
}

/** The short caption of a relationship on the canvas. */
export function edgeCaption(edge: GraphEdge, lang: Lang): string {
  const p = edge.properties;
  switch (edge.type) {
    case 'RANKED_IN':
      return `#${p.rank} · ${formatFigure('revenue', p.revenue, 'RMB bn')} ${p.revenue_unit ?? ''} · ${formatFigure('share', p.share, '%')}% (${p.year})`;
    case 'PART_OF':
      return typeof p.share_2023 === 'number' ? `${relName('PART_OF', lang)} · ${formatFigure('share', p.share_2023, '%')}% (2023)` : relName('PART_OF', lang);
    case 'SUPPLIES':
      return localised(p, 'via', lang) ?? relName('SUPPLIES', lang);
    case 'HAS_ATTRIBUTE':
      return localised(p, 'value', lang) ?? '';
    case 'LISTED_ON':
      return `${relName('LISTED_ON', lang)} ${p.year ?? ''}`.trim();
    default:
      return relName(edge.type, lang);
  }
}
