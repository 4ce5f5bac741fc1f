'use client';
// The workbench's side panel: the examples gallery, the history of run
// queries and the saved queries.
import { useState } from 'react';
import type { Lang } from '@/app/components/shared/i18n';
import { examples, type Example } from './examples';
import type { HistoryEntry, SavedQuery } from './storage';
import type { WorkbenchStrings } from './strings';

type Tab = 'examples' | 'history' | 'saved';

export interface SidePanelProps {
  lang: Lang;
  t: WorkbenchStrings;
  history: HistoryEntry[];
  saved: SavedQuery[];
  onExample: (e: Example) => void;
  onLoad: (q: { query: string; params: string }, run: boolean) => void;
  onDeleteHistory: (id: string) => void;
  onClearHistory: () => void;
  onSave: (name: string) => void;
  onDeleteSaved: (id: string) => void;
}

const firstLine = (q: string) => q.trim().split('\n')[0] ?? '';

export default function SidePanel(props: SidePanelProps) {
  const { lang, t, history, saved } = props;
  const [tab, setTab] = useState<Tab>('examples');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const tabs: [Tab, string][] = [
    ['examples', `${t.examples} (${examples.length})`],
    ['history', `${t.history} (${history.length})`],
    ['saved', `${t.saved} (${saved.length})`],
  ];
  const time = (at: number) => new Date(at).toLocaleString(lang === 'zh' ? 'zh-Hant' : 'en', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div className="wb-side-inner">
      <div role="tablist" aria-label={`${t.examples} / ${t.history} / ${t.saved}`} className="tabs">
        {tabs.map(([id, text]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`side-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`side-panel-${id}`}
            onClick={() => setTab(id)}
          >
            {text}
          </button>
        ))}
      </div>

      {tab === 'examples' && (
        <ul className="examples" role="tabpanel" id="side-panel-examples" aria-labelledby="side-tab-examples">
          {examples.map((e) => (
            <li key={e.id}>
              <button type="button" className="example" data-example={e.id} onClick={() => props.onExample(e)}>
                <span className="example-title">{e.title[lang]}</span>
                <span className="example-explain">{e.explain[lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      {tab === 'history' && (
        <div role="tabpanel" id="side-panel-history" aria-labelledby="side-tab-history">
          {history.length === 0 && <p className="muted">{t.noHistory}</p>}
          <ul className="saved-list">
            {history.map((h) => (
              <li key={h.id} className="history-item">
                <code className="q-line" title={h.query}>
                  {firstLine(h.query)}
                </code>
                <span className="muted small">
                  {`${time(h.at)} · ${'rows' in h.outcome ? t.rowsShort(h.outcome.rows) : `${t.failedShort} (${h.outcome.error})`}`}
                </span>
                <span className="row-buttons">
                  <button type="button" onClick={() => props.onLoad(h, true)}>
                    {t.runIt}
                  </button>
                  <button type="button" onClick={() => props.onLoad(h, false)}>
                    {t.load}
                  </button>
                  <button type="button" onClick={() => props.onDeleteHistory(h.id)} aria-label={`${t.remove}: ${firstLine(h.query)}`}>
                    {t.remove}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {history.length > 0 && (
            <button type="button" className="link-button" onClick={props.onClearHistory}>
              {t.clearHistory}
            </button>
          )}
        </div>
      )}

      {tab === 'saved' && (
        <div role="tabpanel" id="side-panel-saved" aria-labelledby="side-tab-saved">
          <form
            className="save-form"
            onSubmit={(e) => {
              e.preventDefault();
              const n = name.trim();
              if (!n) return;
              props.onSave(n);
              setNote(t.savedAs(n));
              setName('');
            }}
          >
            <label>
              <span>{t.saveName}</span>
              <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t.saveNamePlaceholder} />
            </label>
            <button type="submit" disabled={!name.trim()}>
              {t.save}
            </button>
          </form>
          <p className="muted small" aria-live="polite">
            {note}
          </p>
          {saved.length === 0 && <p className="muted">{t.noSaved}</p>}
          <ul className="saved-list">
            {saved.map((s) => (
              <li key={s.id} className="saved-item">
                <strong>{s.name}</strong>
                <code className="q-line" title={s.query}>
                  {firstLine(s.query)}
                </code>
                <span className="row-buttons">
                  <button type="button" onClick={() => props.onLoad(s, true)}>
                    {t.runIt}
                  </button>
                  <button type="button" onClick={() => props.onLoad(s, false)}>
                    {t.load}
                  </button>
                  <button type="button" onClick={() => props.onDeleteSaved(s.id)} aria-label={`${t.remove}: ${s.name}`}>
                    {t.remove}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
