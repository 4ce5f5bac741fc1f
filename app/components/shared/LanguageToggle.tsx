// English / 繁體中文: names, summaries and the interface switch together.
import type { Lang } from './i18n';

const choices: { lang: Lang; text: string; htmlLang: string }[] = [
  { lang: 'en', text: 'English', htmlLang: 'en' },
  { lang: 'zh', text: '繁體中文', htmlLang: 'zh-Hant' },
];

export default function LanguageToggle({ lang, label, onChange }: { lang: Lang; label: string; onChange: (l: Lang) => void }) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {choices.map((c) => (
        <button key={c.lang} type="button" lang={c.htmlLang} aria-pressed={lang === c.lang} onClick={() => onChange(c.lang)}>
          {c.text}
        </button>
      ))}
    </div>
  );
}
