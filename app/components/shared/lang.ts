// The language a page's URL asks for (?lang=en|zh): every page reads it on the
// server to render in that language from the first byte.
import { langs, type Lang } from './i18n';

/** A page's search parameters as Next.js hands them to it. */
export type RawParams = Record<string, string | string[] | undefined>;

export function parseLang(params: RawParams): Lang | undefined {
  const v = Array.isArray(params.lang) ? params.lang[0] : params.lang;
  return langs.includes(v as Lang) ? (v as Lang) : undefined;
}
