'use client';
// Paths from the selected node to another one chosen by name: the shortest,
// or every path up to k hops (GET /api/paths, read on the store). Each path is
// listed node by node with the relationships between them and what flows
// along them; the explorer highlights the chosen path on the canvas.
import type { PathsAnswer } from '@/graph/landscape/paths';
import { edgeCaption } from '../components/details/figures';
import { relName, strings, type Lang } from '../components/shared/i18n';
import { nameOf } from '../components/shared/names';
import SearchBox from './SearchBox';
import type { PathMode, PathQuery } from './urlState';

export interface PathPanelProps {
  /** The node a new question starts from: the selected one. */
  from?: { id: string; name: string };
  /** The question in the URL, and its answer (usePaths). */
  path?: PathQuery;
  answer?: PathsAnswer;
  error?: string;
  lang: Lang;
  onPath: (path: PathQuery | undefined) => void;
  onOpen: (id: string) => void;
}

export default function PathPanel({ from, path, answer, error, lang, onPath, onOpen }: PathPanelProps) {
  const t = strings[lang];
  const k = path?.k ?? 3;
  const ask = (to: string, mode: PathMode, hops = k) => {
    const start = from?.id ?? path?.from;
    if (start) onPath({ from: start, to, mode, k: hops, shown: 0 });
  };
  const show = (i: number) => path && onPath({ ...path, shown: i });
  const shown = path?.shown ?? 0;
  const to = path && (!from || path.from === from.id) ? path.to : undefined;
  const byId = new Map(answer?.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(answer?.edges.map((e) => [e.id, e]));

  return (
    <section className="path-panel" aria-labelledby="paths-title">
      <h3 id="paths-title">{t.pathsTitle}</h3>
      {from && <SearchBox lang={lang} label={t.pathTo(from.name)} onPick={(id) => ask(id, 'shortest')} />}
      {to && (
        <div className="row-buttons">
          <button type="button" onClick={() => ask(to, 'shortest')} aria-pressed={path?.mode === 'shortest'}>
            {t.shortestPath}
          </button>
          <label>
            {`${t.hops} `}
            <select value={k} onChange={(e) => path && onPath({ ...path, k: Number(e.target.value), shown: 0 })}>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => ask(to, 'all')} aria-pressed={path?.mode === 'all'}>
            {t.allPaths(k)}
          </button>
          <ClearButton label={t.clearPath} onClear={() => onPath(undefined)} />
        </div>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {path && !to && (
        <p className="small">
          {answer && `${nameOf(answer.nodes.find((n) => n.id === path.from), lang)} → ${nameOf(answer.nodes.find((n) => n.id === path.to), lang)} `}
          <ClearButton label={t.clearPath} onClear={() => onPath(undefined)} />
        </p>
      )}
      {answer && answer.paths.length === 0 && <p className="muted">{t.noPath}</p>}
      {answer?.truncated && <p className="muted small">{t.pathsCut}</p>}
      {answer && answer.paths.length > 0 && (
        <ol className="path-list">
          {answer.paths.map((p, i) => (
            <li key={p.edges.join('|')} data-path={i} aria-current={i === shown ? 'true' : undefined}>
              <button type="button" className="link-button" onClick={() => show(i)}>
                {t.pathOf(i + 1, p.edges.length)}
              </button>
              <ol className="path-steps">
                {p.nodes.map((id, j) => {
                  const edge = j > 0 ? edgeById.get(p.edges[j - 1]!) : undefined;
                  return (
                    <li key={id}>
                      {edge && (
                        <span className="path-edge">
                          {`${edge.source === id ? '←' : '→'} ${relName(edge.type, lang)}${edgeCaption(edge, lang) !== relName(edge.type, lang) ? ` (${edgeCaption(edge, lang)})` : ''} `}
                        </span>
                      )}
                      <button type="button" className="link-button" onClick={() => onOpen(id)}>
                        {nameOf(byId.get(id), lang)}
                      </button>
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ClearButton({ label, onClear }: { label: string; onClear: () => void }) {
  return (
    <button type="button" className="link-button" onClick={onClear}>
      {label}
    </button>
  );
}
