// npm run generate -- --providers N --seed S [--out DIR] [--format cypher|bulk]
// Writes a deterministic synthetic landscape (same seed, same bytes) that
// `npm run seed` loads: LANDSCAPE_CYPHER_DIR=<out> LANDSCAPE_DATA_DIR=<dir> npm run seed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateLandscape } from '../generate/landscape';
import { writeLandscape, type GeneratedFormat } from '../generate/write';
import { duration, grouped, progressBar } from './progress';
import { main } from './run';

const usage = 'usage: npm run generate -- --providers N [--seed S] [--out DIR] [--format cypher|bulk]';

function wholeNumber(name: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number\n${usage}`);
  return Number(value);
}

void main(async () => {
  const { values } = parseArgs({
    options: {
      providers: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      format: { type: 'string', default: 'cypher' },
    },
  });
  const providers = wholeNumber('providers', values.providers);
  const seed = wholeNumber('seed', values.seed);
  const format = values.format as GeneratedFormat;
  if (format !== 'cypher' && format !== 'bulk') throw new Error(`unknown --format "${values.format}" (use cypher or bulk)\n${usage}`);
  const out = path.resolve(values.out ?? path.join('.data', 'generated', `${providers}-${seed}`));

  const started = performance.now();
  const doc = generateLandscape({ providers, seed });
  const total = doc.nodes.length + doc.edges.length;
  const bar = progressBar();
  let done = 0;
  const { files, meta } = writeLandscape(doc, out, {
    format,
    providers,
    seed,
    onRow: () => {
      if (++done % 2000 === 0 || done === total) bar.update(`write ${format}`, done, total);
    },
  });
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  const shown = out.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), out) : out;
  const list = (counts: Record<string, number>) => Object.entries(counts).map(([k, v]) => `${k} ${grouped(v)}`).join(', ');
  console.log(`nodes: ${list(meta.labels)}`);
  console.log(`relationships: ${list(meta.types)}`);
  console.log(`load it: LANDSCAPE_CYPHER_DIR=${shown} LANDSCAPE_DATA_DIR=${shown}-db npm run seed`);
  console.log(
    `generated ${grouped(meta.nodes)} nodes and ${grouped(meta.relationships)} relationships (providers ${providers}, seed ${seed}) ` +
      `as ${format === 'bulk' ? 'bulk CSV' : 'Cypher seed'} files in ${shown}/ (${files.length} files) in ${duration(seconds)}`,
  );
});
