// Peak memory of the server while a (synthetic) landscape is loaded and
// queried: `next start` on a seeded data directory, the representative
// queries and the explorer's API calls, then whatever `browse` does with the
// running server (the browser benchmark) and the biggest view the API gives.
// Memory is read from /proc: the server process's own peak (VmHWM) and the
// peak of the summed RSS of its process tree (server + query workers). On
// Neo4j the database is another process, the JVM: its peak (VmHWM) is read
// separately when its pid is given.
import http from 'node:http';
import { VIEW_MAX } from '../graph/landscape/view';
import { jsonPoster } from './http-client';
import { representativeQueries } from './queries';
import { startServer } from '../tests/app/server';
import { memoryOf, processTree, sampleTreeRss } from './server';

export interface MemoryResult {
  nodes: number;
  edges: number;
  /** Time from `next start` to the first answer of /api/health (it loads the whole landscape). */
  readyMs: number;
  queries: number;
  /** Peak RSS of the server process (VmHWM) after the queries, before browsing. */
  serverPeakMb: number;
  /** Peak summed RSS of the server's process tree (server + Kuzu query workers) over the same span. */
  treePeakMb: number;
  /** The same two after browsing and GET /api/graph?max=VIEW_MAX (the biggest view the API gives). */
  serverPeakBrowseMb: number;
  treePeakBrowseMb: number;
  biggestViewMs: number;
  biggestViewMb: number;
  processes: { pid: number; name: string; peakMb: number }[];
  /** Neo4j: peak RSS (VmHWM) of the database's JVM after the queries and at the end; its start is in the span when it was restarted before. */
  dbPeakMb?: number;
  dbPeakBrowseMb?: number;
}

/** Extra queries that touch much of a synthetic landscape. */
const syntheticQueries = [
  'MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment) RETURN p.name_en AS provider, count(s) AS segments ORDER BY segments DESC LIMIT 10',
  "MATCH (s:Segment {id: 'segment-1'})<-[:PART_OF*1..3]-(c:Segment) RETURN c.name_en, c.size_2023 ORDER BY c.size_2023 DESC LIMIT 50",
  'MATCH (f:Factor)-[:AFFECTS]->(s:Segment)<-[r:RANKED_IN]-(p:Provider) WHERE r.rank <= 3 RETURN f.kind AS kind, count(*) AS n',
  'MATCH (p:Provider {independent: true})-[:OFFERS]->(l:Layer) RETURN l.name_en AS layer, count(p) AS providers',
];

function get(url: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      })
      .on('error', reject);
  });
}

export async function measureServerMemory<B>(
  /** The server's environment: the data and seed directories, and NEO4J_URI etc. to put it on Neo4j. */
  env: Record<string, string> & { LANDSCAPE_DATA_DIR: string; LANDSCAPE_CYPHER_DIR: string },
  opts: { rounds?: number; browse: (url: string) => Promise<B>; log?: (msg: string) => void; dbPid?: number },
): Promise<MemoryResult & { browsed: B }> {
  const dbPeak = () => (opts.dbPid === undefined ? undefined : memoryOf([opts.dbPid])[0]?.peakMb);
  const log = opts.log ?? (() => undefined);
  log('server: starting with the landscape…');
  // With 100k nodes the server reads the whole graph before it answers: allow minutes.
  const server = await startServer(env, { deadlineMs: 600_000 });
  const tree = sampleTreeRss(server.pid);
  try {
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { nodes: number; edges: number };
    const post = jsonPoster(server.url);
    let queries = 0;
    const check = (what: string, status: number) => {
      if (status !== 200) throw new Error(`${what}: HTTP ${status}`);
      queries++;
    };
    log('server: querying…');
    for (let round = 0; round < (opts.rounds ?? 5); round++) {
      for (const q of [...representativeQueries, ...syntheticQueries.map((query) => ({ query, params: undefined }))]) {
        check(q.query, (await post('/api/cypher', { query: q.query, params: q.params })).status);
      }
      for (const p of [
        '/api/search?q=nimbus',
        '/api/search?q=%E9%9B%B2',
        '/api/nodes/provider-1',
        '/api/nodes/provider-1/neighbors?limit=1000',
        '/api/nodes/segment-1/neighbors?limit=1000',
        '/api/graph?segment=segment-1',
        '/api/graph?q=cloud&independent=true',
        '/api/schema',
      ]) {
        check(p, (await get(server.url + p)).status);
      }
    }
    const afterQueries = memoryOf(processTree(server.pid));
    const serverPeakMb = afterQueries.find((p) => p.pid === server.pid)?.peakMb ?? NaN;
    const treePeakMb = tree.stop();
    const dbPeakMb = dbPeak();
    const browseTree = sampleTreeRss(server.pid);
    const browsed = await opts.browse(server.url);
    log('server: the biggest view…');
    const t = performance.now();
    const res = await get(`${server.url}/api/graph?max=${VIEW_MAX}`);
    check('/api/graph', res.status);
    const biggestViewMs = performance.now() - t;
    const treePeakBrowseMb = Math.max(treePeakMb, browseTree.stop());
    const serverPeakBrowseMb = memoryOf([server.pid])[0]?.peakMb ?? NaN;
    return {
      nodes: health.nodes,
      edges: health.edges,
      readyMs: server.readyMs,
      queries,
      serverPeakMb,
      treePeakMb,
      serverPeakBrowseMb,
      treePeakBrowseMb,
      biggestViewMs,
      biggestViewMb: res.bytes / 2 ** 20,
      browsed,
      processes: memoryOf(processTree(server.pid)).map(({ pid, name, peakMb }) => ({ pid, name, peakMb })),
      dbPeakMb,
      dbPeakBrowseMb: dbPeak(),
    };
  } finally {
    tree.stop();
    await server.stop();
  }
}
