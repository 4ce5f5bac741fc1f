// What a server process holds: one store, the views answered from it with
// their cache of answers (never a copy of the graph), and the runner of
// ad-hoc queries (the Kuzu worker pool or Neo4j READ sessions). Kept on
// globalThis so Next.js dev reloads reuse them. When `npm run seed` swaps a
// new LadybugDB file in, the next request opens it; when it replaces the
// landscape in Neo4j (a new seed record), the next request after at most
// STAMP_CHECK_MS does. Either way a new runtime starts with an empty cache, so
// no answer outlives its data.
import fs from 'node:fs';
import { loadConfig } from './config';
import { LandscapeService } from './landscape/service';
import { VIEW_DEFAULT_MAX } from './landscape/view';
import { startGate } from './query/gate-process';
import { adHocRunner } from './query/runner';
import type { ReadRunner } from './query/service';
import { openStore } from './stores';
import type { Neo4jStore } from './stores/neo4j';
import type { GraphStore } from './stores/types';

/** How often a server on Neo4j asks for the seed record (one small read) to notice a reseed. */
export const STAMP_CHECK_MS = 1000;

export interface Runtime {
  store: GraphStore;
  views: LandscapeService;
  adHoc: ReadRunner;
  /** The Kuzu file this runtime opened (its inode), to notice a reseed. */
  fileId?: number;
  /** Neo4j: the seed record this runtime's answers were read under, and when it was last compared. */
  seed?: { stamp: string | undefined; checkedAt: number; read(): Promise<string | undefined> };
  /** True once the start-up reads are done: the default view in the cache, every view read run once (service.ts: prepare). */
  prepared(): boolean;
  close(): Promise<void>;
}

const key = Symbol.for('landscape-graph.runtime');
type Holder = { [key]?: Promise<Runtime> };

const inode = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.ino;

async function create(): Promise<Runtime> {
  const config = loadConfig();
  startGate();
  // The embedded database in a process of its own: its memory and a native crash are not the server's.
  const store = await openStore(config, { ownProcess: true });
  // Read before any answer, so a reseed during the first ones shows as a newer stamp at the next check.
  const stamp = store.engine === 'neo4j' ? await (store as Neo4jStore).seedStamp() : undefined;
  const views = new LandscapeService(store);
  // The explorer's first ask (the default view), read into the cache while the server answers others; then every
  // other read a view makes, once, before a user's first click needs it: Neo4j plans each (a fresh JVM took 2.8 s
  // for these at the real landscape, and a first hub page of 1,000 466 ms where the second took 78); LadybugDB
  // builds its index of names.
  let prepared = false;
  void views
    .view({}, VIEW_DEFAULT_MAX)
    // On Neo4j the default view's reads twice more, uncached: a JVM just started compiles its hot paths during
    // them (the first asks after a restart took 624, 497, 447 ms where later ones took 350–420).
    .then(() => views.prepare({ rereads: store.engine === 'neo4j' ? 2 : 0 }))
    .catch(() => undefined)
    .finally(() => (prepared = true));
  const adHoc = adHocRunner(config, store);
  const close = async () => {
    await adHoc.close();
    await store.close();
  };
  const common = { store, views, adHoc: adHoc.run, prepared: () => prepared, close };
  if (store.engine === 'ladybugdb') return { ...common, fileId: inode(config.kuzuPath) };
  const neo4jStore = store as Neo4jStore;
  return { ...common, seed: { stamp, checkedAt: Date.now(), read: () => neo4jStore.seedStamp() } };
}

/**
 * True when Neo4j holds another seed than the one `rt` read. An unreachable or slow server is not a reseed: the
 * check gives up after STAMP_CHECK_MS, so a request during an outage fails as fast as it would without it.
 */
async function reseededNeo4j(rt: Runtime): Promise<boolean> {
  const seed = rt.seed;
  if (!seed || Date.now() - seed.checkedAt < STAMP_CHECK_MS) return false;
  seed.checkedAt = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<string | undefined>((resolve) => (timer = setTimeout(() => resolve(seed.stamp), STAMP_CHECK_MS)));
  const now = await Promise.race([seed.read().catch(() => seed.stamp), gaveUp]).finally(() => clearTimeout(timer));
  return now !== seed.stamp;
}

export async function runtime(): Promise<Runtime> {
  const g = globalThis as Holder;
  g[key] ??= create().catch((err: unknown) => {
    delete g[key];
    throw err;
  });
  const pending = g[key];
  const current = await pending;
  if ((current.fileId !== undefined && inode(loadConfig().kuzuPath) !== current.fileId) || (await reseededNeo4j(current))) {
    if (g[key] === pending) {
      delete g[key];
      // In-flight requests keep the old handles; close them once those are done.
      setTimeout(() => void current.close().catch(() => undefined), 30_000).unref();
    }
    return runtime();
  }
  return current;
}
