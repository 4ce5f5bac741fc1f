// The market map as the page and its export draw it: the cells of the chosen
// providers (all, independent, not independent), and the map as one SVG
// document (the PNG export rasterises it). Pure.
import type { MapCell, MapProvider, MarketMap } from '@/graph/landscape/market-map';
import type { Lang } from '@/app/components/shared/i18n';
import { localised } from '@/app/components/shared/names';
import type { MapStrings } from './strings';

export type ProvidersFilter = 'all' | 'independent' | 'non-independent';

/** A layer's, market's or provider's name in the language, the other one where it has none (names.ts). */
export const nameIn = (o: { name_en: string; name_zh: string }, lang: Lang) => localised(o, 'name', lang) ?? '';

export function filterCell(cell: MapCell, providers: ProvidersFilter): MapProvider[] {
  if (providers === 'all') return cell.providers;
  return cell.providers.filter((p) => p.independent === (providers === 'independent'));
}

export const cellOf = (map: MarketMap, layer: string, market: string) => map.cells.find((c) => c.layer === layer && c.market === market);

/** The largest share on the map, so bars compare across cells. */
export const largestShare = (map: MarketMap) => Math.max(1, ...map.cells.flatMap((c) => c.providers.map((p) => p.share ?? 0)));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The map as a standalone SVG document, in the page's language and with its filter. */
export function mapSvg(map: MarketMap, lang: Lang, providers: ProvidersFilter, t: MapStrings): string {
  const rowHead = 240;
  const colWidth = 300;
  const lineH = 22;
  const top = 70;
  const max = largestShare(map);
  const rows = map.layers.map((layer) => {
    const lines = Math.max(1, ...map.markets.map((m) => filterCell(cellOf(map, layer.id, m.id)!, providers).length));
    return { layer, height: lines * lineH + 16 };
  });
  const width = rowHead + colWidth * map.markets.length + 20;
  const height = top + rows.reduce((a, r) => a + r.height, 0) + 20;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans CJK TC, Noto Sans, sans-serif" font-size="13">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="24" font-size="18" font-weight="bold">${esc(t.title)}</text>`,
    `<text x="10" y="${top - 12}" font-weight="bold">${esc(t.layer)}</text>`,
  ];
  map.markets.forEach((m, i) => out.push(`<text x="${rowHead + i * colWidth + 8}" y="${top - 12}" font-weight="bold">${esc(nameIn(m, lang))}</text>`));
  let y = top;
  for (const { layer, height: h } of rows) {
    out.push(`<line x1="0" y1="${y}" x2="${width}" y2="${y}" stroke="#c9ced4"/>`);
    out.push(`<text x="${10 + layer.depth * 16}" y="${y + 20}">${esc(nameIn(layer, lang))}</text>`);
    map.markets.forEach((m, i) => {
      const x = rowHead + i * colWidth + 8;
      const ps = filterCell(cellOf(map, layer.id, m.id)!, providers);
      if (!ps.length) out.push(`<text x="${x}" y="${y + 20}" fill="#555b63" font-style="italic">${esc(t.empty)}</text>`);
      ps.forEach((p, k) => {
        const py = y + 20 + k * lineH;
        const bar = p.share === undefined ? 0 : Math.max(2, (p.share / max) * 80);
        if (bar) out.push(`<rect x="${x}" y="${py - 11}" width="${bar.toFixed(1)}" height="13" fill="#9cc3e6"/>`);
        const share = p.share === undefined ? '' : ` ${t.share(p.share.toFixed(1), p.year)}`;
        out.push(`<text x="${x + 88}" y="${py}">${esc(`${p.independent ? '✓' : '✗'} ${nameIn(p, lang)}${share}`)}</text>`);
      });
    });
    y += h;
  }
  out.push('</svg>');
  return out.join('\n');
}
