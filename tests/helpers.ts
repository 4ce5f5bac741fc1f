// Test helpers: temporary configurations and databases on real LadybugDB.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../graph/config';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const documentPath = path.resolve(repoRoot, '..', 'shared', 'source', 'industry-overview.zh-Hant.txt');

export function tempDir(prefix = 'lg-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A config with its own data directory, reading `cypherDir` (the real seeds by default). */
export function tempConfig(cypherDir = path.join(repoRoot, 'cypher')): Config {
  return loadConfig({ LANDSCAPE_DATA_DIR: tempDir('lg-data-'), LANDSCAPE_CYPHER_DIR: cypherDir });
}

/** A copy of the real seed directory that a test may break. */
export function seedCopy(): string {
  const dir = tempDir('lg-cypher-');
  for (const f of fs.readdirSync(path.join(repoRoot, 'cypher'))) {
    fs.copyFileSync(path.join(repoRoot, 'cypher', f), path.join(dir, f));
  }
  return dir;
}
