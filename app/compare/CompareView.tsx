'use client';
// /compare: providers side by side (compare.ts shapes the table), chosen in
// the page or from the details panel's "Compare with…", kept in the URL with
// the language, exported as CSV.
import Papa from 'papaparse';
import { useEffect, useMemo, useState } from 'react';
import { download } from '@/app/components/canvas/exportView';
import type { Units } from '@/app/components/details/figures';
import type { Lang } from '@/app/components/shared/i18n';
import Loading from '@/app/components/shared/Loading';
import { nameOf } from '@/app/components/shared/names';
import SiteHeader from '@/app/components/shared/SiteHeader';
import { getJson } from '@/app/components/shared/useApi';
import { useLanguage } from '@/app/components/shared/useLanguage';
import { MAX_PROVIDERS, compareRows, compareTable, type Group, type NodeAnswer } from './compare';
import ProviderPicker from './ProviderPicker';
import { compareStrings } from './strings';
import './compare.css';

type Loaded = { answer: NodeAnswer } | { error: string };

export default function CompareView({ initialIds, initialLang, units }: { initialIds: string[]; initialLang?: Lang; units: Units }) {
  const [lang, setLang] = useState<Lang>(initialLang ?? 'en');
  useLanguage(lang, initialLang !== undefined, setLang);
  const t = compareStrings[lang];
  const [ids, setIds] = useState(initialIds);
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});

  useEffect(() => {
    const ctl = new AbortController();
    for (const id of ids) {
      if (loaded[id]) continue;
      getJson<NodeAnswer>(`/api/nodes/${encodeURIComponent(id)}`, ctl.signal).then(
        (answer) => setLoaded((l) => ({ ...l, [id]: { answer } })),
        (err: Error) => {
          if (err.name !== 'AbortError') setLoaded((l) => ({ ...l, [id]: { error: err.message } }));
        },
      );
    }
    return () => ctl.abort();
  }, [ids, loaded]);

  useEffect(() => {
    const url = `/compare?ids=${ids.map(encodeURIComponent).join(',')}&lang=${lang}`;
    if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
  }, [ids, lang]);

  const answers = ids.flatMap((id) => {
    const l = loaded[id];
    return l && 'answer' in l ? [l.answer] : [];
  });
  const failures = ids.flatMap((id) => {
    const l = loaded[id];
    return l && 'error' in l ? [[id, l.error] as const] : [];
  });
  const pending = ids.some((id) => !loaded[id]);
  const rows = useMemo(() => compareRows(answers, units, lang, t), [answers, units, lang, t]);
  const groups: [Group, string][] = [
    ['profile', t.groupProfile],
    ['listing', t.groupListing],
    ['layers', t.groupLayers],
    ['roles', t.groupRoles],
    ['markets', t.groupMarkets],
  ];
  const exportCsv = () => {
    const csv = Papa.unparse(compareTable(answers, rows, lang, t));
    download(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }), `landscape-compare-${ids.join('-')}.csv`);
  };

  return (
    <div className="app compare">
      <SiteHeader lang={lang} current="compare" onLang={setLang} />
      <main className="compare-main" aria-labelledby="compare-title">
        <h1 id="compare-title">{t.title}</h1>
        <p className="muted">{t.intro}</p>
        <ProviderPicker lang={lang} t={t} chosen={ids} full={ids.length >= MAX_PROVIDERS} onAdd={(id) => setIds((x) => [...x, id])} />
        {failures.map(([id, why]) => (
          <p key={id} role="alert" className="error">
            {t.loadFailed(id, why)}
          </p>
        ))}
        {pending && <Loading text="…" />}
        {answers.length < 2 && !pending && <p className="muted">{t.pickTwo}</p>}
        {/* Drawn once every provider asked for has answered, so columns do not jump in one by one. */}
        {answers.length > 0 && !pending && (
          <>
            <div className="row-buttons">
              <button type="button" onClick={exportCsv} disabled={answers.length < 2}>
                {t.exportCsv}
              </button>
            </div>
            <div className="compare-scroll">
              <table className="compare-table">
                <caption className="visually-hidden">{t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.fact}</th>
                    {answers.map((a) => (
                      <th scope="col" key={a.node.id} data-provider={a.node.id}>
                        <a href={`/?lang=${lang}&sel=${encodeURIComponent(a.node.id)}`}>{nameOf(a.node, lang)}</a>{' '}
                        <button type="button" className="link-button" aria-label={t.remove(nameOf(a.node, lang))} onClick={() => setIds((x) => x.filter((i) => i !== a.node.id))}>
                          ×
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                {groups.map(([group, title]) => {
                  const inGroup = rows.filter((r) => r.group === group);
                  if (!inGroup.length) return null;
                  return (
                    <tbody key={group}>
                      <tr className="compare-group">
                        <th scope="colgroup" colSpan={answers.length + 1}>
                          {title}
                        </th>
                      </tr>
                      {inGroup.map((r) => (
                        <tr key={r.key} data-fact={r.key}>
                          <th scope="row">{r.fact}</th>
                          {r.cells.map((c, i) => (
                            <td key={answers[i]!.node.id} className={c ? undefined : 'not-stated'}>
                              {c ? c.text : t.notStated}
                              {c?.source && <small className="compare-source">{`${t.source}: ${c.source}`}</small>}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  );
                })}
              </table>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
