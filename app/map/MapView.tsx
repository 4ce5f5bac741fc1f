'use client';
// /map: the market map — service layers down, markets across, the providers
// of each cell with independence marked (✓/✗ and a solid or dashed outline,
// never colour alone) and a bar of the share the document states. A cell
// opens the landscape filtered to its layer and segment; the provider filter
// and the language are in the URL; the map exports as SVG and PNG.
import { useEffect, useState } from 'react';
import type { MarketMap } from '@/graph/landscape/market-map';
import { download } from '@/app/components/canvas/exportView';
import type { Lang } from '@/app/components/shared/i18n';
import SiteHeader from '@/app/components/shared/SiteHeader';
import { useLanguage } from '@/app/components/shared/useLanguage';
import { cellOf, filterCell, largestShare, mapSvg, nameIn, type ProvidersFilter } from './mapView';
import { mapStrings } from './strings';
import './map.css';

export default function MapView({ map, initialLang, initialProviders }: { map: MarketMap; initialLang?: Lang; initialProviders: ProvidersFilter }) {
  const [lang, setLang] = useState<Lang>(initialLang ?? 'en');
  useLanguage(lang, initialLang !== undefined, setLang);
  const [providers, setProviders] = useState(initialProviders);
  const t = mapStrings[lang];
  const max = largestShare(map);

  useEffect(() => {
    const url = `/map?lang=${lang}${providers === 'all' ? '' : `&providers=${providers}`}`;
    if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
  }, [lang, providers]);

  const svg = () => mapSvg(map, lang, providers, t);
  const exportSvg = () => download(new Blob([svg()], { type: 'image/svg+xml' }), 'landscape-market-map.svg');
  const exportPng = () => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = img.width * 2;
      canvas.height = img.height * 2;
      const ctx = canvas.getContext('2d')!;
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0);
      canvas.toBlob((b) => b && download(b, 'landscape-market-map.png'), 'image/png');
    };
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg())}`;
  };

  const choices: [ProvidersFilter, string][] = [
    ['all', t.all],
    ['independent', `✓ ${t.independent}`],
    ['non-independent', `✗ ${t.nonIndependent}`],
  ];
  return (
    <div className="app market-map">
      <SiteHeader lang={lang} current="map" onLang={setLang} />
      <main className="map-main" aria-labelledby="map-title">
        <h1 id="map-title">{t.title}</h1>
        <p className="muted">{t.intro}</p>
        <div className="map-tools">
          <fieldset className="map-filter">
            <legend>{t.providers}</legend>
            {choices.map(([value, text]) => (
              <label key={value}>
                <input type="radio" name="providers" value={value} checked={providers === value} onChange={() => setProviders(value)} /> {text}
              </label>
            ))}
          </fieldset>
          <div className="row-buttons">
            <button type="button" onClick={exportSvg}>
              {t.exportSvg}
            </button>
            <button type="button" onClick={exportPng}>
              {t.exportPng}
            </button>
          </div>
        </div>
        <div className="map-scroll">
          <table className="map-table">
            <caption className="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.layer}</th>
                {map.markets.map((m) => (
                  <th scope="col" key={m.id}>
                    {nameIn(m, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.layers.map((layer) => (
                <tr key={layer.id} data-layer={layer.id}>
                  <th scope="row" style={{ paddingLeft: `${0.6 + layer.depth * 1.2}rem` }}>
                    <a href={`/?lang=${lang}&layer=${encodeURIComponent(layer.id)}`}>{nameIn(layer, lang)}</a>
                  </th>
                  {map.markets.map((m) => {
                    const cell = cellOf(map, layer.id, m.id)!;
                    const ps = filterCell(cell, providers);
                    const href = `/?lang=${lang}&layer=${encodeURIComponent(layer.id)}${cell.segment ? `&segment=${encodeURIComponent(cell.segment)}` : ''}`;
                    return (
                      <td key={m.id} data-market={m.id}>
                        {ps.length === 0 ? (
                          <span className="map-empty">{t.empty}</span>
                        ) : (
                          <ul className="map-providers">
                            {ps.map((p) => (
                              <li key={p.id} data-provider={p.id} className={p.independent ? 'map-chip independent' : 'map-chip dependent'}>
                                <a href={`/?lang=${lang}&sel=${encodeURIComponent(p.id)}`}>
                                  <span aria-label={p.independent ? t.independentMark : t.dependentMark}>{p.independent ? '✓' : '✗'}</span> {nameIn(p, lang)}
                                </a>
                                {p.share !== undefined && (
                                  <span className="map-share" title={p.source ? `${t.source}: ${p.source}` : undefined}>
                                    <span className="map-bar" style={{ width: `${(p.share / max) * 4}rem` }} aria-hidden="true" />
                                    {t.share(p.share.toFixed(1), p.year)}
                                  </span>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                        {cell.more > 0 && <span className="muted small">{t.more(cell.more)}</span>}
                        <a className="map-open small" href={href} aria-label={t.openCell(nameIn(layer, lang), nameIn(m, lang))}>
                          →
                        </a>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </div>
  );
}
