// Opens the store the configuration selects: Neo4j when NEO4J_URI is set,
// otherwise the embedded Kuzu database (seeded on demand).
import type { Config } from '../config';
import { seedKuzu } from '../seed/loader';
import { KuzuStore } from './kuzu';
import type { GraphStore } from './types';

export type { GraphStore, QueryResultSet, Counts, Value, GraphPath } from './types';

export async function openStore(config: Config): Promise<GraphStore> {
  await seedKuzu(config);
  return new KuzuStore(config.kuzuPath);
}
