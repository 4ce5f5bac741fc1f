// Where things live on disk and which engine to use. Read from the
// environment once, so the CLI, the server and tests agree.
import path from 'node:path';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface Config {
  cypherDir: string;
  dataDir: string;
  /** The seeded Kuzu database file. */
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
    kuzuPath: path.join(dataDir, 'landscape.kuzu'),
    neo4j,
  };
}
