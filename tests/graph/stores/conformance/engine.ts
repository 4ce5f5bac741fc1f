// The engine fixture of the conformance suite: for an engine name, a fresh
// configuration with its own data directory (Neo4j: the server of
// `npm run test:neo4j`), seeding it, opening its store, and running a CLI
// command against it in a child process, as a user would.
//
// The Neo4j fixtures of all spec files share the one test database; the
// neo4j config runs files one at a time, and each file seeds in beforeAll.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../../../../graph/config';
import { seedKuzu, type SeedOptions, type SeedReport } from '../../../../graph/seed/loader';
import { seedNeo4j } from '../../../../graph/seed/neo4j-loader';
import { LadybugStore } from '../../../../graph/stores/ladybug';
import { Neo4jStore } from '../../../../graph/stores/neo4j';
import type { GraphStore } from '../../../../graph/stores/types';
import { engineEnv, type EngineName } from '../../../engines';
import { repoRoot, seedCopy, tempDir } from '../../../helpers';

export const realSeeds = path.join(repoRoot, 'cypher');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface EngineFixture {
  readonly engine: EngineName;
  readonly config: Config;
  /** What a child process needs to read this fixture's graph: the engine, its data and seed directories. */
  readonly env: Record<string, string>;
  /** Rebuilds the graph from `cypherDir` (the real seeds by default), as `npm run seed` does: forced unless told otherwise. */
  seed(cypherDir?: string, opts?: SeedOptions): Promise<SeedReport>;
  /** Opens the store on what the database holds now; the caller closes it. */
  open(): Promise<GraphStore>;
  /** Runs `fn` on a freshly opened store (so it sees what is on disk or on the server now) and closes it. */
  withStore<T>(fn: (store: GraphStore) => Promise<T>): Promise<T>;
  /** `npm run --silent <args>` in the repository, on this fixture's engine and data. */
  npm(args: string[]): Promise<CliResult>;
}

export function engineFixture(engine: EngineName): EngineFixture {
  const env = { ...engineEnv(engine), LANDSCAPE_DATA_DIR: tempDir(`lg-conformance-${engine}-`), LANDSCAPE_CYPHER_DIR: realSeeds };
  // The same function the CLI and the server use, so the fixture cannot pick another engine than they would.
  const config = loadConfig(env);
  if ((config.neo4j !== undefined) !== (engine === 'neo4j')) throw new Error(`the environment does not select ${engine}`);

  const open = async (): Promise<GraphStore> => (engine === 'ladybugdb' ? new LadybugStore(config.kuzuPath) : Neo4jStore.connect(config.neo4j!));
  const fixture: EngineFixture = {
    engine,
    config,
    env,
    seed(cypherDir = realSeeds, opts = { force: true }) {
      const target = { ...config, cypherDir };
      return engine === 'ladybugdb' ? seedKuzu(target, opts) : seedNeo4j(target, opts);
    },
    open,
    async withStore(fn) {
      const store = await open();
      try {
        return await fn(store);
      } finally {
        await store.close();
      }
    },
    npm(args) {
      return new Promise((resolve) => {
        execFile(
          'npm',
          ['run', '--silent', ...args],
          { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
          (err, stdout, stderr) => resolve({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
        );
      });
    },
  };
  return fixture;
}

/**
 * A copy of cypher/ with `statement` appended to `file`, and the line it
 * starts on; `edit` may change the copy first (to tell a rolled-back load
 * from one that never started).
 */
export function brokenSeeds(file: string, statement: string, edit?: (dir: string) => void): { dir: string; path: string; line: number } {
  const dir = seedCopy();
  edit?.(dir);
  const target = path.join(dir, file);
  const before = fs.readFileSync(target, 'utf8');
  const text = before.endsWith('\n') ? before : `${before}\n`;
  fs.writeFileSync(target, `${text}\n${statement}\n`);
  return { dir, path: target, line: text.split('\n').length + 1 };
}
