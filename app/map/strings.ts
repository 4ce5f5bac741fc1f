// What the market map says, in English and Traditional Chinese.
import type { Lang } from '@/app/components/shared/i18n';

const en = {
  title: 'Market map',
  intro: 'Who sits in which service layer of which market. A provider’s bar and figure are its market share where the document states one; ✓ marks an independent provider, ✗ one that is not.',
  layer: 'Service layer',
  providers: 'Providers',
  all: 'All',
  independent: 'Independent',
  nonIndependent: 'Not independent',
  empty: 'none stated',
  more: (n: number) => `+${n} more`,
  openCell: (layer: string, market: string) => `Show ${layer} in ${market} on the landscape`,
  share: (v: string, year?: number) => `${v}%${year ? ` (${year})` : ''}`,
  independentMark: 'independent',
  dependentMark: 'not independent',
  exportPng: 'Export PNG',
  exportSvg: 'Export SVG',
  source: 'Source',
};

export type MapStrings = typeof en;

const zh: MapStrings = {
  title: '市場地圖',
  intro: '各服務商位於哪個市場的哪個服務層級。文件載有市場份額時，以長條及數字表示；✓ 表示獨立服務商，✗ 表示非獨立。',
  layer: '服務層級',
  providers: '服務商',
  all: '全部',
  independent: '獨立',
  nonIndependent: '非獨立',
  empty: '未載明',
  more: (n: number) => `另有 ${n} 家`,
  openCell: (layer: string, market: string) => `在全景圖中顯示${market}的${layer}`,
  share: (v: string, year?: number) => `${v}%${year ? `（${year}年）` : ''}`,
  independentMark: '獨立',
  dependentMark: '非獨立',
  exportPng: '匯出 PNG',
  exportSvg: '匯出 SVG',
  source: '出處',
};

export const mapStrings: Record<Lang, MapStrings> = { en, zh };
