// Who ranks where: the two 2023 rankings with revenue, share and the
// independence of each provider, and the heading they come from.
import type { Ranking } from '@/graph/landscape/rankings';
import { formatFigure } from '../components/details/figures';
import { strings, type Lang } from '../components/shared/i18n';

const both = (en: string, zh: string, lang: Lang) => (lang === 'zh' ? `${zh} · ${en}` : `${en} · ${zh}`);

export default function RankingsPanel({ rankings, lang, onSelect }: { rankings: Ranking[]; lang: Lang; onSelect: (id: string) => void }) {
  const t = strings[lang];
  return (
    <section className="rankings" aria-labelledby="rankings-title">
      <h2 id="rankings-title">{t.rankingsTitle}</h2>
      {rankings.map((k) => (
        <section key={k.id} aria-labelledby={k.id}>
          <h3 id={k.id}>{both(k.name_en, k.name_zh, lang)}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.rank}</th>
                <th scope="col">{t.provider}</th>
                <th scope="col" className="num">
                  {`${t.revenue} (${t.unitRmbBn})`}
                </th>
                <th scope="col" className="num">
                  {`${t.share} (%)`}
                </th>
              </tr>
            </thead>
            <tbody>
              {k.rows.map((r) => (
                <tr key={r.providerId}>
                  <td className="num">{r.rank}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onSelect(r.providerId)}>
                      {both(r.name_en, r.name_zh, lang)}
                    </button>
                    <span className={r.independent ? 'badge independent' : 'badge dependent'}>
                      {r.independent ? `✓ ${t.independentBadge}` : `✗ ${t.dependentBadge}`}
                    </span>
                  </td>
                  <td className="num">{formatFigure('revenue', r.revenue, 'RMB bn')}</td>
                  <td className="num">{formatFigure('share', r.share, '%')}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" colSpan={2}>
                  {t.topFive}
                </th>
                <td className="num">{formatFigure('top5_revenue', k.top5_revenue, 'RMB bn')}</td>
                <td className="num">{formatFigure('top5_share', k.top5_share, '%')}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t.marketTotal}
                </th>
                <td className="num">{formatFigure('market_total', k.market_total, 'RMB bn')}</td>
                <td className="num">100.0</td>
              </tr>
            </tbody>
          </table>
          <p className="source">{t.source(k.sourceSection)}</p>
        </section>
      ))}
    </section>
  );
}
