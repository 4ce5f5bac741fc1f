// What a server process holds: one store, the landscape read from it, and
// the runner of ad-hoc queries (the Kuzu worker pool or Neo4j READ sessions).
// Kept on globalThis so Next.js dev reloads reuse them.
import { loadConfig } from './config';
import { Landscape } from './landscape/view';
import { KuzuQueryPool, defaultPoolOptions } from './query/kuzu-pool';
import { toKuzuDialect } from './query/kuzu-dialect';
import type { ReadRunner } from './query/service';
import { openStore } from './stores';
import type { GraphStore } from './stores/types';

export interface Runtime {
  store: GraphStore;
  landscape: Landscape;
  adHoc: ReadRunner;
}

const key = Symbol.for('landscape-graph.runtime');
type Holder = { [key]?: Promise<Runtime> };

async function create(): Promise<Runtime> {
  const config = loadConfig();
  const store = await openStore(config);
  const landscape = new Landscape(await store.exportGraph());
  let adHoc: ReadRunner;
  if (store.engine === 'kuzu') {
    const pool = new KuzuQueryPool(config.kuzuPath);
    adHoc = (query, params) => pool.run(toKuzuDialect(query), params);
  } else {
    adHoc = (query, params) => store.query(query, params, { timeoutMs: defaultPoolOptions.timeoutMs, maxRows: defaultPoolOptions.maxRows });
  }
  return { store, landscape, adHoc };
}

export function runtime(): Promise<Runtime> {
  const g = globalThis as Holder;
  g[key] ??= create().catch((err: unknown) => {
    delete g[key];
    throw err;
  });
  return g[key];
}
