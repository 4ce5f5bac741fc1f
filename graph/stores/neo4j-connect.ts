// Opens a neo4j-driver Driver from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD /
// NEO4J_DATABASE and proves the server answers before anything uses it, so an
// unreachable server or refused login is one clear error naming the URI.
// Shared by the store (graph/stores/neo4j.ts) and the loader (graph/seed/neo4j-loader.ts).
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import { connectionError } from './neo4j-errors';

export interface DriverOptions {
  /** How long managed transactions retry transient failures (the driver's default is 30 s). */
  maxTransactionRetryTime?: number;
}

/** `bolt://host:7687`, `neo4j://…` or `neo4j+s://…` (Aura); throws a GraphError for a URI the driver refuses. */
export function openDriver(config: Neo4jConfig, opts: DriverOptions = {}): Driver {
  try {
    return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      userAgent: 'landscape-graph',
      maxTransactionRetryTime: opts.maxTransactionRetryTime ?? 5_000,
      connectionTimeout: 15_000,
      connectionAcquisitionTimeout: 30_000,
    });
  } catch (err) {
    throw connectionError(config.uri, config.user, err);
  }
}

/** Where a seed went, for messages: the URI and, when set, the database. */
export const neo4jTarget = (config: Neo4jConfig) => (config.database ? `${config.uri} (database ${config.database})` : config.uri);

/** Opens a driver and waits for the server to answer; returns it with the server's "neo4j 5.x.y". */
export async function connect(config: Neo4jConfig, opts: DriverOptions = {}): Promise<{ driver: Driver; engine: string }> {
  const driver = openDriver(config, opts);
  try {
    const info = await driver.getServerInfo({ database: config.database });
    const version = info.agent?.match(/Neo4j\/(\S+)/)?.[1] ?? info.agent ?? 'unknown';
    return { driver, engine: `neo4j ${version}` };
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw connectionError(config.uri, config.user, err);
  }
}
