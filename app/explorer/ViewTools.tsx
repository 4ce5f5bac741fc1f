'use client';
// Undo and redo of view changes (also Ctrl/⌘+Z and Shift+Ctrl/⌘+Z, or
// Ctrl+Y), and the saved views: name the current view, reopen or delete a
// saved one, copy the current view's link.
import { useEffect, useId, useState } from 'react';
import CopyLinkButton from '../components/shared/CopyLinkButton';
import type { Strings } from '../components/shared/i18n';
import { addView, readViews, writeViews, type SavedView } from './savedViews';

export interface UndoControls {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

/** Whether a key press belongs to a field the user is typing in (its own undo applies there). */
const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export default function ViewTools({ t, history, search }: { t: Strings; history: UndoControls; search: string }) {
  const { undo, redo } = history;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || typing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        e.preventDefault();
        if (key === 'y' || e.shiftKey) redo();
        else undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const nameId = useId();
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState('');
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setViews(readViews()), []);
  const change = (next: SavedView[]) => {
    writeViews(next);
    setViews(next);
  };

  return (
    <div className="view-tools">
      <div className="segmented" role="group" aria-label={`${t.undo} / ${t.redo}`}>
        <button type="button" onClick={undo} disabled={!history.canUndo} aria-keyshortcuts="Control+Z Meta+Z">
          {`↶ ${t.undo}`}
        </button>
        <button type="button" onClick={redo} disabled={!history.canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">
          {`↷ ${t.redo}`}
        </button>
      </div>
      <details className="saved-views">
        <summary>{t.savedViews}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            change(addView(views, { id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`, name: name.trim(), search, at: Date.now() }));
            setName('');
          }}
        >
          <label htmlFor={nameId}>{t.viewName}</label>
          <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" disabled={!name.trim()}>
            {t.saveView}
          </button>
        </form>
        <CopyLinkButton label={t.copyLink} copiedLabel={t.copied} />
        {views.length === 0 ? (
          <p className="muted small">{t.noSavedViews}</p>
        ) : (
          <ul className="saved-view-list">
            {views.map((v) => (
              <li key={v.id}>
                <a href={`/?${v.search}`}>{v.name}</a>{' '}
                <button type="button" className="link-button" aria-label={t.deleteView(v.name)} onClick={() => change(views.filter((x) => x.id !== v.id))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
