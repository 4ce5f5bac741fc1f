// The explorer's views answered by the store (issue 14), on one engine: a
// served `next start` on the 100k synthetic landscape (its database already
// built) — time to /api/health, GET /api/graph?max=20000, searches, a hub's
// 1,000-relationship neighbour pages, the server's RSS after them — each
// first asked (the store answers) and asked again (the cache of answers);
// and the real landscape's views in-process, the store-backed service beside
// today's in-memory Landscape (graph/landscape/view.ts over exportGraph, as
// the server held it before) on the same store, with their ratio.
// `npx tsx bench/views.ts [--smoke]` runs the LadybugDB half alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../graph/config';
import { generateLandscape } from '../graph/generate/landscape';
import { writeLandscape } from '../graph/generate/write';
import { schemaOf } from '../graph/landscape/schema';
import { LandscapeService } from '../graph/landscape/service';
import { Landscape } from '../graph/landscape/view';
import { seedKuzu } from '../graph/seed/loader';
import { openStore } from '../graph/stores';
import type { GraphStore } from '../graph/stores/types';
import { startServer } from '../tests/app/server';
import { httpClient } from './http-client';
import { memoryOf, processTree } from './server';
import { percentile } from './stats';

export interface Timed {
  /** First asks: the store answers. */
  cold: { p50: number; p95: number };
  /** The same asks again: the cache answers. */
  warm: { p50: number; p95: number };
}

export interface HubPages {
  id: string;
  degree: number;
  /** Each 1,000-relationship page, first asked. */
  coldMs: number[];
  warmMs: number[];
}

export interface PageTimes {
  path: string;
  firstMs: number;
  againMs: number;
  /** Size of the HTML. */
  kb: number;
}

export interface RealRow {
  view: string;
  /** In-process p50, the store-backed service with its cache emptied before each ask. */
  storeMs: number;
  /** The same with the cache kept (what a server answers from the second ask on). */
  cachedMs: number;
  /** Today's path: the in-memory Landscape over the exported graph. */
  memoryMs: number;
}

export interface ViewsResult {
  engine: string;
  nodes: number;
  edges: number;
  /** Spawn of `next start` → /api/health answered 200. */
  healthMs: number;
  /** Spawn → /api/health said `prepared` (the start-up reads done), when the views below were measured from. */
  preparedMs: number;
  graph: Timed & { elements: number; firstMs: number[]; later: { p50: number; ms: number[] }; moreMs: number };
  search: Timed & { queries: number };
  hub?: HubPages;
  pages: PageTimes[];
  /** Server (next start) RSS now and at its peak after everything above. */
  rssMb: number;
  peakMb: number;
  /** LadybugDB: the embedded database's own process, where the engine's memory is (Neo4j's is its JVM's). */
  database?: { rssMb: number; peakMb: number };
  /** Today's path on the same store: exportGraph + Landscape, and its view of 20,000. */
  inMemory: { loadMs: number; viewMs: number; heapMb: number };
  real: RealRow[];
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const stats = (xs: number[]) => ({ p50: percentile(sorted(xs), 50), p95: percentile(sorted(xs), 95) });

const clients = new Map<string, ReturnType<typeof httpClient>>();

/** GET `url` timed to its last byte, on a keep-alive connection of the bench's lean client (fetch adds its own time). */
async function timedGet(url: string): Promise<{ ms: number; body: string }> {
  const { origin, pathname, search } = new URL(url);
  let client = clients.get(origin);
  if (!client) clients.set(origin, (client = httpClient(origin)));
  const t = performance.now();
  const res = await client.request('GET', pathname + search);
  const ms = performance.now() - t;
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}: ${res.body.slice(0, 200)}`);
  return { ms, body: res.body };
}

const closeClient = (url: string) => {
  clients.get(url)?.close();
  clients.delete(url);
};

/** Words of the synthetic names (graph/generate/names.ts), a prefix, a typo, Chinese: one search each. */
export const searchQueries = [
  'nimbus', 'silknet', 'embernet systems', 'lumenframe cloud', 'prismlink video', 'polarpulse', 'atlasnet digital',
  'cloud', 'video', 'networks', 'cdn', 'paas', 'saas', 'apaas', 'rtc', 'cloud gaming', 'storage', 'provider-1234',
  'segment-145', 'nimbu', 'silkn', 'embr', 'lumenfrme', 'prismlnk', 'atlasnet digtal', 'vidoe', 'clodu', 'netwroks',
  '雲', '網絡', '流明幀雲', '絲路網', '視頻', '音視頻', '卷雲播', '系統', '數碼', '實驗室', '市場', '遊戲',
];

/** Each path first asked (the store answers), then `again` (default: the same paths) asked once more (the cache). */
async function timeServed(url: string, paths: string[], again = paths): Promise<Timed & { coldMs: number[] }> {
  const cold: number[] = [];
  for (const p of paths) cold.push((await timedGet(url + p)).ms);
  const warm: number[] = [];
  for (const p of again) warm.push((await timedGet(url + p)).ms);
  return { cold: stats(cold), warm: stats(warm), coldMs: cold };
}

/** A node with about `want` relationships (the hub: 1,667), found with portable Cypher. */
async function hubNear(store: GraphStore, want: number): Promise<{ id: string; degree: number } | undefined> {
  const { rows } = await store.query(
    'MATCH (n)-[r]-() WITH n, count(r) AS d WHERE d >= $lo AND d <= $hi RETURN n.id AS id, d ORDER BY abs(d - $want), id LIMIT 1',
    { lo: Math.floor(want * 0.8), hi: Math.ceil(want * 1.2), want },
  );
  const r = rows[0];
  return r ? { id: String(r.id), degree: Number(r.d) } : undefined;
}

/** The 100k (or smoke) landscape served on the engine `env` selects, whose database `prepare` has built. */
export async function measureServedViews(env: Record<string, string>, log: (m: string) => void, opts: { hub?: number } = {}): Promise<Omit<ViewsResult, 'real' | 'inMemory'> & { store: GraphStore }> {
  log('views: starting the server on the built database…');
  const server = await startServer(env, { deadlineMs: 600_000 });
  const store = await openStore(loadConfig({ ...process.env, ...env }));
  try {
    const health = JSON.parse((await timedGet(`${server.url}/api/health`)).body) as { engine: string; nodes: number; edges: number; prepared?: boolean };
    // The views are measured once the server's start-up reads are done (the default view; on Neo4j every view
    // query planned once): before that, a fresh Neo4j JVM answers anything slower, and its planning competes.
    let prepared = health.prepared === true;
    while (!prepared && performance.now() - server.startedAt < 120_000) {
      await new Promise((r) => setTimeout(r, 100));
      prepared = (JSON.parse((await timedGet(`${server.url}/api/health`)).body) as { prepared?: boolean }).prepared === true;
    }
    const preparedMs = performance.now() - server.startedAt;
    log('views: /api/graph?max=20000…');
    // Distinct caps, so that each first ask is the store's (20,000, the default, was read at start); then
    // max=20000 again (the cache). Each reads as much of the ranking as the default kept (service.ts: keptBy);
    // "load more" (30,000), bigger than any cap read, reads the first ranking of 2,048 and more.
    const caps = [19_999, 19_998, 19_997, 19_996, 19_995];
    const graph = await timeServed(server.url, caps.map((m) => `/api/graph?max=${m}`), caps.map(() => '/api/graph?max=20000'));
    const first = JSON.parse((await timedGet(`${server.url}/api/graph?max=20000`)).body) as { nodes: unknown[]; edges: unknown[] };
    const more = (await timedGet(`${server.url}/api/graph?max=30000`)).ms;
    log('views: searches…');
    const search = await timeServed(server.url, searchQueries.map((q) => `/api/search?q=${encodeURIComponent(q)}`));
    let hub: HubPages | undefined;
    const found = await hubNear(store, opts.hub ?? 1_667);
    if (found) {
      log(`views: ${found.id}'s neighbour pages (${found.degree} relationships)…`);
      const pages = [];
      for (let offset = 0; offset < found.degree; offset += 1_000) pages.push(`/api/nodes/${found.id}/neighbors?limit=1000&offset=${offset}`);
      const coldMs = [];
      for (const p of pages) coldMs.push((await timedGet(server.url + p)).ms);
      const warmMs = [];
      for (const p of pages) warmMs.push((await timedGet(server.url + p)).ms);
      hub = { ...found, coldMs, warmMs };
    }
    // The pages a user opens, each first asked (the store) and again (the cache): their lists are cut at the
    // page's count (?show=), and /markets reads the audit a part at a time (graph/landscape/audit.ts).
    log('views: the pages…');
    const pages: PageTimes[] = [];
    for (const p of ['/', '/value-chain', '/markets', '/markets?lang=zh']) {
      const first = await timedGet(server.url + p);
      pages.push({ path: p, firstMs: first.ms, againMs: (await timedGet(server.url + p)).ms, kb: Buffer.byteLength(first.body) / 1024 });
    }
    for (const p of ['/api/schema', '/api/nodes/provider-1']) await timedGet(server.url + p);
    // The big view's first asks once more, now that the server (and a JVM) has answered everything above.
    const later: number[] = [];
    for (const m of [19_990, 19_989, 19_988, 19_987, 19_986]) later.push((await timedGet(`${server.url}/api/graph?max=${m}`)).ms);
    const mem = memoryOf([server.pid])[0];
    // The embedded database's own process (graph/stores/ladybug-engine.ts), which holds the engine's memory.
    const dbPid = processTree(server.pid).find((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('ladybug-process.mjs');
      } catch {
        return false;
      }
    });
    const db = dbPid ? memoryOf([dbPid])[0] : undefined;
    return {
      engine: health.engine,
      nodes: health.nodes,
      edges: health.edges,
      healthMs: server.readyMs,
      preparedMs,
      graph: { ...graph, elements: first.nodes.length + first.edges.length, firstMs: graph.coldMs, later: { p50: stats(later).p50, ms: later }, moreMs: more },
      search: { ...search, queries: searchQueries.length },
      hub,
      pages,
      rssMb: mem?.rssMb ?? NaN,
      peakMb: mem?.peakMb ?? NaN,
      ...(db ? { database: { rssMb: db.rssMb, peakMb: db.peakMb } } : {}),
      store,
    };
  } catch (err) {
    await store.close();
    throw err;
  } finally {
    closeClient(server.url);
    await server.stop();
  }
}

async function p50Of(n: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return percentile(sorted(times), 50);
}

/** Today's path on `store`: the whole graph into the heap, then its 20,000-element view. */
export async function measureInMemory(store: GraphStore): Promise<ViewsResult['inMemory']> {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t = performance.now();
  const landscape = new Landscape(await store.exportGraph());
  const loadMs = performance.now() - t;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const viewMs = await p50Of(3, async () => landscape.view({}, 20_000));
  return { loadMs, viewMs, heapMb };
}

/** The real landscape's views: store-backed (cold and cached) beside the in-memory Landscape, in-process. */
export async function measureRealViews(store: GraphStore, n: number): Promise<RealRow[]> {
  const memory = new Landscape(await store.exportGraph());
  const cached = new LandscapeService(store);
  const views: [string, (s: LandscapeService) => Promise<unknown>, () => unknown][] = [
    ['/api/graph', (s) => s.view({}, 20_000), () => memory.view({}, 20_000)],
    ['/api/graph?max=60', (s) => s.view({}, 60), () => memory.view({}, 60)],
    ['/api/graph?segment=av-apaas&independent=false', (s) => s.view({ segment: 'av-apaas', independent: false }, 20_000), () => memory.view({ segment: 'av-apaas', independent: false }, 20_000)],
    ['/api/nodes/av-paas', (s) => s.node('av-paas'), () => memory.edgesOf('av-paas').map((e) => memory.byId.get(e.source === 'av-paas' ? e.target : e.source))],
    ['/api/nodes/av-paas/neighbors?limit=100', (s) => s.neighbours('av-paas', 100), () => memory.neighbours('av-paas', 100)],
    ['/api/search?q=競爭對手', (s) => s.search('競爭對手'), () => memory.search('競爭對手')],
    ['/api/search?q=compettor', (s) => s.search('compettor'), () => memory.search('compettor')],
    ['/api/schema', (s) => s.schema(), () => schemaOf(memory.doc)],
  ];
  const rows: RealRow[] = [];
  for (const [view, fromStore, fromMemory] of views) {
    await fromStore(cached);
    rows.push({
      view,
      storeMs: await p50Of(n, () => fromStore(new LandscapeService(store))),
      cachedMs: await p50Of(n, () => fromStore(cached)),
      memoryMs: await p50Of(n, async () => fromMemory()),
    });
  }
  return rows;
}

/** Generates and builds the landscape of `providers` in `dir` (bulk files and a LadybugDB database). */
export async function buildSynthetic(dir: string, providers: number): Promise<{ bulk: string; data: string }> {
  const bulk = path.join(dir, 'bulk');
  const data = path.join(dir, 'data');
  if (!fs.existsSync(path.join(bulk, 'bulk.json'))) writeLandscape(generateLandscape({ providers, seed: 1 }), bulk, { format: 'bulk', providers, seed: 1 });
  await seedKuzu(loadConfig({ ...process.env, NEO4J_URI: '', LANDSCAPE_DATA_DIR: data, LANDSCAPE_CYPHER_DIR: bulk }));
  return { bulk, data };
}

/** Served views and today's in-memory path on the same store, for the engine `env` selects. */
export async function measureViews(env: Record<string, string>, log: (m: string) => void): Promise<Omit<ViewsResult, 'real'>> {
  const { store, ...served } = await measureServedViews(env, log);
  try {
    log('views: today\'s in-memory path on the same store…');
    return { ...served, inMemory: await measureInMemory(store) };
  } finally {
    await store.close();
  }
}

// `npx tsx bench/views.ts [--smoke]`: the LadybugDB half alone, on a landscape it generates.
if (import.meta.url === `file://${process.argv[1]}`) {
  const smoke = process.argv.includes('--smoke');
  const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bench-views-'));
  const { bulk, data } = await buildSynthetic(dir, smoke ? 100 : 50_000);
  const views = await measureViews({ NEO4J_URI: '', LANDSCAPE_DATA_DIR: data, LANDSCAPE_CYPHER_DIR: bulk }, log);
  const realConfig = loadConfig({ ...process.env, NEO4J_URI: '', LANDSCAPE_DATA_DIR: path.join(dir, 'real') });
  await seedKuzu(realConfig);
  const realStore = await openStore(realConfig);
  const real = await measureRealViews(realStore, smoke ? 5 : 50);
  await realStore.close();
  console.log(JSON.stringify({ ...views, real }, null, 2));
  fs.rmSync(dir, { recursive: true, force: true });
}

const f = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? '—' : x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : x < 10 ? `${x.toFixed(2)} ms` : `${Math.round(x)} ms`;
const ratio = (a: number | undefined, b: number | undefined) => (a && b && Number.isFinite(a) && Number.isFinite(b) ? `${Number((b / a).toPrecision(2))}×` : '');
const yn = (b: boolean | undefined) => (b === undefined ? '—' : b ? 'yes' : 'no');

/** Rows of the views table: measure, LadybugDB, Neo4j, Neo4j / LadybugDB, target, met (LadybugDB / Neo4j). */
export function viewsRows(k: ViewsResult | undefined, n: ViewsResult | undefined, why: string): string[][] {
  const cell = (r: ViewsResult | undefined, fn: (r: ViewsResult) => string) => (r ? fn(r) : why);
  const met = (fn: (r: ViewsResult) => boolean | undefined) => `${yn(k && fn(k))} / ${yn(n && fn(n))}`;
  const size = k ?? n;
  const rows: string[][] = [];
  if (!size) return [['views from the store', why, why, '', '', '']];
  rows.push([
    `/api/health after next start, database built (${size.nodes.toLocaleString('en-US')} nodes, ${size.edges.toLocaleString('en-US')} relationships)`,
    cell(k, (r) => f(r.healthMs)),
    cell(n, (r) => f(r.healthMs)),
    ratio(k?.healthMs, n?.healthMs),
    '< 3 s',
    met((r) => r.healthMs < 3_000),
  ]);
  rows.push([
    '  … and said prepared (the start-up reads: the default view, every view read once; on Neo4j the default view twice more): the views below are measured from then',
    cell(k, (r) => f(r.preparedMs)),
    cell(n, (r) => f(r.preparedMs)),
    ratio(k?.preparedMs, n?.preparedMs),
    '',
    '',
  ]);
  rows.push([
    `/api/graph?max=20000 (${size.graph.elements.toLocaleString('en-US')} elements): p50 first asks (the store) / asked again (the cache)`,
    cell(k, (r) => `${f(r.graph.cold.p50)} / ${f(r.graph.warm.p50)}`),
    cell(n, (r) => `${f(r.graph.cold.p50)} / ${f(r.graph.warm.p50)}`),
    `${ratio(k?.graph.cold.p50, n?.graph.cold.p50)} / ${ratio(k?.graph.warm.p50, n?.graph.warm.p50)}`,
    'p50 < 500 ms',
    `first: ${met((r) => r.graph.cold.p50 < 500)}; again: ${met((r) => r.graph.warm.p50 < 500)}`,
  ]);
  rows.push([
    '  each first ask in turn; and five more first asks after all the views and pages below (p50: each)',
    cell(k, (r) => `${r.graph.firstMs.map(f).join(', ')}; ${f(r.graph.later.p50)}: ${r.graph.later.ms.map(f).join(', ')}`),
    cell(n, (r) => `${r.graph.firstMs.map(f).join(', ')}; ${f(r.graph.later.p50)}: ${r.graph.later.ms.map(f).join(', ')}`),
    ratio(k?.graph.later.p50, n?.graph.later.p50),
    'p50 < 500 ms',
    `later: ${met((r) => r.graph.later.p50 < 500)}`,
  ]);
  rows.push([
    "  /api/graph?max=30000 (the explorer's \"load 10,000 more\"), bigger than any cap read so far: first ask",
    cell(k, (r) => f(r.graph.moreMs)),
    cell(n, (r) => f(r.graph.moreMs)),
    ratio(k?.graph.moreMs, n?.graph.moreMs),
    '',
    '',
  ]);
  rows.push([
    "  peer: today's path on the same store — the whole graph into the heap (exportGraph + Landscape) / its view of 20,000 / heap it took",
    cell(k, (r) => `${f(r.inMemory.loadMs)} / ${f(r.inMemory.viewMs)} / ${Math.round(r.inMemory.heapMb)} MB`),
    cell(n, (r) => `${f(r.inMemory.loadMs)} / ${f(r.inMemory.viewMs)} / ${Math.round(r.inMemory.heapMb)} MB`),
    '',
    '',
    `store's first ask ÷ in-memory view: ${k ? ratio(k.inMemory.viewMs, k.graph.cold.p50) : '—'} / ${n ? ratio(n.inMemory.viewMs, n.graph.cold.p50) : '—'}`,
  ]);
  rows.push([
    `/api/search, ${size.search.queries} queries (English, Chinese, prefixes, one typo): p50 / p95 first asks; p95 asked again`,
    cell(k, (r) => `${f(r.search.cold.p50)} / ${f(r.search.cold.p95)}; ${f(r.search.warm.p95)}`),
    cell(n, (r) => `${f(r.search.cold.p50)} / ${f(r.search.cold.p95)}; ${f(r.search.warm.p95)}`),
    `${ratio(k?.search.cold.p95, n?.search.cold.p95)} / ${ratio(k?.search.warm.p95, n?.search.warm.p95)}`,
    'p95 < 50 ms',
    `first: ${met((r) => r.search.cold.p95 < 50)}; again: ${met((r) => r.search.warm.p95 < 50)}`,
  ]);
  const hubName = (r: ViewsResult) => (r.hub ? `${r.hub.id}, ${r.hub.degree.toLocaleString('en-US')} relationships` : 'no hub near 1,667');
  rows.push([
    `a hub's neighbour pages of 1,000 (${size ? hubName(size) : ''}): each page first asked; again`,
    cell(k, (r) => (r.hub ? `${r.hub.coldMs.map(f).join(', ')}; ${r.hub.warmMs.map(f).join(', ')}` : '—')),
    cell(n, (r) => (r.hub ? `${r.hub.coldMs.map(f).join(', ')}; ${r.hub.warmMs.map(f).join(', ')}` : '—')),
    ratio(k?.hub && Math.max(...k.hub.coldMs), n?.hub && Math.max(...n.hub.coldMs)),
    '< 200 ms each',
    met((r) => (r.hub ? Math.max(...r.hub.coldMs) < 200 : undefined)),
  ]);
  for (const [i, page] of size.pages.entries()) {
    const cell2 = (r: ViewsResult | undefined) => (r?.pages[i] ? `${f(r.pages[i]!.firstMs)} / ${f(r.pages[i]!.againMs)} (${Math.round(r.pages[i]!.kb)} KB)` : why);
    rows.push([`page ${page.path}: first asked / again (its HTML)`, cell2(k), cell2(n), ratio(k?.pages[i]?.firstMs, n?.pages[i]?.firstMs), '', '']);
  }
  rows.push([
    'server (next start) RSS after the views above and the pages: now / peak',
    cell(k, (r) => `${Math.round(r.rssMb)} MB / ${Math.round(r.peakMb)} MB`),
    cell(n, (r) => `${Math.round(r.rssMb)} MB / ${Math.round(r.peakMb)} MB`),
    ratio(k?.peakMb, n?.peakMb),
    '< 300 MB',
    met((r) => r.peakMb < 300),
  ]);
  rows.push([
    "  beside it: the embedded database's own process (the engine, its buffer pool; Neo4j's is its JVM): now / peak",
    cell(k, (r) => (r.database ? `${Math.round(r.database.rssMb)} MB / ${Math.round(r.database.peakMb)} MB` : '—')),
    cell(n, () => 'the JVM, not measured here'),
    '',
    '',
    '',
  ]);
  const real = (k ?? n)!.real;
  for (const [i, row] of real.entries()) {
    const other = n?.real[i];
    const c = (r: RealRow | undefined, of: ViewsResult | undefined) =>
      of && r ? `${f(r.storeMs)} / ${f(r.cachedMs)} / ${f(r.memoryMs)} (store ${ratio(r.memoryMs, r.storeMs)}, cached ${ratio(r.memoryMs, r.cachedMs)})` : why;
    rows.push([
      `real landscape, ${row.view}: in-process p50 store / cached / today's in-memory (ratio to in-memory)`,
      c(k?.real[i], k),
      c(other, n),
      ratio(k?.real[i]?.storeMs, other?.storeMs),
      'as fast as today',
      met((r) => (r.real[i] ? r.real[i]!.cachedMs <= r.real[i]!.memoryMs * 1.2 + 0.05 : undefined)),
    ]);
  }
  return rows;
}
