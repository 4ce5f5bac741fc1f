// Seeds whichever engine the configuration selects, for the CLI: Neo4j when
// NEO4J_URI is set, else the embedded LadybugDB file. One report shape for both.
import type { Config } from '../config';
import { neo4jTarget } from '../stores/neo4j-connect';
import { seedKuzu, type SeedOptions, type SeedReport } from './loader';
import { seedNeo4j } from './neo4j-loader';

export interface EngineSeedReport extends SeedReport {
  /** Where the graph went: the LadybugDB file, or the Neo4j URI (and database). */
  target: string;
}

export async function seedConfigured(config: Config, opts: SeedOptions = {}): Promise<EngineSeedReport> {
  if (config.neo4j) return { ...(await seedNeo4j(config, opts)), target: neo4jTarget(config.neo4j) };
  return { ...(await seedKuzu(config, opts)), target: config.kuzuPath };
}
