'use client';
// Paths from the selected node to another one chosen by name: the shortest,
// or every path up to k hops (GET /api/paths, read on the store). Each path is
// listed node by node with the relationships between them and what flows
// along them; the explorer highlights the chosen path on the canvas.
import { useState } from 'react';
import type { GraphDocument } from '@/graph/model';
import type { PathsAnswer } from '@/graph/landscape/paths';
import { edgeCaption } from '../components/details/figures';
import { relName, strings, type Lang } from '../components/shared/i18n';
import { nameOf } from '../components/shared/names';
import { getJson } from '../components/shared/useApi';
import SearchBox from './SearchBox';

export default function PathPanel({ from, lang, onPaths, onOpen }: { from: { id: string; name: string }; lang: Lang; onPaths: (doc: GraphDocument, highlight: string[]) => void; onOpen: (id: string) => void }) {
  const t = strings[lang];
  const [to, setTo] = useState<string>();
  const [k, setK] = useState(3);
  const [answer, setAnswer] = useState<PathsAnswer>();
  const [error, setError] = useState<string>();
  const [shown, setShown] = useState(0);

  const show = (a: PathsAnswer, i: number) => {
    setShown(i);
    const p = a.paths[i];
    onPaths({ nodes: a.nodes, edges: a.edges }, p ? [...p.nodes, ...p.edges] : []);
  };
  const ask = (target: string, mode: 'shortest' | 'all') => {
    setError(undefined);
    getJson<PathsAnswer>(`/api/paths?from=${encodeURIComponent(from.id)}&to=${encodeURIComponent(target)}&mode=${mode}&k=${k}`).then(
      (a) => {
        setAnswer(a);
        show(a, 0);
      },
      (err: Error) => setError(err.message),
    );
  };
  const byId = new Map(answer?.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(answer?.edges.map((e) => [e.id, e]));

  return (
    <section className="path-panel" aria-labelledby="paths-title">
      <h3 id="paths-title">{t.pathsTitle}</h3>
      <SearchBox
        lang={lang}
        label={t.pathTo(from.name)}
        onPick={(id) => {
          setTo(id);
          ask(id, 'shortest');
        }}
      />
      {to && (
        <div className="row-buttons">
          <button type="button" onClick={() => ask(to, 'shortest')}>
            {t.shortestPath}
          </button>
          <label>
            {`${t.hops} `}
            <select value={k} onChange={(e) => setK(Number(e.target.value))}>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => ask(to, 'all')}>
            {t.allPaths(k)}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setTo(undefined);
              setAnswer(undefined);
              onPaths({ nodes: [], edges: [] }, []);
            }}
          >
            {t.clearPath}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {answer && answer.paths.length === 0 && <p className="muted">{t.noPath}</p>}
      {answer?.truncated && <p className="muted small">{t.pathsCut}</p>}
      {answer && answer.paths.length > 0 && (
        <ol className="path-list">
          {answer.paths.map((p, i) => (
            <li key={p.edges.join('|')} data-path={i} aria-current={i === shown ? 'true' : undefined}>
              <button type="button" className="link-button" onClick={() => show(answer, i)}>
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
