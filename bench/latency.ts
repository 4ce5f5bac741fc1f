// Query latency of the representative queries: directly on the store, and
// through /api/cypher (gate + worker process + HTTP on Kuzu, gate + a READ
// session of the server's driver on Neo4j), in the same run; on the embedded
// engine also the translation of Neo4j's Cypher alone (part of that overhead).
import type { GraphStore } from '../graph/stores/types';
import type { RunningServer } from '../tests/app/server';
import { jsonPoster } from './http-client';
import { representativeQueries } from './queries';
import { percentile, timeMany } from './stats';

export interface LatencyRow {
  query: string;
  storeP50: number;
  storeP95: number;
  httpP50: number;
  httpP95: number;
  ratioP50: number;
  /** Whether http p50 ≤ 1.2 × store p50 + 2 ms. */
  withinTarget: boolean;
  /** The translation for the embedded engine alone (the gate's parse of the query text cached, as the server has it). */
  translateP50?: number;
  translateP95?: number;
}

/** Times a synchronous call, in milliseconds, after a warm-up. */
function timeSync(n: number, warmup: number, fn: () => unknown): { p50: number; p95: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** `store`: the engine's own store (Kuzu file or Neo4j driver) over the landscape `server` serves; closed at the end. */
export async function measureLatency(
  store: GraphStore,
  server: RunningServer,
  n = 200,
  translate?: (query: string, params: Record<string, unknown>) => unknown,
): Promise<LatencyRow[]> {
  const post = jsonPoster(server.url);
  const rows: LatencyRow[] = [];
  const ask = (q: (typeof representativeQueries)[number]) => async () => {
    const res = await post('/api/cypher', { query: q.query, params: q.params });
    if (res.status !== 200) throw new Error(`${q.name}: HTTP ${res.status} ${res.body}`);
  };
  try {
    // A server just started compiles its route code while it answers: the
    // first round over every query is a warm-up (measured, a round's p50
    // was up to 1.3 ms slower before it), not a figure.
    for (const q of representativeQueries) await timeMany(n, 0, ask(q));
    for (const q of representativeQueries) {
      const direct = await timeMany(n, 20, () => store.query(q.query, q.params));
      const http = await timeMany(n, 20, ask(q));
      const translated = translate ? timeSync(n, 20, () => translate(q.query, q.params ?? {})) : undefined;
      rows.push({
        query: q.name,
        storeP50: direct.p50,
        storeP95: direct.p95,
        httpP50: http.p50,
        httpP95: http.p95,
        ratioP50: http.p50 / direct.p50,
        withinTarget: http.p50 <= 1.2 * direct.p50 + 2,
        ...(translated ? { translateP50: translated.p50, translateP95: translated.p95 } : {}),
      });
    }
  } finally {
    await store.close();
  }
  return rows;
}
