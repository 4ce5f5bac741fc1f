// `npm run test:document`: the committed index of the source document
// (tests/cypher/document-index.json), which `npm test` checks the graph
// against, checked against the document itself. Needs ../shared beside the
// repository (CI has it). Without it this fails instead of skipping: a
// skipped check would read as a passing one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../graph/seed/files';
import { buildIndex, formatIndex, hanCount, NUMBER, type DocumentIndex } from '../cypher/document-index';
import { documentPath, repoRoot } from '../helpers';

if (!fs.existsSync(documentPath)) {
  throw new Error(
    `${documentPath} not found. npm run test:document checks tests/cypher/document-index.json against the source document, ` +
      'which lives in ../shared beside the repository (CI has it); npm test needs only the committed index.',
  );
}
const text = fs.readFileSync(documentPath, 'utf8');
const lines = text.split('\n').map((l) => l.trim());
const indexPath = path.join(repoRoot, 'tests', 'cypher', 'document-index.json');
const committed = fs.readFileSync(indexPath, 'utf8');
const index = JSON.parse(committed) as DocumentIndex;

describe('the document index', () => {
  it('is what `npm run document-index` derives from the document, byte for byte', () => {
    expect(index.sha256, 'the document has changed since the index was derived: run npm run document-index').toBe(buildIndex(text).sha256);
    expect(committed, 'run npm run document-index and commit tests/cypher/document-index.json').toBe(formatIndex(buildIndex(text)));
  });

  // Read the document another way than document-index.ts does, so a mistake
  // in its parsing does not check itself.
  it('gives each heading as the whole line it stands on', () => {
    expect(index.sections.filter((s) => lines[s.line - 1] !== s.heading)).toEqual([]);
    expect(index.sections.length).toBeGreaterThanOrEqual(40);
  });

  it('holds every number the document writes, in order, each within the text of its section', () => {
    const numbers = [...text.matchAll(NUMBER)].map((m) => m[0]);
    expect(index.sections.flatMap((s) => s.figures.map((f) => /^[\d,.]+/.exec(f)![0]))).toEqual(numbers);
    const misplaced: string[] = [];
    index.sections.forEach((s, i) => {
      const end = index.sections[i + 1]?.line ?? lines.length + 1;
      const body = lines.slice(s.line - 1, end - 1).join('\n');
      for (const f of s.figures) if (!body.includes(f)) misplaced.push(`${s.heading}: ${f}`);
    });
    expect(misplaced).toEqual([]);
  });
});

describe('summaries against the document itself', () => {
  it('copy no run of 14 characters of the document (10 of them Chinese)', () => {
    const copied: string[] = [];
    for (const node of readSeeds(path.join(repoRoot, 'cypher')).graph.nodes) {
      const zh = String(node.properties.summary_zh ?? '');
      for (let i = 0; i + 14 <= zh.length; i++) {
        const run = zh.slice(i, i + 14);
        // Runs of Latin names (IDC, Counterpoint Research) are names, not sentences.
        if (hanCount(run) >= 10 && text.includes(run)) {
          copied.push(`${node.id}: ${run}`);
          break;
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
