'use client';
// /markets: the two 2023 rankings (revenue and share per provider, the top
// five's concentration and the rest of the market), the market sizes the
// text states (2023, 2028E) with CAGRs, shares of parent markets, and the
// consistency audit. Tables render with the page; charts load on demand.
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import type { MarketFigures } from '@/graph/landscape/markets';
import type { Ranking } from '@/graph/landscape/rankings';
import { strings, type Lang } from '@/app/components/shared/i18n';
import Loading from '@/app/components/shared/Loading';
import { pageUrl } from '@/app/components/shared/lang';
import ShownOf from '@/app/components/shared/ShownOf';
import SiteHeader from '@/app/components/shared/SiteHeader';
import { useLanguage } from '@/app/components/shared/useLanguage';
import type { RankingBar, SizeBar } from './charts';
import type { MarketLists, Shown } from './lists';
import { marketStrings, type MarketStrings } from './strings';
import './markets.css';

const chartLoading = (height: number) =>
  function ChartLoading() {
    return (
      <div className="chart chart-placeholder" style={{ height }}>
        <Loading text="…" />
      </div>
    );
  };
const RankingChart = dynamic(() => import('./charts').then((m) => m.RankingChart), { ssr: false, loading: chartLoading(308) });
const SizesChart = dynamic(() => import('./charts').then((m) => m.SizesChart), { ssr: false, loading: chartLoading(300) });
const ChartPatterns = dynamic(() => import('./charts').then((m) => m.ChartPatterns), { ssr: false });

export interface MarketsViewProps {
  initialLang?: Lang;
  /** The page's cap (?show=), for its "show more" links. */
  show: number;
  rankings: Shown<Ranking>;
  lists: MarketLists;
}

const nameIn = (o: { name_en: string; name_zh: string }, lang: Lang) => (lang === 'zh' ? o.name_zh || o.name_en : o.name_en || o.name_zh);
const f1 = (v: number) => v.toFixed(1);
const f2 = (v: number) => v.toFixed(2);
const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v)}`;
/** Sizes as the document writes them: one decimal (large whole numbers without). */
const size = (v: number) => (Number.isInteger(v) && v >= 100 ? v.toLocaleString('en') : v.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

function rankingBars(k: Ranking, lang: Lang, t: MarketStrings, href: (id: string) => string): RankingBar[] {
  const bars: RankingBar[] = k.rows.map((r) => ({
    id: r.providerId,
    href: href(r.providerId),
    name: nameIn(r, lang),
    independent: r.independent,
    revenue: r.revenue,
    share: r.share,
    label: t.revenueShare(f2(r.revenue), f1(r.share)),
  }));
  const restRevenue = Math.round((k.market_total - k.top5_revenue) * 100) / 100;
  const restShare = Math.round((100 - k.top5_share) * 10) / 10;
  bars.push({
    id: k.segmentId,
    href: href(k.segmentId),
    name: t.restOfMarket,
    independent: null,
    revenue: restRevenue,
    share: restShare,
    label: t.revenueShare(f2(restRevenue), f1(restShare)),
  });
  return bars;
}

function sizeBars(list: MarketFigures[], lang: Lang, t: MarketStrings, href: (id: string) => string): SizeBar[] {
  return list.map((m) => ({
    id: m.id,
    href: href(m.id),
    name: nameIn(m, lang),
    size_2023: m.size_2023,
    size_2028e: m.size_2028e,
    label_2023: m.size_2023 === null ? '' : `${size(m.size_2023)} (2023)`,
    label_2028e: m.size_2028e === null ? '' : `${size(m.size_2028e)} (2028E)`,
    notes: [m.cagr_2023_2028e === null ? t.noCagr : t.cagr(f1(m.cagr_2023_2028e)), m.size_2028e === null ? t.not2028 : ''].filter(Boolean),
  }));
}

const sourcesOf = (list: { sourceSection: string }[]) => [...new Set(list.map((x) => x.sourceSection))];

export default function MarketsView({ initialLang, show, rankings: rankingList, lists }: MarketsViewProps) {
  const [lang, setLang] = useState<Lang>(initialLang ?? 'en');
  useLanguage(lang, initialLang !== undefined, setLang);
  useEffect(() => {
    const url = pageUrl(window.location.pathname, lang, show);
    if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
  }, [lang, show]);
  const t = marketStrings[lang];
  const ts = strings[lang];
  const href = (id: string) => `/?lang=${lang}&sel=${encodeURIComponent(id)}`;

  const rankings = rankingList.items;
  const markets = lists.markets.items;
  const parts = lists.parts.items;
  const penetration = lists.penetration.items;
  const shares = lists.shares.items;
  const auditRows = lists.audit.items;
  const more = (list: Shown<unknown>) => <ShownOf shown={list.items.length} total={list.total} show={show} path="/markets" lang={lang} />;

  return (
    <div className="app markets">
      <SiteHeader lang={lang} current="markets" onLang={setLang} />
      <ChartPatterns />
      <main className="page markets-page">
        <h1 className="page-title">{t.title}</h1>
        <p className="intro">{t.intro}</p>

        <section aria-labelledby="rankings-title">
          <h2 id="rankings-title">{t.rankingsTitle}</h2>
          <ul className="chart-keys" aria-label={ts.legend}>
            <li>
              <span className="key-swatch independent-swatch" aria-hidden="true" />
              {t.independentKey}
            </li>
            <li>
              <span className="key-swatch dependent-swatch" aria-hidden="true" />
              {t.dependentKey}
            </li>
            <li>
              <span className="key-swatch rest-swatch" aria-hidden="true" />
              {t.restKey}
            </li>
          </ul>
          <div className="ranking-grid">
            {rankings.map((k) => {
              const bars = rankingBars(k, lang, t, href);
              const rest = bars[bars.length - 1]!;
              return (
                <figure key={k.id} className="ranking-card" data-ranking={k.id} aria-labelledby={`${k.id}-title`}>
                  <h3 id={`${k.id}-title`}>
                    <a href={href(k.id)}>{nameIn(k, lang)}</a>
                  </h3>
                  <RankingChart bars={bars} axisLabel={t.revenueAxis} />
                  <h4>{t.concentration}</h4>
                  {/* A group, not an image: its segments are links, each named by its provider and share. */}
                  <div className="concentration" role="group" aria-label={`${t.topFive(f1(k.top5_share), size(k.market_total))}; ${t.rest(f1(rest.share))}`}>
                    {bars.map((b) => (
                      <a
                        key={b.id}
                        href={b.href}
                        className={`conc-seg ${b.independent === null ? 'rest' : b.independent ? 'independent' : 'dependent'}`}
                        style={{ width: `${b.share}%` }}
                        title={`${b.name}: ${f1(b.share)}%`}
                        aria-label={`${b.name}: ${f1(b.share)}%`}
                      >
                        {b.share >= 9 ? `${b.independent === null ? '' : b.independent ? '✓ ' : '✗ '}${f1(b.share)}%` : ''}
                      </a>
                    ))}
                  </div>
                  <p className="conc-caption">
                    <strong>{t.topFive(f1(k.top5_share), size(k.market_total))}</strong>
                    {' · '}
                    {t.rest(f1(rest.share))}
                  </p>
                  <figcaption className="source">{ts.source(k.sourceSection)}</figcaption>
                  <details>
                    <summary>{t.dataTable}</summary>
                    <table className="ranking-table">
                      <thead>
                        <tr>
                          <th scope="col" className="num">
                            {ts.rank}
                          </th>
                          <th scope="col">{ts.provider}</th>
                          <th scope="col" className="num">
                            {`${ts.revenue} (RMB bn)`}
                          </th>
                          <th scope="col" className="num">
                            {`${ts.share} (%)`}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {k.rows.map((r) => (
                          <tr key={r.providerId}>
                            <td className="num">{r.rank}</td>
                            <td>
                              <a href={href(r.providerId)}>{nameIn(r, lang)}</a>
                              <span className={r.independent ? 'badge independent' : 'badge dependent'}>
                                {r.independent ? `✓ ${ts.independentBadge}` : `✗ ${ts.dependentBadge}`}
                              </span>
                            </td>
                            <td className="num">{f2(r.revenue)}</td>
                            <td className="num">{f1(r.share)}</td>
                          </tr>
                        ))}
                        <tr>
                          <th scope="row" colSpan={2}>
                            {ts.topFive}
                          </th>
                          <td className="num">{f2(k.top5_revenue)}</td>
                          <td className="num">{f1(k.top5_share)}</td>
                        </tr>
                        <tr>
                          <th scope="row" colSpan={2}>
                            {`${t.restOfMarket} (${t.restNote})`}
                          </th>
                          <td className="num">{f2(rest.revenue)}</td>
                          <td className="num">{f1(rest.share)}</td>
                        </tr>
                        <tr>
                          <th scope="row" colSpan={2}>
                            {ts.marketTotal}
                          </th>
                          <td className="num">{size(k.market_total)}</td>
                          <td className="num">100.0</td>
                        </tr>
                      </tbody>
                    </table>
                  </details>
                </figure>
              );
            })}
          </div>
          {more(rankingList)}
        </section>

        <section aria-labelledby="sizes-title">
          <h2 id="sizes-title">{t.sizesTitle}</h2>
          <p className="intro">{t.sizesIntro}</p>
          <ul className="chart-keys">
            <li>
              <span className="key-swatch size-swatch" aria-hidden="true" />
              {t.size2023}
            </li>
            <li>
              <span className="key-swatch estimate-swatch" aria-hidden="true" />
              {t.size2028e}
            </li>
            <li>{t.cagrKey}</li>
          </ul>
          <div className="sizes-grid">
            {(
              [
                ['markets', t.sizesMarkets, markets],
                ['parts', t.sizesParts, parts],
              ] as const
            ).map(([id, title, list]) => (
              <figure key={id} className="sizes-card" data-chart={`sizes-${id}`} aria-labelledby={`sizes-${id}-title`}>
                <h3 id={`sizes-${id}-title`}>{title}</h3>
                <SizesChart bars={sizeBars(list, lang, t, href)} axisLabel={t.sizeAxis} />
                <figcaption className="source">{ts.source(sourcesOf(list).join('; '))}</figcaption>
                <details>
                  <summary>{t.dataTable}</summary>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t.part}</th>
                        <th scope="col" className="num">{`${t.size2023} (RMB bn)`}</th>
                        <th scope="col" className="num">{`${t.size2028e} (RMB bn)`}</th>
                        <th scope="col" className="num">CAGR (%)</th>
                        <th scope="col">{t.sourceCol}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((m) => (
                        <tr key={m.id}>
                          <td>
                            <a href={href(m.id)}>{nameIn(m, lang)}</a>
                          </td>
                          <td className="num">{m.size_2023 === null ? '—' : size(m.size_2023)}</td>
                          <td className="num">{m.size_2028e === null ? '—' : `${size(m.size_2028e)} E`}</td>
                          <td className="num">{m.cagr_2023_2028e === null ? '—' : f1(m.cagr_2023_2028e)}</td>
                          <td className="small">{m.sourceSection}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
                {more(id === 'markets' ? lists.markets : lists.parts)}
              </figure>
            ))}
          </div>
        </section>

        <section aria-labelledby="shares-title">
          <h2 id="shares-title">{t.sharesTitle}</h2>
          <div className="table-scroll">
            <table className="shares-table">
              <thead>
                <tr>
                  <th scope="col">{t.part}</th>
                  <th scope="col">{t.whole}</th>
                  <th scope="col" className="num">{`${t.share2023} (%)`}</th>
                  <th scope="col" className="num">{`${t.share2028e} (%)`}</th>
                  <th scope="col">{t.sourceCol}</th>
                </tr>
              </thead>
              <tbody>
                {shares.map((s) => (
                  <tr key={`${s.partId}-${s.wholeId}`}>
                    <td>
                      <a href={href(s.partId)}>{lang === 'zh' ? s.part_zh : s.part_en}</a>
                    </td>
                    <td>
                      <a href={href(s.wholeId)}>{lang === 'zh' ? s.whole_zh : s.whole_en}</a>
                    </td>
                    <td className="num">{s.share_2023 === null ? '—' : f1(s.share_2023)}</td>
                    <td className="num">{s.share_2028e === null ? '—' : `${f1(s.share_2028e)} E`}</td>
                    <td className="small">{s.sourceSection}</td>
                  </tr>
                ))}
                {penetration.map((m) => (
                  <tr key={`pen-${m.id}`}>
                    <td>
                      <a href={href(m.id)}>{nameIn(m, lang)}</a>
                    </td>
                    <td>{t.penetration}</td>
                    <td className="num">{m.penetration_2023 === null ? '—' : f1(m.penetration_2023)}</td>
                    <td className="num">{m.penetration_2028e === null ? '—' : `${f1(m.penetration_2028e)} E`}</td>
                    <td className="small">{m.sourceSection}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {more(lists.shares)}
          {more(lists.penetration)}
        </section>

        <section aria-labelledby="audit-title">
          <h2 id="audit-title">{t.auditTitle}</h2>
          <p className="intro">{t.auditIntro}</p>
          <p className="audit-summary" data-checks={lists.audit.total} data-flagged={lists.audit.flagged}>
            <strong>{t.auditSummary(lists.audit.total, lists.audit.passed, lists.audit.flagged)}</strong>
          </p>
          <div className="table-scroll">
            <table className="audit-table">
              <thead>
                <tr>
                  <th scope="col">{t.check}</th>
                  <th scope="col">{t.result}</th>
                  <th scope="col" className="num">
                    {t.stated}
                  </th>
                  <th scope="col" className="num">
                    {t.computed}
                  </th>
                  <th scope="col">{t.statedAt}</th>
                  <th scope="col">{t.computedFrom}</th>
                </tr>
              </thead>
              <tbody>
                {auditRows.map((c) => (
                  <tr key={c.check} className={c.pass ? 'pass' : 'flagged'} data-pass={c.pass}>
                    <th scope="row">{c.check}</th>
                    <td className="audit-result">{c.pass ? t.pass : t.flagged(signed(c.difference))}</td>
                    <td className="num">{c.stated}</td>
                    <td className="num">{c.computed}</td>
                    <td className="small mono">{c.statedAt}</td>
                    <td className="small mono">{c.computedFrom}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {more(lists.audit)}
        </section>
      </main>
    </div>
  );
}
