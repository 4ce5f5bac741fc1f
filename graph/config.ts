// Where things live on disk and which engine to use. Read from the
// environment once, so the CLI, the server and tests agree.
import path from 'node:path';

/** The embedded database's file in the data directory. */
export const EMBEDDED_FILE = 'landscape.lbug';
/** What Kuzu 0.11, the embedded engine before LadybugDB, used; LadybugDB cannot open it, a seed removes it. */
export const LEGACY_KUZU_FILE = 'landscape.kuzu';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface Config {
  cypherDir: string;
  dataDir: string;
  /**
   * The seeded embedded (LadybugDB) database file, `<dataDir>/landscape.lbug`. The name keeps the
   * `kuzu` of the engine it replaced, Kuzu, whose file was `landscape.kuzu` (see LEGACY_KUZU_FILE).
   */
  kuzuPath: string;
  neo4j?: Neo4jConfig;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const root = process.cwd();
  const dataDir = path.resolve(/*turbopackIgnore: true*/ root, env.LANDSCAPE_DATA_DIR ?? '.data');
  const neo4j = env.NEO4J_URI
    ? {
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || undefined,
      }
    : undefined;
  return {
    cypherDir: path.resolve(/*turbopackIgnore: true*/ root, env.LANDSCAPE_CYPHER_DIR ?? 'cypher'),
    dataDir,
    kuzuPath: path.join(dataDir, EMBEDDED_FILE),
    neo4j,
  };
}
