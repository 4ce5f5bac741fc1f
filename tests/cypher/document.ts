// The source document as the tests see it: its committed index
// (document-index.json, derived by document-index.ts and checked against the
// document itself by `npm run test:document`), split into sections by heading,
// and the notations in which it writes a number, so that a figure of the graph
// can be found among the figures of its section.
import fs from 'node:fs';
import path from 'node:path';
import { fingerprint, hanCount, type DocumentIndex } from './document-index';

export const index = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'document-index.json'), 'utf8')) as DocumentIndex;
export const documentHeadings = index.sections.map((s) => s.heading);

/**
 * Figures of every section headed by `heading`, up to the next of `headings`
 * (the sections the graph cites), so that a section takes in the subheadings
 * and captions under it that no figure cites.
 */
export function sectionFigures(heading: string, headings: Set<string>): string[] {
  const figures: string[] = [];
  let inside = false;
  for (const s of index.sections) {
    if (s.heading === heading) inside = true;
    else if (headings.has(s.heading)) inside = false;
    if (inside) figures.push(...s.figures);
  }
  return figures;
}

const split = (written: string) => {
  const m = /^(\d[\d,]*(?:\.\d+)?)(.*)$/.exec(written);
  if (!m) throw new Error(`not a figure: ${written}`);
  return { number: m[1]!, unit: m[2]! };
};

/** The number of a figure as written, without its unit ("13.3億" → "13.3"). */
export const numberOf = (written: string) => split(written).number;

/**
 * Whether `figures` state `notation`: the same number, and where the notation
 * has a magnitude (億, 萬億, 百萬), the same magnitude after it.
 */
export function states(figures: string[], notation: string): boolean {
  const want = /^(.*?)(萬億|億|百萬)?$/.exec(notation)!;
  return figures.some((f) => {
    const { number, unit } = split(f);
    return number === want[1] && (!want[2] || unit === want[2]);
  });
}

/** Whether a run of 14 characters is one of the document's fingerprinted runs (see DocumentIndex.runs). */
const prints = new Set(index.runs.fingerprints);
export const fingerprinted = (run: string) => run.length === index.runs.length && hanCount(run) >= index.runs.minHan && prints.has(fingerprint(run));

const withCommas = (s: string) => s.replace(/^(\d+)(\d{3})(?=\.|$)/, '$1,$2').replace(/^(\d+)(\d{3}),/, '$1,$2,');

function plain(n: number): string[] {
  const forms = new Set([String(n), n.toFixed(1), n.toFixed(2), String(Math.round(n * 1e6) / 1e6)]);
  return [...forms].flatMap((f) => [f, withCommas(f)]);
}

/** How the document may write `value` in `unit` (RMB bn as 億 or 萬億, RMB m as 百萬, …). */
export function notations(value: number, unit: string | undefined): string[] {
  // A fall is written as a positive number after 下降 (fell); the graph stores it negative.
  const forms = [...plain(value), ...(value < 0 ? plain(-value) : [])];
  if (unit === 'RMB bn') {
    forms.push(...plain(Math.round(value * 10 * 1e6) / 1e6).map((f) => `${f}億`));
    forms.push(...plain(value / 1000).map((f) => `${f}萬億`));
  }
  if (unit === 'RMB m') forms.push(...plain(value).map((f) => `${f}百萬`));
  return forms;
}
