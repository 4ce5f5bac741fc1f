// The bulk seed format: a directory with a `bulk.json` manifest and one CSV
// file per node label and per relationship type and label pair, for
// landscapes too large for one MERGE statement per element. The seed command
// recognises such a directory (LANDSCAPE_CYPHER_DIR) and loads it through the
// engine's bulk path (Kuzu COPY FROM, Neo4j batched UNWIND … MERGE) after the
// same checks as the seed files: every row against the zod model, problems as
// file:line before any database is touched.
//
// CSV: RFC 4180 with a header row; the columns are exactly the model's, in
// its order (Kuzu copies by position, into the columns named: a node table also holds the seed's degree): `id` and the label's properties for
// nodes, `from`, `to` and the type's properties for relationships. An empty
// cell is a property that is not set. Values with a comma, a double quote or
// surrounding spaces are quoted, with `"` doubled; a value may not contain a
// line break (one row per line).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  kuzuDdl,
  nodeLabels,
  nodeSchemas,
  propMeta,
  relSchemas,
  relTypes,
  validateEdge,
  validateNode,
  type GraphDocument,
  type NodeLabel,
  type RelType,
  type StorageType,
} from '../model';
import { edgeId } from '../model/format.mjs';
import { SeedError } from './parse';

export const BULK_MANIFEST = 'bulk.json';
export const BULK_FORMAT = 'landscape-bulk';
/** Problems listed before the rest are only counted. */
const MAX_PROBLEMS = 100;

const fileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/, 'must be a .csv file name inside the bulk directory');
const rows = z.number().int().min(0);
export const bulkManifestSchema = z
  .object({
    format: z.literal(BULK_FORMAT),
    version: z.literal(1),
    nodes: z.array(z.object({ label: z.string(), file: fileName, rows }).strict()),
    relationships: z.array(z.object({ type: z.string(), from: z.string(), to: z.string(), file: fileName, rows }).strict()),
  })
  .strict();
export type BulkManifest = z.infer<typeof bulkManifestSchema>;

export type BulkEntry =
  | { kind: 'node'; label: NodeLabel; file: string; path: string; rows: number }
  | { kind: 'edge'; type: RelType; from: NodeLabel; to: NodeLabel; file: string; path: string; rows: number };

export interface BulkSet {
  dir: string;
  entries: BulkEntry[];
  nodes: number;
  edges: number;
  /** Changes when the manifest, a listed file or the generated schema changes. */
  checksum: string;
}

export interface CheckProgress {
  (done: number, total: number): void;
}

// ---- Columns ----

export function nodeColumns(label: NodeLabel): string[] {
  return ['id', ...Object.keys(nodeSchemas[label].shape).filter((k) => k !== 'id')];
}

export function relColumns(type: RelType): string[] {
  return ['from', 'to', ...Object.keys(relSchemas[type].props.shape)];
}

function storages(keys: string[], shape: z.ZodRawShape): StorageType[] {
  return keys.map((k) => (k === 'id' || k === 'from' || k === 'to' ? 'STRING' : propMeta(shape[k] as z.ZodType).storage));
}

// ---- CSV ----

export function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  if (/[\r\n]/.test(s)) throw new Error(`a bulk value may not contain a line break: ${JSON.stringify(s.slice(0, 40))}`);
  return /[",]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Splits one CSV line into cells; a quoted cell has `""` for `"`. */
export function parseCsvLine(line: string): string[] | { error: string } {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 34) {
      let buf = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) return { error: 'a quoted value is not closed on its line' };
        buf += line.slice(j, q);
        if (line.charCodeAt(q + 1) === 34) {
          buf += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      cells.push(buf);
      if (i === line.length) return cells;
      if (line.charCodeAt(i) !== 44) return { error: `unexpected ${JSON.stringify(line[i])} after a quoted value` };
      i++;
    } else {
      const c = line.indexOf(',', i);
      if (c < 0) {
        cells.push(line.slice(i));
        return cells;
      }
      cells.push(line.slice(i, c));
      i = c + 1;
    }
  }
}

const INT = /^-?\d+$/;
const DOUBLE = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A cell as the model's storage type, or a problem. */
function convert(cell: string, storage: StorageType): { value: unknown } | { error: string } {
  switch (storage) {
    case 'STRING':
      return { value: cell };
    case 'BOOLEAN':
      return cell === 'true' ? { value: true } : cell === 'false' ? { value: false } : { error: 'BOOLEAN (true or false)' };
    case 'INT64': {
      const n = Number(cell);
      return INT.test(cell) && Number.isSafeInteger(n) ? { value: n } : { error: 'INT64' };
    }
    case 'DOUBLE': {
      const n = Number(cell);
      return DOUBLE.test(cell) && Number.isFinite(n) ? { value: n } : { error: 'DOUBLE' };
    }
  }
}

// ---- Reading ----

export function isBulkDir(dir: string): boolean {
  return fs.existsSync(path.join(dir, BULK_MANIFEST));
}

function readManifest(dir: string): BulkManifest {
  const where = path.join(dir, BULK_MANIFEST);
  const shown = display(where);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(where, 'utf8'));
  } catch (err) {
    throw new SeedError([`${shown}: not a JSON manifest: ${err instanceof Error ? err.message : String(err)}`]);
  }
  const parsed = bulkManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((i) => `${shown}: ${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return parsed.data;
}

/** The entries of a manifest, checked against the model and the directory. */
function entriesOf(dir: string, manifest: BulkManifest): BulkEntry[] {
  const problems: string[] = [];
  const shown = display(path.join(dir, BULK_MANIFEST));
  const entries: BulkEntry[] = [];
  const seen = new Set<string>();
  const file = (name: string) => {
    if (seen.has(name)) problems.push(`${shown}: ${name} is listed twice`);
    seen.add(name);
    const p = path.join(dir, name);
    if (!fs.existsSync(p)) problems.push(`${shown}: ${name} not found in ${display(dir)}`);
    return p;
  };
  for (const n of manifest.nodes) {
    if (!(n.label in nodeSchemas)) problems.push(`${shown}: unknown label "${n.label}" (the model has ${nodeLabels.join(', ')})`);
    entries.push({ kind: 'node', label: n.label as NodeLabel, file: n.file, path: file(n.file), rows: n.rows });
  }
  for (const r of manifest.relationships) {
    const def = relSchemas[r.type as RelType];
    if (!def) problems.push(`${shown}: unknown relationship type "${r.type}" (the model has ${relTypes.join(', ')})`);
    else if (!def.pairs.some(([a, b]) => a === r.from && b === r.to)) problems.push(`${shown}: ${r.type} may not connect ${r.from} to ${r.to}`);
    entries.push({ kind: 'edge', type: r.type as RelType, from: r.from as NodeLabel, to: r.to as NodeLabel, file: r.file, path: file(r.file), rows: r.rows });
  }
  if (problems.length) throw new SeedError(problems);
  return entries;
}

function display(p: string): string {
  return p.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), p) : p;
}

function hashOf(manifestBytes: Buffer, files: { name: string; bytes: Buffer }[]): string {
  const hash = createHash('sha256');
  hash.update(kuzuDdl().join('\n')).update('\0bulk\0').update(manifestBytes);
  for (const f of files) hash.update(`\0${f.name}\0`).update(f.bytes);
  return hash.digest('hex');
}

/** The checksum of a bulk directory, without checking its rows. */
export function bulkChecksum(dir: string): string {
  const manifestBytes = fs.readFileSync(path.join(dir, BULK_MANIFEST));
  let manifest: Partial<BulkManifest> = {};
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as BulkManifest;
  } catch {
    // an unreadable manifest still has a checksum; reading it reports the problem
  }
  const names = [...(manifest.nodes ?? []), ...(manifest.relationships ?? [])].map((e) => e.file);
  return hashOf(
    manifestBytes,
    names.map((name) => {
      const p = path.join(dir, name);
      return { name, bytes: fs.existsSync(p) ? fs.readFileSync(p) : Buffer.alloc(0) };
    }),
  );
}

interface Row {
  line: number;
  cells: string[];
}

/** The data rows of a bulk file after its header, which must name the model's columns. */
function* rowsOf(shown: string, text: string, columns: string[], problems: Problems): Generator<Row> {
  const lines = text.split('\n');
  const header = lines[0]!.replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (header !== columns.join(',')) {
    problems.add(`${shown}:1: the header must be the model's columns in order: ${columns.join(',')}`);
    return;
  }
  const last = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
  for (let i = 1; i < last; i++) {
    const raw = lines[i]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '') {
      problems.add(`${shown}:${i + 1}: empty line`);
      continue;
    }
    const cells = parseCsvLine(line);
    if (!Array.isArray(cells)) {
      problems.add(`${shown}:${i + 1}: ${cells.error}`);
      continue;
    }
    if (cells.length !== columns.length) {
      problems.add(`${shown}:${i + 1}: ${cells.length} values, the header has ${columns.length}`);
      continue;
    }
    yield { line: i + 1, cells };
  }
}

class Problems {
  readonly list: string[] = [];
  more = 0;
  add(p: string) {
    if (this.list.length < MAX_PROBLEMS) this.list.push(p);
    else this.more++;
  }
  get count() {
    return this.list.length + this.more;
  }
  throwIfAny() {
    if (!this.count) return;
    throw new SeedError(this.more ? [...this.list, `… and ${this.more} more problem(s)`] : this.list);
  }
}

/** Converts the property cells of a row; empty cells are properties that are not set. */
function propsOf(owner: string, row: Row, keys: string[], types: StorageType[], from: number, shown: string, problems: Problems) {
  const props: Record<string, unknown> = {};
  let ok = true;
  for (let k = from; k < keys.length; k++) {
    const cell = row.cells[k]!;
    if (cell === '') continue;
    const v = convert(cell, types[k]!);
    if ('error' in v) {
      problems.add(`${shown}:${row.line}: ${owner}.${keys[k]} must be ${v.error}, found ${JSON.stringify(cell)}`);
      ok = false;
    } else {
      props[keys[k]!] = v.value;
    }
  }
  return ok ? props : undefined;
}

/**
 * Reads and checks a bulk directory: the manifest, then every row of every
 * file against the model (types, enums, provenance of figures), ids unique
 * across labels, both ends of each relationship defined with the file's
 * labels, at most one relationship of a type between two nodes, row counts as
 * the manifest states. Throws SeedError with file:line problems.
 */
export function readBulk(dir: string, onProgress?: CheckProgress): BulkSet {
  const manifestPath = path.join(dir, BULK_MANIFEST);
  if (!fs.existsSync(manifestPath)) throw new SeedError([`${display(dir)}: no ${BULK_MANIFEST}`]);
  const manifestBytes = fs.readFileSync(manifestPath);
  const manifest = readManifest(dir);
  const entries = entriesOf(dir, manifest);
  const problems = new Problems();
  const total = entries.reduce((a, e) => a + e.rows, 0);
  let done = 0;
  const tick = () => {
    if (++done % 5000 === 0 || done === total) onProgress?.(done, total);
  };

  const files: { name: string; bytes: Buffer }[] = [];
  // Nodes by index: id → index, and each one's label and where it was defined
  // (file index × 1e8 + line). Relationships are keyed by the indices of their
  // ends, per type: numbers hash much faster than "TYPE:a->b" strings.
  const nodeIndex = new Map<string, number>();
  const nodeLabel: NodeLabel[] = [];
  const nodeAt: number[] = [];
  const edgeAt = new Map<RelType, Map<number, number>>();
  const where = (code: number) => `${display(entries[Math.floor(code / 1e8)]!.path)}:${code % 1e8}`;
  const labelOf = (id: string) => {
    const i = nodeIndex.get(id);
    return i === undefined ? undefined : nodeLabel[i];
  };
  let nodes = 0;
  let edges = 0;

  entries.forEach((entry, index) => {
    const bytes = fs.readFileSync(entry.path);
    files.push({ name: entry.file, bytes });
    if (entry.kind !== 'node') return;
    const shown = display(entry.path);
    const columns = nodeColumns(entry.label);
    const types = storages(columns, nodeSchemas[entry.label].shape);
    let count = 0;
    for (const row of rowsOf(shown, bytes.toString('utf8'), columns, problems)) {
      count++;
      tick();
      const id = row.cells[0]!;
      const first = nodeIndex.get(id);
      if (first !== undefined) {
        problems.add(`${shown}:${row.line}: duplicate id '${id}' (first defined at ${where(nodeAt[first]!)})`);
        continue;
      }
      // The node is defined even when a value is wrong: one problem, one message.
      nodeIndex.set(id, nodeLabel.length);
      nodeLabel.push(entry.label);
      nodeAt.push(index * 1e8 + row.line);
      const props = propsOf(entry.label, row, columns, types, 1, shown, problems);
      if (!props) continue;
      const issues = validateNode({ id, labels: [entry.label], properties: { id, ...props } });
      for (const issue of issues) problems.add(`${shown}:${row.line}: ${entry.label} '${id}': ${issue}`);
    }
    nodes += count;
    if (count !== entry.rows) problems.add(`${shown}: ${count} rows, but ${BULK_MANIFEST} says ${entry.rows}`);
  });

  const n = nodeLabel.length;
  entries.forEach((entry, index) => {
    if (entry.kind !== 'edge') return;
    const shown = display(entry.path);
    const columns = relColumns(entry.type);
    const types = storages(columns, relSchemas[entry.type].props.shape);
    let seen = edgeAt.get(entry.type);
    if (!seen) edgeAt.set(entry.type, (seen = new Map()));
    /** The index of a relationship's end, or -1 after reporting why it cannot be one. */
    const end = (row: Row, id: string, label: NodeLabel): number => {
      const i = nodeIndex.get(id);
      if (i === undefined) problems.add(`${shown}:${row.line}: ${label} '${id}' is not defined in the node files`);
      else if (nodeLabel[i] !== label) problems.add(`${shown}:${row.line}: '${id}' is a ${nodeLabel[i]}, not a ${label}`);
      else return i;
      return -1;
    };
    let count = 0;
    for (const row of rowsOf(shown, files[index]!.bytes.toString('utf8'), columns, problems)) {
      count++;
      tick();
      const [source, target] = [row.cells[0]!, row.cells[1]!];
      const si = end(row, source, entry.from);
      const ti = end(row, target, entry.to);
      if (si < 0 || ti < 0) continue;
      const key = si * n + ti;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.add(`${shown}:${row.line}: duplicate relationship ${edgeId(entry.type, source, target)} (first at ${where(first)})`);
        continue;
      }
      seen.set(key, index * 1e8 + row.line);
      const props = propsOf(entry.type, row, columns, types, 2, shown, problems);
      if (!props) continue;
      const issues = validateEdge({ id: '', type: entry.type, source, target, properties: props }, labelOf);
      for (const issue of issues) problems.add(`${shown}:${row.line}: ${edgeId(entry.type, source, target)}: ${issue}`);
    }
    edges += count;
    if (count !== entry.rows) problems.add(`${shown}: ${count} rows, but ${BULK_MANIFEST} says ${entry.rows}`);
  });

  problems.throwIfAny();
  return { dir, entries, nodes, edges, checksum: hashOf(manifestBytes, files) };
}

/** Typed rows of one checked bulk file: `{id, …props}` for nodes, `{from, to, props}` for relationships. */
export function* bulkRows(entry: BulkEntry): Generator<{ line: number; row: Record<string, unknown> }> {
  const problems = new Problems();
  const shown = display(entry.path);
  const text = fs.readFileSync(entry.path, 'utf8');
  if (entry.kind === 'node') {
    const columns = nodeColumns(entry.label);
    const types = storages(columns, nodeSchemas[entry.label].shape);
    for (const row of rowsOf(shown, text, columns, problems)) {
      const props = propsOf(entry.label, row, columns, types, 1, shown, problems);
      if (props) yield { line: row.line, row: { id: row.cells[0]!, ...props } };
    }
  } else {
    const columns = relColumns(entry.type);
    const types = storages(columns, relSchemas[entry.type].props.shape);
    for (const row of rowsOf(shown, text, columns, problems)) {
      const props = propsOf(entry.type, row, columns, types, 2, shown, problems);
      if (props) yield { line: row.line, row: { from: row.cells[0]!, to: row.cells[1]!, props } };
    }
  }
  problems.throwIfAny();
}

// ---- Writing ----

export interface BulkWriteOptions {
  /** Called after each row written. */
  onRow?: () => void;
}

/** Writes a graph as a bulk directory (manifest and CSV files); returns the manifest. */
export function writeBulk(doc: GraphDocument, dir: string, opts: BulkWriteOptions = {}): BulkManifest {
  fs.mkdirSync(dir, { recursive: true });
  const labelOf = new Map(doc.nodes.map((n) => [n.id, n.labels[0] as NodeLabel]));
  const manifest: BulkManifest = { format: BULK_FORMAT, version: 1, nodes: [], relationships: [] };
  for (const label of nodeLabels) {
    const nodes = doc.nodes.filter((n) => n.labels[0] === label);
    if (!nodes.length) continue;
    const columns = nodeColumns(label);
    const file = `nodes-${label}.csv`;
    const out = [columns.join(',')];
    for (const n of nodes) {
      out.push(columns.map((c) => csvCell(c === 'id' ? n.id : n.properties[c])).join(','));
      opts.onRow?.();
    }
    fs.writeFileSync(path.join(dir, file), out.join('\n') + '\n');
    manifest.nodes.push({ label, file, rows: nodes.length });
  }
  const groups = new Map<string, GraphDocument['edges']>();
  for (const e of doc.edges) {
    const [from, to] = [labelOf.get(e.source), labelOf.get(e.target)];
    if (!relSchemas[e.type as RelType]?.pairs.some(([a, b]) => a === from && b === to)) {
      throw new Error(`${e.id}: ${e.type} may not connect ${from ?? '?'} to ${to ?? '?'}`);
    }
    const key = `${e.type}\0${from}\0${to}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  for (const type of relTypes) {
    for (const [from, to] of relSchemas[type].pairs) {
      const edges = groups.get(`${type}\0${from}\0${to}`);
      if (!edges) continue;
      const columns = relColumns(type);
      const file = `rels-${type}-${from}-${to}.csv`;
      const out = [columns.join(',')];
      for (const e of edges) {
        out.push(columns.map((c) => csvCell(c === 'from' ? e.source : c === 'to' ? e.target : e.properties[c])).join(','));
        opts.onRow?.();
      }
      fs.writeFileSync(path.join(dir, file), out.join('\n') + '\n');
      manifest.relationships.push({ type, from, to, file, rows: edges.length });
    }
  }
  fs.writeFileSync(path.join(dir, BULK_MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
