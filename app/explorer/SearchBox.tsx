'use client';
// Search by name in English or Chinese (prefix and near misses, through
// GET /api/search). Choosing a hit selects it; the canvas centres on it.
import { useEffect, useId, useState } from 'react';
import type { SearchHit } from '@/graph/landscape/view';
import { labelName, strings, type Lang } from '../components/shared/i18n';
import ShapeIcon from '../components/canvas/ShapeIcon';
import { getJson } from '../components/shared/useApi';

export default function SearchBox({ lang, onPick, label }: { lang: Lang; onPick: (id: string) => void; label?: string }) {
  const t = strings[lang];
  const name = label ?? t.search;
  const id = useId();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      getJson<{ hits: SearchHit[] }>(`/api/search?limit=8&q=${encodeURIComponent(text)}`, ctl.signal).then(
        (r) => {
          setHits(r.hits);
          setError(undefined);
          setActive(0);
          setOpen(true);
        },
        (err: Error) => {
          if (err.name !== 'AbortError') setError(t.failed(t.whatSearch, err.message));
        },
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q, t]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit.id);
    setOpen(false);
  };

  const showList = open && !!q.trim();
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(hits[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search" role="search" aria-label={name}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {name}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={t.searchPlaceholder}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (!e.target.value.trim()) setOpen(false);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => hits.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {showList && (
        <ul id={`${id}-list`} role="listbox" className="search-hits" aria-label={name}>
          {hits.length === 0 && !error && <li className="muted">{t.noHits}</li>}
          {error && <li className="error-text">{error}</li>}
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
            >
              <ShapeIcon label={h.label} />
              <span className="hit-name">{lang === 'zh' ? h.name_zh : h.name_en}</span>
              <span className="hit-other">{lang === 'zh' ? h.name_en : h.name_zh}</span>
              <span className="hit-label">{labelName(h.label, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
