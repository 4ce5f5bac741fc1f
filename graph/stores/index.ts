// Opens the store the configuration selects: Neo4j when NEO4J_URI is set
// (seeded first if its seed record is stale), otherwise the embedded
// LadybugDB database (seeded on demand).
import type { Config } from '../config';
import { seedKuzu } from '../seed/loader';
import { seedNeo4j } from '../seed/neo4j-loader';
import { LadybugStore } from './ladybug';
import { Neo4jStore } from './neo4j';
import type { GraphStore } from './types';

export type { GraphStore, QueryResultSet, Counts, Value, GraphPath } from './types';

/** `ownProcess`: the embedded database in a process of its own (graph/stores/ladybug-engine.ts), as the server runs it. */
export async function openStore(config: Config, opts: { ownProcess?: boolean } = {}): Promise<GraphStore> {
  if (config.neo4j) {
    await seedNeo4j(config);
    return Neo4jStore.connect(config.neo4j);
  }
  await seedKuzu(config);
  return new LadybugStore(config.kuzuPath, { ownProcess: opts.ownProcess });
}
