// Reads a seed directory into checked statements and elements. Pure: it never
// touches a database, so it can run before any load and in tests.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { kuzuDdl, type GraphDocument } from '../model';
import { bulkChecksum, isBulkDir } from './bulk';
import { checkElements } from './check';
import { parseStatement, SeedError, splitStatements, type SeedElement, type Statement } from './parse';

export interface SeedSet {
  statements: Statement[];
  elements: SeedElement[];
  /** The graph the seeds define, as parsed (what a load must produce). */
  graph: GraphDocument;
  /** Changes when a seed file or the generated schema changes. */
  checksum: string;
}

export function seedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new SeedError([`${dir}: seed directory not found`]);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function seedChecksum(files: string[]): string {
  const hash = createHash('sha256');
  hash.update(kuzuDdl().join('\n'));
  for (const f of files) hash.update(`\0${path.basename(f)}\0`).update(fs.readFileSync(f));
  return hash.digest('hex');
}

/**
 * What a seed directory holds: seed files (`*.cypher`, loaded statement by
 * statement) or a bulk directory (`bulk.json` and CSV files, loaded with the
 * engine's bulk path). A directory with both is refused rather than guessed.
 */
export function sourceFormat(dir: string): 'cypher' | 'bulk' {
  if (!isBulkDir(dir)) return 'cypher';
  if (seedFiles(dir).length) throw new SeedError([`${dir}: holds both bulk.json and .cypher seed files; keep one kind per directory`]);
  return 'bulk';
}

/** The checksum of whichever kind of seed directory `dir` is. */
export function sourceChecksum(dir: string): string {
  return sourceFormat(dir) === 'bulk' ? bulkChecksum(dir) : seedChecksum(seedFiles(dir));
}

/** Parses and checks every seed file; throws SeedError listing file:line problems. */
export function readSeeds(dir: string): SeedSet {
  const files = seedFiles(dir);
  if (files.length === 0) throw new SeedError([`${dir}: no .cypher seed files`]);
  const problems: string[] = [];
  const statements: Statement[] = [];
  const elements: SeedElement[] = [];
  for (const file of files) {
    const rel = file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : file;
    const split = splitStatements(rel, fs.readFileSync(file, 'utf8'));
    problems.push(...split.problems);
    for (const st of split.statements) {
      const el = parseStatement(st, problems);
      statements.push(st);
      if (el) elements.push(el);
    }
  }
  const { graph, problems: modelProblems } = checkElements(elements);
  problems.push(...modelProblems);
  if (problems.length) throw new SeedError(problems);
  return { statements, elements, graph, checksum: seedChecksum(files) };
}
