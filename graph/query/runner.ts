// The runner of ad-hoc queries on the configured engine, one for every surface
// (the HTTP API's runtime and `npm run cypher`): on the embedded engine the
// translation of Neo4j's Cypher and the worker pool, on Neo4j a READ session;
// both within the same time and row limits.
import type { Config } from '../config';
import type { GraphStore } from '../stores/types';
import { KuzuQueryPool, defaultPoolOptions, type PoolOptions } from './kuzu-pool';
import { kuzuRunner } from './kuzu-translate';
import type { ReadRunner } from './service';

export interface AdHocRunner {
  run: ReadRunner;
  close(): Promise<void>;
}

export function adHocRunner(config: Config, store: GraphStore, opts: Partial<PoolOptions> = {}): AdHocRunner {
  const options = { ...defaultPoolOptions, ...opts };
  if (store.engine === 'ladybugdb') {
    const pool = new KuzuQueryPool(config.kuzuPath, options);
    return { run: kuzuRunner((query, params) => pool.run(query, params)), close: () => pool.close() };
  }
  return {
    run: (query, params) => store.query(query, params, { timeoutMs: options.timeoutMs, maxRows: options.maxRows }),
    close: async () => undefined,
  };
}
