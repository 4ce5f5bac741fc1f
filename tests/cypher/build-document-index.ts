// `npm run document-index`: derives tests/cypher/document-index.json from the
// source document beside the repository (../shared/source/…).
import fs from 'node:fs';
import path from 'node:path';
import { documentPath } from '../helpers';
import { buildIndex, formatIndex } from './document-index';

export const indexPath = path.join(import.meta.dirname, 'document-index.json');

if (!fs.existsSync(documentPath)) {
  console.error(`error: ${documentPath} not found; the index is derived from the source document, which lives in ../shared beside the repository`);
  process.exit(1);
}
const index = buildIndex(fs.readFileSync(documentPath, 'utf8'));
fs.writeFileSync(indexPath, formatIndex(index));
const figures = index.sections.reduce((n, s) => n + s.figures.length, 0);
console.log(`${path.relative(process.cwd(), indexPath)}: ${index.sections.length} sections, ${figures} figures, ${index.runs.fingerprints.length} fingerprints`);
