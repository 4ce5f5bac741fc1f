'use client';
// /value-chain: the chain diagram and the layer comparison table, in the
// chosen language (remembered, and in the URL).
import { useEffect, useState } from 'react';
import ChainDiagram from './ChainDiagram';
import { strings, type Lang } from '../components/shared/i18n';
import { pageUrl } from '../components/shared/lang';
import LayerTable from './LayerTable';
import SiteHeader from '../components/shared/SiteHeader';
import { useLanguage } from '../components/shared/useLanguage';
import type { ValueChain } from './valueChain';

export default function ValueChainView({ chain, initialLang, urlHadLang, show }: { chain: ValueChain; initialLang: Lang; urlHadLang: boolean; show: number }) {
  const [lang, setLang] = useState(initialLang);
  useLanguage(lang, urlHadLang, setLang);
  useEffect(() => {
    const url = pageUrl(window.location.pathname, lang, show);
    if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
  }, [lang, show]);
  const t = strings[lang];
  return (
    <div className="app">
      <SiteHeader lang={lang} current="value-chain" onLang={setLang} />
      <main className="page">
        <h2 className="page-title">{t.valueChainTitle}</h2>
        <p className="muted intro">{t.valueChainIntro}</p>
        <ChainDiagram chain={chain} lang={lang} show={show} />
        {chain.stages[0]?.role.properties.sourceSection ? (
          <p className="source">{t.source(String(chain.stages[0].role.properties.sourceSection))}</p>
        ) : null}
        <LayerTable table={chain.table} lang={lang} />
      </main>
    </div>
  );
}
