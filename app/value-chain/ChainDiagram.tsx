// The value chain left to right: stages as cards with their layers and
// providers, what flows on each link between neighbouring stages as an arrow,
// and links that skip stages as brackets above. Every stage links to the
// landscape filtered to it.
import { edgeCaption } from '../components/details/figures';
import { strings, type Lang } from '../components/shared/i18n';
import { nameOf, otherNameOf, summaryOf } from '../components/shared/names';
import ShownOf from '../components/shared/ShownOf';
import ProviderChip from './ProviderChip';
import type { ValueChain } from './valueChain';

const stageCol = (i: number) => 2 * i + 1;

export default function ChainDiagram({ chain, lang, show }: { chain: ValueChain; lang: Lang; show: number }) {
  const t = strings[lang];
  const landscape = (param: string, id: string) => `/?lang=${lang}&${param}=${encodeURIComponent(id)}`;
  const bypasses = chain.links.filter((l) => l.to - l.from > 1);
  const adjacent = chain.links.filter((l) => l.to - l.from === 1);
  const n = chain.stages.length;
  const columns = chain.stages.map((s) => (s.providers.length || s.layers.length > 1 ? 'minmax(0,1.6fr)' : 'minmax(0,1fr)')).join(' 7.5rem ');
  return (
    <div className="chain" style={{ gridTemplateColumns: columns }}>
      {bypasses.map((l, row) => {
        const from = chain.stages[l.from]!.role;
        const to = chain.stages[l.to]!.role;
        return (
          <div
            key={l.edge.id}
            className="bypass"
            style={{ gridColumn: `${stageCol(l.from)} / ${stageCol(l.to) + 1}`, gridRow: row + 1 }}
          >
            <span className="bypass-label">
              <span className="flow-ends">{`${t.edgeBetween(nameOf(from, lang), nameOf(to, lang))} (${t.directLink})`}</span>
              <span className="flow">{edgeCaption(l.edge, lang)}</span>
            </span>
          </div>
        );
      })}
      {chain.stages.map((s, i) => (
        <article key={s.role.id} className="stage-card" style={{ gridColumn: stageCol(i), gridRow: bypasses.length + 1 }} aria-labelledby={`stage-${s.role.id}`}>
          <h3 id={`stage-${s.role.id}`}>
            <span className="stage-no" aria-hidden="true">
              {s.stage}
            </span>
            <a href={landscape('stage', s.role.id)}>{nameOf(s.role, lang)}</a>
          </h3>
          {otherNameOf(s.role, lang) && <p className="other-name">{otherNameOf(s.role, lang)}</p>}
          <p className="summary">{summaryOf(s.role, lang)}</p>
          {s.layers.length > 0 && (
            <>
              <h4>{t.stageLayers}</h4>
              <ul className="chain-layers">
                {s.layers.map((l) => (
                  <li key={l.layer.id} style={{ marginLeft: `${l.depth * 0.9}rem` }}>
                    <a href={landscape('layer', l.layer.id)}>{nameOf(l.layer, lang)}</a>
                    {l.providers.length > 0 && (
                      <div className="chips" aria-label={t.offers(nameOf(l.layer, lang))}>
                        {l.providers.map((p) => (
                          <ProviderChip key={p.id} node={p} lang={lang} href={`${landscape('stage', s.role.id)}&sel=${p.id}`} />
                        ))}
                      </div>
                    )}
                    <ShownOf shown={l.providers.length} total={l.providerTotal} show={show} path="/value-chain" lang={lang} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>{t.stageProviders}</h4>
          {s.providers.length ? (
            <div className="chips">
              {s.providers.map((p) => (
                <ProviderChip key={p.id} node={p} lang={lang} href={`${landscape('stage', s.role.id)}&sel=${p.id}`} />
              ))}
            </div>
          ) : (
            <p className="muted small">{t.noProviders}</p>
          )}
          <ShownOf shown={s.providers.length} total={s.providerTotal} show={show} path="/value-chain" lang={lang} />
          <a className="button-link" href={landscape('stage', s.role.id)}>
            {`${t.showOnLandscape} →`}
          </a>
        </article>
      ))}
      {adjacent.map((l) => (
        <div key={l.edge.id} className="flow-arrow" style={{ gridColumn: stageCol(l.from) + 1, gridRow: bypasses.length + 1 }}>
          <span className="visually-hidden">
            {t.edgeBetween(nameOf(chain.stages[l.from]!.role, lang), nameOf(chain.stages[l.to]!.role, lang))}
          </span>
          <span className="flow">{edgeCaption(l.edge, lang)}</span>
          <svg viewBox="0 0 100 16" width="100%" height="16" aria-hidden="true" focusable="false" preserveAspectRatio="none">
            <line x1="2" y1="8" x2="88" y2="8" stroke="currentColor" strokeWidth="3" />
            <polygon points="86,1 99,8 86,15" fill="currentColor" />
          </svg>
        </div>
      ))}
      {n === 0 && <p className="muted">—</p>}
    </div>
  );
}
