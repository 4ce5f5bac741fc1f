'use client';
// Adds a provider to the comparison: type a name in English or Chinese (the
// search of GET /api/search: prefix, near misses), then choose a provider
// among the hits. Other kinds of node are not offered.
import { useEffect, useId, useState } from 'react';
import type { Lang } from '@/app/components/shared/i18n';
import { localised } from '@/app/components/shared/names';
import { getJson } from '@/app/components/shared/useApi';
import type { CompareStrings } from './strings';

type Hit = {
  id: string;
  label: string;
  name_en: string;
  name_zh: string;
};

export default function ProviderPicker({ lang, t, chosen, full, onAdd }: { lang: Lang; t: CompareStrings; chosen: string[]; full: boolean; onAdd: (id: string) => void }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Hit[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      getJson<{ hits: Hit[] }>(`/api/search?limit=50&q=${encodeURIComponent(text)}`, ctl.signal).then(
        (r) => {
          setHits(r.hits.filter((h) => h.label === 'Provider'));
          setError(undefined);
        },
        (err: Error) => {
          if (err.name !== 'AbortError') setError(err.message);
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q]);

  const offered = q.trim() ? (hits ?? []).filter((h) => !chosen.includes(h.id)) : [];
  return (
    <div className="compare-picker">
      <label htmlFor={id}>{t.add}</label>
      <input id={id} type="search" value={q} disabled={full} aria-describedby={`${id}-hint`} onChange={(e) => setQ(e.target.value)} />
      <p id={`${id}-hint`} className="muted small">
        {full ? t.full : t.addHint}
      </p>
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
      {!full && q.trim() && hits && (
        <ul className="compare-hits" aria-label={t.add}>
          {offered.length === 0 && <li className="muted small">{t.noProviders}</li>}
          {offered.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                onClick={() => {
                  onAdd(h.id);
                  setQ('');
                }}
              >
                {`+ ${localised(h, 'name', lang) ?? h.id}`}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
