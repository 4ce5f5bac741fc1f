// One store per server process. Kept on globalThis so that Next.js dev
// reloads reuse the open database instead of opening it again.
import { loadConfig } from '../config';
import { openStore } from './index';
import type { GraphStore } from './types';

const key = Symbol.for('landscape-graph.store');
type Holder = { [key]?: Promise<GraphStore> };

export function sharedStore(): Promise<GraphStore> {
  const g = globalThis as Holder;
  g[key] ??= openStore(loadConfig()).catch((err: unknown) => {
    delete g[key];
    throw err;
  });
  return g[key];
}
