// The language a page's URL asks for (?lang=en|zh): every page reads it on the
// server to render in that language from the first byte.
import { langs, type Lang } from './i18n';

/** A page's search parameters as Next.js hands them to it. */
export type RawParams = Record<string, string | string[] | undefined>;

export function parseLang(params: RawParams): Lang | undefined {
  const v = Array.isArray(params.lang) ? params.lang[0] : params.lang;
  return langs.includes(v as Lang) ? (v as Lang) : undefined;
}

/** How many items a page lists at most when its URL does not say (?show=N): the real landscape's lists are all shorter. */
export const SHOW_DEFAULT = 100;
/** The most a page lists whatever its URL asks: a big landscape's page stays a few megabytes. */
export const SHOW_MAX = 25_600;

/** The cap of a page's lists (?show=N), SHOW_DEFAULT when absent or not a positive whole number. */
export function parseShow(params: RawParams): number {
  const v = Number(Array.isArray(params.show) ? params.show[0] : params.show);
  return Number.isInteger(v) && v > 0 ? Math.min(v, SHOW_MAX) : SHOW_DEFAULT;
}

/** A page's own URL in `lang`, keeping a ?show= other than the default. */
export function pageUrl(path: string, lang: string, show: number): string {
  return `${path}?lang=${lang}${show === SHOW_DEFAULT ? '' : `&show=${show}`}`;
}
