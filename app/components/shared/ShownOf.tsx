// "Showing N of M" under a list a big landscape cuts short, with a link to the
// same page listing four times as many (?show=); nothing when all are shown.
import { strings, type Lang } from './i18n';
import { pageUrl, SHOW_MAX } from './lang';

export default function ShownOf({ shown, total, show, path, lang }: { shown: number; total: number; show: number; path: string; lang: Lang }) {
  if (shown >= total) return null;
  const t = strings[lang];
  const more = Math.min(show * 4, SHOW_MAX);
  return (
    <p className="muted small shown-of" data-shown={shown} data-total={total}>
      {t.shownOf(shown, total)}
      {more > show && (
        <>
          {' · '}
          <a href={pageUrl(path, lang, more)}>{t.showMore}</a>
        </>
      )}
    </p>
  );
}
