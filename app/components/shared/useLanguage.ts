'use client';
// The language choice: from the URL when it says, else the one remembered in
// this browser; remembered again on every change, and set on <html lang>.
import { useEffect } from 'react';
import { langs, type Lang } from './i18n';

const KEY = 'lg:lang';

export function storedLang(): Lang | undefined {
  try {
    const v = window.localStorage.getItem(KEY);
    return langs.includes(v as Lang) ? (v as Lang) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps <html lang> and localStorage in step with lang, and on first mount
 * switches to the remembered language when the URL did not name one.
 */
export function useLanguage(lang: Lang, urlHadLang: boolean, setLang: (l: Lang) => void): void {
  useEffect(() => {
    if (urlHadLang) return;
    const stored = storedLang();
    if (stored && stored !== lang) setLang(stored);
    // Only on first mount: later changes come from the toggle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hant' : 'en';
    try {
      window.localStorage.setItem(KEY, lang);
    } catch {
      // not remembered: private mode
    }
  }, [lang]);
}
