// The index of the source document that tests/cypher checks the graph against,
// so that `npm test` runs on a clone without ../shared: the document's headings
// in order and, per section, the figures written in it — facts, never its
// sentences. Derived deterministically from the document alone (not from the
// seeds), so a new figure can be checked against it without the document:
// `npm run document-index` writes it, `npm run test:document` regenerates it
// and compares byte for byte.
import { createHash } from 'node:crypto';

export interface Section {
  /** 1-based line of the heading in the document. */
  line: number;
  /** The document has no numbering or levels; only captions are told apart. */
  kind: 'title' | 'heading' | 'chart' | 'table';
  heading: string;
  /** The numbers of the section's own text, in order, as written, with the unit right after one (see UNIT). */
  figures: string[];
}

export interface DocumentIndex {
  document: string;
  /** SHA-256 of the document the index was derived from. */
  sha256: string;
  lines: number;
  /** The title, repeated at the top of every page: a page header, not a section. */
  runningHeader: string;
  sections: Section[];
  /**
   * Fingerprints of the document's text, to tell whether a summary copies it:
   * the first 12 hex digits of the SHA-256 of every run of `length`
   * characters at offsets 0, length, 2·length … of each line, where the run
   * holds at least `minHan` Chinese characters. Runs do not overlap, so they
   * cannot be chained back into sentences; any copy of 2·length − 1
   * characters from one line contains one of them.
   */
  runs: { length: number; minHan: number; fingerprints: string[] };
}

export const DOCUMENT_NAME = 'industry-overview.zh-Hant.txt';
export const RUN_LENGTH = 14;
export const MIN_HAN = 10;

/**
 * A number as the document writes it. A number that opens a line as "6. " is
 * a footnote marker, not a figure.
 */
export const NUMBER = /(?<!^)\d[\d,]*(?:\.\d+)?|^\d[\d,]*(?:\.\d+)?(?!\.\s)/gm;
/** The units the tests read after a number: magnitudes of RMB amounts, %, years, forecast years (2028E). */
const UNIT = /^(?:萬億|百萬|億|%|年|E)/;
const HAN = /[\u4e00-\u9fff]/g;

export const hanCount = (s: string) => s.match(HAN)?.length ?? 0;
export const fingerprint = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 12);

/**
 * Whether a line is a heading. The text is plain: a heading is a line of its
 * own that is not a sentence (。；), a table row (tab), a list item ("- "), a
 * footnote ("1. "), a lead-in to a list or a source or note line (：), nor a
 * chart's unit label (人民幣十億元).
 */
function isHeading(line: string): boolean {
  if (line === '' || /[。；：\t]/.test(line)) return false;
  if (/^- /.test(line) || /^\d+\. /.test(line)) return false;
  return !/^人民幣[十百千萬億]+元$/.test(line);
}

function kindOf(heading: string): Section['kind'] {
  if (/，\d{4}\D?-\d{4}E$/.test(heading)) return 'chart';
  if (/^\d{4}年.+排名$/.test(heading)) return 'table';
  return 'heading';
}

export function buildIndex(text: string): DocumentIndex {
  const raw = text.split('\n');
  const lines = raw.map((l) => l.trim());
  const firstLine = lines.findIndex((l) => l !== '');
  const title = lines[firstLine];
  if (title === undefined || !isHeading(title)) throw new Error('the document does not open with a title line');

  const sections: Section[] = [];
  const sectionOfLine: (Section | undefined)[] = [];
  lines.forEach((line, i) => {
    if (isHeading(line) && !(line === title && i !== firstLine)) {
      sections.push({ line: i + 1, kind: i === firstLine ? 'title' : kindOf(line), heading: line, figures: [] });
    }
    sectionOfLine.push(sections.at(-1));
  });

  // Numbers are matched in the whole text, not line by line, so that a
  // footnote marker at the end of a line ("6.\n") is still seen as one.
  for (const m of text.matchAll(NUMBER)) {
    const line = text.slice(0, m.index).split('\n').length - 1;
    const unit = UNIT.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    sectionOfLine[line]!.figures.push(m[0] + unit);
  }

  const fingerprints = new Set<string>();
  for (const line of raw) {
    for (let o = 0; o + RUN_LENGTH <= line.length; o += RUN_LENGTH) {
      const run = line.slice(o, o + RUN_LENGTH);
      if (hanCount(run) >= MIN_HAN) fingerprints.add(fingerprint(run));
    }
  }

  return {
    document: DOCUMENT_NAME,
    sha256: createHash('sha256').update(text).digest('hex'),
    lines: raw.length,
    runningHeader: title,
    sections,
    runs: { length: RUN_LENGTH, minHan: MIN_HAN, fingerprints: [...fingerprints].sort() },
  };
}

/** JSON with one section per line and eight fingerprints per line, so a change to the document shows as a readable diff. */
export function formatIndex(index: DocumentIndex): string {
  const { sections, runs, ...head } = index;
  const prints: string[] = [];
  for (let i = 0; i < runs.fingerprints.length; i += 8) prints.push(runs.fingerprints.slice(i, i + 8).map((f) => JSON.stringify(f)).join(', '));
  const headLines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return [
    '{',
    ...headLines,
    '  "sections": [',
    sections.map((s) => `    ${JSON.stringify(s)}`).join(',\n'),
    '  ],',
    `  "runs": {"length": ${runs.length}, "minHan": ${runs.minHan}, "fingerprints": [`,
    prints.map((p) => `    ${p}`).join(',\n'),
    '  ]}',
    '}',
    '',
  ].join('\n');
}
