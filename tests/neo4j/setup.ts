// Global setup of `npm run test:neo4j`: a real Neo4j 5 for every test file.
// The server at NEO4J_URI when one is set (it REPLACES the landscape in that
// database); otherwise one this setup starts from Maven Central's artifacts
// (tools/neo4j/) in a scratch directory, and stops afterwards. Workers inherit
// the environment set here; LANDSCAPE_TEST_NEO4J=1 tells the engine-aware
// specs (tests/engines.ts) to run on Neo4j as well as on the embedded engine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LauncherError, neo4jEnv, startNeo4j, type Neo4jServer } from '../../tools/neo4j/launcher';

let server: Neo4jServer | undefined;
let scratch: string | undefined;

export async function setup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-neo4j-server-'));
    try {
      server = await startNeo4j({ dataDir: scratch, cacheDir: path.join(import.meta.dirname, '..', '..', '.data', 'neo4j-cache'), heap: '2g' });
    } catch (err) {
      // One clear line (e.g. "java was not found on PATH: …") instead of a stack.
      if (err instanceof LauncherError) throw new Error(`npm run test:neo4j could not start Neo4j: ${err.message}`);
      throw err;
    }
    Object.assign(process.env, neo4jEnv(server));
    process.stderr.write(`test:neo4j: started Neo4j at ${server.uri} in ${(server.readyMs / 1000).toFixed(1)} s\n`);
  }
  process.env.LANDSCAPE_TEST_NEO4J = '1';
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
}
