// Query latency of the representative queries: directly on the store, and
// through /api/cypher (gate + worker process + HTTP on Kuzu, gate + a READ
// session of the server's driver on Neo4j), in the same run.
import type { GraphStore } from '../graph/stores/types';
import type { RunningServer } from '../tests/app/server';
import { jsonPoster } from './http-client';
import { representativeQueries } from './queries';
import { timeMany } from './stats';

export interface LatencyRow {
  query: string;
  storeP50: number;
  storeP95: number;
  httpP50: number;
  httpP95: number;
  ratioP50: number;
  /** Whether http p50 ≤ 1.2 × store p50 + 2 ms. */
  withinTarget: boolean;
}

/** `store`: the engine's own store (Kuzu file or Neo4j driver) over the landscape `server` serves; closed at the end. */
export async function measureLatency(store: GraphStore, server: RunningServer, n = 200): Promise<LatencyRow[]> {
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
      rows.push({
        query: q.name,
        storeP50: direct.p50,
        storeP95: direct.p95,
        httpP50: http.p50,
        httpP95: http.p95,
        ratioP50: http.p50 / direct.p50,
        withinTarget: http.p50 <= 1.2 * direct.p50 + 2,
      });
    }
  } finally {
    await store.close();
  }
  return rows;
}
