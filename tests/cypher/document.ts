// The source document, split into sections by heading, and the notations in
// which it writes a number, so a figure of the graph can be found in its text.
import fs from 'node:fs';
import { documentPath } from '../helpers';

export const documentText = fs.readFileSync(documentPath, 'utf8');
export const documentLines = documentText.split('\n').map((l) => l.trim());

/** Text of every section headed by `heading`, up to the next of `headings`. */
export function sectionText(heading: string, headings: Set<string>): string {
  const parts: string[] = [];
  documentLines.forEach((line, i) => {
    if (line !== heading) return;
    let j = i + 1;
    while (j < documentLines.length && !headings.has(documentLines[j]!)) j++;
    parts.push(documentLines.slice(i + 1, j).join('\n'));
  });
  return parts.join('\n');
}

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
