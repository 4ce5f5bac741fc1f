// Writes a generated landscape to a directory that `npm run seed` loads
// (LANDSCAPE_CYPHER_DIR): seed files in the seed grammar (`cypher`, the MERGE
// path) or a bulk directory (`bulk`, COPY FROM / UNWIND batches).
import fs from 'node:fs';
import path from 'node:path';
import { edgeStatement, nodeStatement } from '../export/cypher';
import type { GraphDocument } from '../model';
import { BULK_MANIFEST, writeBulk } from '../seed/bulk';

export type GeneratedFormat = 'cypher' | 'bulk';
export const GENERATED_META = 'generated.json';
/** Statements per seed file, so that no file is too large to open. */
export const STATEMENTS_PER_FILE = 20_000;

export interface GeneratedMeta {
  generator: string;
  providers: number;
  seed: number;
  format: GeneratedFormat;
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
}

export function countsOf(doc: GraphDocument): { labels: Record<string, number>; types: Record<string, number> } {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const n of doc.nodes) labels[n.labels[0]!] = (labels[n.labels[0]!] ?? 0) + 1;
  for (const e of doc.edges) types[e.type] = (types[e.type] ?? 0) + 1;
  return { labels, types };
}

const kebab = (s: string) => s.replace(/_/g, '-').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
const ours = (f: string) => f.endsWith('.cypher') || f.endsWith('.csv') || f === BULK_MANIFEST || f === GENERATED_META;

/**
 * Empties a directory of a previous generation (only the files a generation
 * writes); refuses a directory with seed or CSV files it did not write, such
 * as the real landscape's cypher/.
 */
export function prepareOutDir(dir: string): void {
  if (fs.existsSync(dir)) {
    const files = fs.readdirSync(dir);
    if (files.some(ours) && !files.includes(GENERATED_META)) {
      throw new Error(`${dir} holds seed or CSV files that npm run generate did not write; choose another --out`);
    }
    for (const f of files.filter(ours)) fs.rmSync(path.join(dir, f));
  }
  fs.mkdirSync(dir, { recursive: true });
}

function writeCypher(doc: GraphDocument, dir: string, header: string, onRow?: () => void): string[] {
  const labelOf = new Map(doc.nodes.map((n) => [n.id, n.labels[0]!]));
  const groups: { name: string; kind: string; count: number; statements: () => Generator<string> }[] = [];
  const byLabel = new Map<string, GraphDocument['nodes']>();
  for (const n of doc.nodes) {
    const list = byLabel.get(n.labels[0]!);
    if (list) list.push(n);
    else byLabel.set(n.labels[0]!, [n]);
  }
  const byType = new Map<string, GraphDocument['edges']>();
  for (const e of doc.edges) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  for (const [label, nodes] of byLabel) {
    groups.push({
      name: kebab(label),
      kind: `${label} nodes`,
      count: nodes.length,
      statements: function* () {
        for (const n of nodes) yield nodeStatement(n);
      },
    });
  }
  for (const [type, edges] of byType) {
    groups.push({
      name: kebab(type),
      kind: `${type} relationships`,
      count: edges.length,
      statements: function* () {
        for (const e of edges) yield edgeStatement(e, labelOf.get(e.source), labelOf.get(e.target));
      },
    });
  }
  const files: string[] = [];
  let index = 0;
  for (const g of groups) {
    const parts = Math.max(1, Math.ceil(g.count / STATEMENTS_PER_FILE));
    let part = 0;
    let buf: string[] = [];
    const flush = () => {
      part++;
      index++;
      const name = `${String(index).padStart(3, '0')}-${g.name}${parts > 1 ? `-${part}` : ''}.cypher`;
      const title = `// ${g.kind}${parts > 1 ? `, part ${part} of ${parts}` : ''}.`;
      fs.writeFileSync(path.join(dir, name), [header, title, '', ...buf, ''].join('\n'));
      files.push(name);
      buf = [];
    };
    for (const st of g.statements()) {
      buf.push(st, '');
      onRow?.();
      if (buf.length === 2 * STATEMENTS_PER_FILE) flush();
    }
    if (buf.length || part === 0) flush();
  }
  return files;
}

/** Writes `doc` into `dir` (emptied of a previous generation first) with a generated.json describing it. */
export function writeLandscape(
  doc: GraphDocument,
  dir: string,
  opts: { format: GeneratedFormat; providers: number; seed: number; onRow?: () => void },
): { files: string[]; meta: GeneratedMeta } {
  prepareOutDir(dir);
  const command = `npm run generate -- --providers ${opts.providers} --seed ${opts.seed} --format ${opts.format}`;
  let files: string[];
  if (opts.format === 'bulk') {
    const manifest = writeBulk(doc, dir, { onRow: opts.onRow });
    files = [BULK_MANIFEST, ...manifest.nodes.map((n) => n.file), ...manifest.relationships.map((r) => r.file)];
  } else {
    files = writeCypher(doc, dir, `// Synthetic landscape, written by \`${command}\`: made-up data that follows the model.`, opts.onRow);
  }
  const meta: GeneratedMeta = {
    generator: command,
    providers: opts.providers,
    seed: opts.seed,
    format: opts.format,
    nodes: doc.nodes.length,
    relationships: doc.edges.length,
    ...countsOf(doc),
  };
  fs.writeFileSync(path.join(dir, GENERATED_META), JSON.stringify(meta, null, 2) + '\n');
  return { files, meta };
}
