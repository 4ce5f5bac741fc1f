// What a server process holds: one store, the landscape read from it, and
// the runner of ad-hoc queries (the Kuzu worker pool or Neo4j READ sessions).
// Kept on globalThis so Next.js dev reloads reuse them. When `npm run seed`
// swaps a new Kuzu file in, the next request opens it.
import fs from 'node:fs';
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
  /** The Kuzu file this runtime opened (its inode), to notice a reseed. */
  fileId?: number;
  close(): Promise<void>;
}

const key = Symbol.for('landscape-graph.runtime');
type Holder = { [key]?: Promise<Runtime> };

const inode = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.ino;

async function create(): Promise<Runtime> {
  const config = loadConfig();
  const store = await openStore(config);
  const landscape = new Landscape(await store.exportGraph());
  if (store.engine === 'kuzu') {
    const pool = new KuzuQueryPool(config.kuzuPath);
    return {
      store,
      landscape,
      adHoc: (query, params) => pool.run(toKuzuDialect(query), params),
      fileId: inode(config.kuzuPath),
      close: async () => {
        await pool.close();
        await store.close();
      },
    };
  }
  return {
    store,
    landscape,
    adHoc: (query, params) => store.query(query, params, { timeoutMs: defaultPoolOptions.timeoutMs, maxRows: defaultPoolOptions.maxRows }),
    close: () => store.close(),
  };
}

export async function runtime(): Promise<Runtime> {
  const g = globalThis as Holder;
  g[key] ??= create().catch((err: unknown) => {
    delete g[key];
    throw err;
  });
  const pending = g[key];
  const current = await pending;
  if (current.fileId !== undefined && inode(loadConfig().kuzuPath) !== current.fileId) {
    if (g[key] === pending) {
      delete g[key];
      // In-flight requests keep the old handles; close them once those are done.
      setTimeout(() => void current.close().catch(() => undefined), 30_000).unref();
    }
    return runtime();
  }
  return current;
}
