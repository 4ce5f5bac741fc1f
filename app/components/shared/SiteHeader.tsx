// The bar on every page: title, the two views, the language toggle, and
// whatever the page adds (the landscape's search box).
import Link from 'next/link';
import type { ReactNode } from 'react';
import { strings, type Lang } from './i18n';
import LanguageToggle from './LanguageToggle';

export default function SiteHeader({
  lang,
  current,
  onLang,
  children,
}: {
  lang: Lang;
  current: 'landscape' | 'value-chain' | 'query' | 'markets' | 'compare' | 'map';
  onLang: (l: Lang) => void;
  children?: ReactNode;
}) {
  const t = strings[lang];
  return (
    <header className="site-header">
      <div className="brand">
        <h1 className="brand-title">{t.appTitle}</h1>
        <span className="brand-sub">{t.appSubtitle}</span>
      </div>
      <nav aria-label={[t.navLandscape, t.navValueChain, t.navMarkets, t.navMap, t.navCompare, t.navQuery].join(' / ')}>
        <Link href={`/?lang=${lang}`} aria-current={current === 'landscape' ? 'page' : undefined}>
          {t.navLandscape}
        </Link>
        <Link href={`/value-chain?lang=${lang}`} aria-current={current === 'value-chain' ? 'page' : undefined}>
          {t.navValueChain}
        </Link>
        <Link href={`/markets?lang=${lang}`} aria-current={current === 'markets' ? 'page' : undefined}>
          {t.navMarkets}
        </Link>
        <Link href={`/map?lang=${lang}`} aria-current={current === 'map' ? 'page' : undefined}>
          {t.navMap}
        </Link>
        <Link href={`/compare?lang=${lang}`} aria-current={current === 'compare' ? 'page' : undefined}>
          {t.navCompare}
        </Link>
        <Link href={`/query?lang=${lang}`} aria-current={current === 'query' ? 'page' : undefined}>
          {t.navQuery}
        </Link>
      </nav>
      <div className="header-tools">
        {children}
        <LanguageToggle lang={lang} label={t.language} onChange={onLang} />
      </div>
    </header>
  );
}
