// Which engines a spec runs on. `npm test` runs on the embedded engine
// (LadybugDB) only; `npm run test:neo4j` (tests/neo4j/setup.ts) adds a real
// Neo4j, so one spec file states the store's behaviour once and checks it on both.
import fs from 'node:fs';
import path from 'node:path';

export type EngineName = 'ladybugdb' | 'neo4j';

/** The embedded engine's version as its installed package states it (not as the app reports it). */
export function installedLadybugVersion(): string {
  const pkg = path.resolve(import.meta.dirname, '..', 'node_modules', '@ladybugdb', 'core', 'package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** True inside `npm run test:neo4j`, never because NEO4J_URI happens to be set (the tests replace its landscape). */
export const neo4jUnderTest = () => process.env.LANDSCAPE_TEST_NEO4J === '1' && !!process.env.NEO4J_URI;

/** The engines a conformance spec runs on. */
export const testEngines = (): EngineName[] => (neo4jUnderTest() ? ['ladybugdb', 'neo4j'] : ['ladybugdb']);

/** The engine the app tests' servers use: Neo4j under test:neo4j, the embedded engine otherwise. */
export const appEngine = (): EngineName => (neo4jUnderTest() ? 'neo4j' : 'ladybugdb');

/** The environment that selects `engine` for a server or CLI process. */
export function engineEnv(engine: EngineName): Record<string, string> {
  if (engine === 'ladybugdb') return { NEO4J_URI: '' };
  return {
    NEO4J_URI: process.env.NEO4J_URI!,
    NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
    NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? '',
  };
}
