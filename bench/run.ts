// npm run bench — one run, one table, bench/results.json.
// Every measure on the embedded engine (LadybugDB; Kuzu until 2026-12) first,
// then the same on Neo4j (a server of the bench's own, bench/neo4j.ts, or
// NEO4J_URI's): the table puts a Neo4j column and the ratio beside the
// embedded engine's. Last, the embedded engines side by side (bench/engines.ts):
// LadybugDB beside Kuzu 0.11.3, where the kuzu package is installed.
// Then concurrency and endurance (bench/stress.ts): 32 clients for 30 s with
// a query worker killed 3 times, and a 10-minute soak of 16 clients with the
// RSS of the server and its workers each minute (smoke: 10 s and 60 s); the
// run fails when a request is answered wrongly.
// `npm run bench -- --smoke` (or BENCH_SMOKE=1): a short run for CI: fewer
// query repetitions, and the load, memory and browser sections on a
// landscape of 100 providers (216 nodes, about 1,000 relationships).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Table from 'cli-table3';
import { loadConfig } from '../graph/config';
import { seedKuzu } from '../graph/seed/loader';
import { seedNeo4j } from '../graph/seed/neo4j-loader';
import { toKuzu } from '../graph/query/kuzu-translate';
import { LadybugStore } from '../graph/stores/ladybug';
import { Neo4jStore } from '../graph/stores/neo4j';
import { startServer } from '../tests/app/server';
import { grouped } from '../graph/cli/progress';
import { firstLoadJs, FIRST_LOAD_LIMIT } from '../tests/browser/first-load';
import { repoRoot } from '../tests/helpers';
import { measureRendering, type RenderRow } from './browser';
import { measureLatency, type LatencyRow } from './latency';
import { measureLoad, measureNeo4jLoad, type LoadResult, type LoadRow, type LoadSize } from './load';
import { measureServerMemory, type MemoryResult } from './memory';
import { jvmPeakMb, Neo4jUnavailable, openBenchNeo4j } from './neo4j';
import { ms } from './stats';
import { compareEngines, comparisonTable } from './engines';
import { measureStress, stressProblems, stressRows } from './stress';
import { measureRealViews, measureViews, viewsRows, type ViewsResult } from './views';

const smoke = process.env.BENCH_SMOKE === '1' || process.argv.includes('--smoke');
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
/** Synthetic landscapes: 10k and 100k nodes (5,000 and 50,000 providers); 216 nodes in the smoke run. */
const loadSizes: LoadSize[] = smoke
  ? [{ label: 'smoke', providers: 100, merge: true }]
  : [
      { label: '10k', providers: 5_000, merge: true },
      { label: '100k', providers: 50_000, merge: true },
    ];
/** Views of the 100k landscape drawn in Chromium, in elements (nodes + relationships). */
const renderSizes = smoke ? [1_000] : [1_000, 5_000, 20_000, 50_000];
const BULK_TARGET = 50_000;
const MEMORY_TARGET_MB = 1024;
const mb = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${x < 10 ? x.toFixed(1) : grouped(x)} MB`);
const sec = (x: number) => `${(x / 1000).toFixed(1)} s`;

/** What the Neo4j half of the run measured; whatever is missing says why in `failed`. */
interface Neo4jResult {
  engine?: string;
  /** The bench started the server (tools/neo4j) rather than using NEO4J_URI's. */
  own?: boolean;
  heap?: string;
  pagecache?: string;
  /** JVM start → Bolt accepting: the empty store, then the restart on the biggest landscape. */
  startsMs?: number[];
  /** The first seed into the empty database (constraints, a cold JVM): not a figure, kept for the record. */
  firstSeedMs?: number;
  seedMs?: number;
  latency?: LatencyRow[];
  load?: LoadRow[];
  /** The MERGE probe that predicted the first size's MERGE path (full run). */
  mergeProbe?: { providers: number; elements: number; ms: number };
  /** Peak RSS of the JVM over the seeds, the queries and the loads (before its restart). */
  loadJvmPeakMb?: number | null;
  /** On-disk size of the store holding the biggest landscape. */
  storeMb?: number;
  memory?: Omit<MemoryResult, 'browsed'>;
  memoryNote?: string;
  /** The explorer's views from the store with the biggest landscape, and the real landscape's (bench/views.ts). */
  views?: ViewsResult;
  realViews?: ViewsResult['real'];
  failed?: string;
}

async function benchKuzu(dataDir: string, workDir: string) {
  const config = loadConfig({ ...process.env, LANDSCAPE_DATA_DIR: dataDir, NEO4J_URI: '' });
  await seedKuzu(config, { force: true }); // first build: schema and file creation
  const seed = await seedKuzu(config, { force: true });

  const server = await startServer({ LANDSCAPE_DATA_DIR: dataDir });
  let latency;
  let firstLoad;
  try {
    latency = await measureLatency(new LadybugStore(config.kuzuPath), server, Number(process.env.BENCH_N ?? (smoke ? 20 : 200)), toKuzu);
    firstLoad = firstLoadJs(await (await fetch(`${server.url}/`)).text(), repoRoot);
  } finally {
    await server.stop();
  }

  log('views: the real landscape, store-backed beside in-memory…');
  const realStore = new LadybugStore(config.kuzuPath);
  const realViews = await measureRealViews(realStore, smoke ? 5 : 50).finally(() => realStore.close());

  const load = await measureLoad(loadSizes, workDir, log);
  const biggest = loadSizes.at(-1)!.label;
  const biggestEnv = { LANDSCAPE_DATA_DIR: load.dirs[biggest]!.data, LANDSCAPE_CYPHER_DIR: load.dirs[biggest]!.bulk };
  const memory = await measureServerMemory(biggestEnv, { rounds: smoke ? 1 : 5, log, browse: (url) => measureRendering(url, renderSizes, log) });
  const views = { ...(await measureViews({ NEO4J_URI: '', ...biggestEnv }, log)), real: realViews };
  return { seed, latency, firstLoad, load, memory, views };
}

const dirMb = (dir: string): number =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).reduce((a, e) => a + (e.isFile() ? fs.statSync(path.join(e.parentPath, e.name)).size : 0), 0) / 2 ** 20;

/** The same measures on Neo4j, from the same files; the browser views stay Kuzu's. */
async function benchNeo4j(dataDir: string, workDir: string, kuzuLoad: LoadResult): Promise<Neo4jResult> {
  const out: Neo4jResult = {};
  let db;
  try {
    db = await openBenchNeo4j(log);
  } catch (err) {
    if (err instanceof Neo4jUnavailable) return { failed: `not measured: ${err.message}` };
    throw err;
  }
  Object.assign(out, { engine: db.engine, own: db.own, heap: db.heap, pagecache: db.pagecache, startsMs: db.startsMs });
  try {
    const config = loadConfig({ ...process.env, ...db.env, LANDSCAPE_DATA_DIR: dataDir });
    log('neo4j: seeding the real landscape…');
    out.firstSeedMs = (await seedNeo4j(config, { force: true })).ms; // constraints, a cold JVM
    const seed = await seedNeo4j(config, { force: true });
    out.seedMs = seed.ms;

    const server = await startServer({ LANDSCAPE_DATA_DIR: dataDir, ...db.env });
    try {
      log('neo4j: query latency…');
      out.latency = await measureLatency(await Neo4jStore.connect(db.config), server, Number(process.env.BENCH_N ?? (smoke ? 20 : 200)));
    } finally {
      await server.stop();
    }
    log('neo4j: views of the real landscape, store-backed beside in-memory…');
    const realStore = await Neo4jStore.connect(db.config);
    out.realViews = await measureRealViews(realStore, smoke ? 5 : 50).finally(() => realStore.close());

    const loaded = await measureNeo4jLoad(kuzuLoad, loadSizes, workDir, db, { log });
    out.load = loaded.rows;
    out.mergeProbe = loaded.probe;
    out.heap = db.heap; // a failed load may have doubled it
    out.loadJvmPeakMb = jvmPeakMb(db);
    const biggest = loadSizes.at(-1)!.label;
    if (out.load.find((r) => r.size === biggest && r.path === 'bulk')?.ms == null) {
      out.memoryNote = `not run: the ${biggest} bulk load did not complete`;
      return out;
    }
    // A fresh JVM on the store the load left, so its peak is the serving one, not the load's.
    if (db.own) await db.restart();
    const servedEnv = { ...db.env, LANDSCAPE_DATA_DIR: path.join(workDir, 'neo4j-server'), LANDSCAPE_CYPHER_DIR: kuzuLoad.dirs[biggest]!.bulk };
    const memory = await measureServerMemory(servedEnv, { rounds: smoke ? 1 : 5, log, browse: async () => undefined, dbPid: db.pid() });
    out.views = { ...(await measureViews(servedEnv, log)), real: out.realViews ?? [] };
    const rest: Omit<typeof memory, 'browsed'> & { browsed?: unknown } = { ...memory };
    delete rest.browsed;
    out.memory = rest;
    if (db.storeDir) out.storeMb = dirMb(db.storeDir);
  } catch (err) {
    log(`neo4j: failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    out.failed = `failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
  } finally {
    await db.stop();
  }
  return out;
}

async function main() {
  const started = performance.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bench-'));
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
  const workDir = path.join(dataDir, 'synthetic');
  fs.mkdirSync(workDir, { recursive: true });

  const { seed, latency, firstLoad, load, memory, views } = await benchKuzu(dataDir, workDir);
  const rendering: RenderRow[] = memory.browsed;
  const glRenderer = rendering.find((r) => r.renderer === 'webgl')?.glRenderer;
  const kuzuMs = performance.now() - started;
  const nx = await benchNeo4j(dataDir, workDir, load);
  const neo4jMs = performance.now() - started - kuzuMs;
  fs.rmSync(dataDir, { recursive: true, force: true });
  const biggest = loadSizes.at(-1)!.label;

  // ---- The table: a Kuzu column, a Neo4j column, their ratio ----
  const why = nx.failed ?? '—';
  const ratio = (k: number | null | undefined, n: number | null | undefined) =>
    k && n && Number.isFinite(k) && Number.isFinite(n) ? `${Number((n / k).toPrecision(2))}×` : '';
  const yn = (b: boolean | undefined) => (b === undefined ? '—' : b ? 'yes' : 'no');
  const met = (k: boolean | undefined, n: boolean | undefined) => `${yn(k)} / ${yn(n)}`;
  const table = new Table({
    head: ['measure', 'LadybugDB (embedded)', 'Neo4j', 'Neo4j / LadybugDB', 'target', 'met: LadybugDB / Neo4j'],
    style: { head: [], border: [] },
  });
  const neo4jHow = nx.own
    ? `${nx.engine} Community, embedded (tools/neo4j), heap ${nx.heap}, page cache ${nx.pagecache}`
    : nx.engine
      ? `${nx.engine} at NEO4J_URI`
      : why;
  table.push(['engine', seed.engine, neo4jHow, '', '', '']);
  if (nx.startsMs?.length && nx.own) {
    const [empty, restarted] = nx.startsMs;
    table.push([
      `Neo4j server start (JVM → Bolt accepting): empty store / restarted on the ${biggest} store`,
      '— (in-process)',
      `${sec(empty!)} / ${restarted === undefined ? '—' : sec(restarted)}`,
      '',
      '',
      '',
    ]);
  }
  table.push([
    'seed the real landscape (rebuild; Neo4j: replace in one write transaction)',
    ms(seed.ms),
    nx.seedMs === undefined ? why : ms(nx.seedMs),
    ratio(seed.ms, nx.seedMs),
    '< 1000 ms',
    met(seed.ms < 1000, nx.seedMs === undefined ? undefined : nx.seedMs < 1000),
  ]);
  for (const [i, r] of latency.entries()) {
    const n = nx.latency?.[i];
    table.push([
      `${r.query}: store p50 / p95`,
      `${ms(r.storeP50)} / ${ms(r.storeP95)}`,
      n ? `${ms(n.storeP50)} / ${ms(n.storeP95)}` : why,
      n ? `${ratio(r.storeP50, n.storeP50)} / ${ratio(r.storeP95, n.storeP95)}` : '',
      'p95 < 20 ms',
      met(r.storeP95 < 20, n && n.storeP95 < 20),
    ]);
    table.push([
      `${r.query}: /api/cypher p50 / p95 (× its store's p50)`,
      `${ms(r.httpP50)} / ${ms(r.httpP95)} (×${r.ratioP50.toFixed(2)})`,
      n ? `${ms(n.httpP50)} / ${ms(n.httpP95)} (×${n.ratioP50.toFixed(2)})` : why,
      n ? `${ratio(r.httpP50, n.httpP50)} / ${ratio(r.httpP95, n.httpP95)}` : '',
      '≤ 1.2× + 2 ms',
      met(r.withinTarget, n?.withinTarget),
    ]);
    if (r.translateP50 !== undefined && r.translateP95 !== undefined) {
      // Beside its peer of the same run: the /api/cypher overhead (http p50 − store p50) it is part of.
      const overhead = r.httpP50 - r.storeP50;
      table.push([
        `${r.query}: translation to the embedded engine p50 / p95 (share of the /api/cypher overhead p50 ${ms(overhead)})`,
        `${r.translateP50.toFixed(3)} ms / ${r.translateP95.toFixed(3)} ms (${overhead > 0 ? `${((100 * r.translateP50) / overhead).toFixed(1)}%` : '—'})`,
        '— (Neo4j runs the query as written)',
        '',
        'p50 < 1 ms',
        `${yn(r.translateP50 < 1)} / —`,
      ]);
    }
  }
  for (const g of load.generate) {
    table.push([`generate ${g.size} (${grouped(g.providers)} providers): ${grouped(g.nodes)} nodes, ${grouped(g.edges)} relationships`, ms(g.ms), 'the same files', '', '', '']);
  }
  const loadCell = (r: LoadRow | undefined, fallback: string) =>
    !r
      ? fallback
      : r.ms === null || r.elementsPerSec === null
        ? (r.note ?? 'not run')
        : `${grouped(r.elementsPerSec)} elements/s (${sec(r.ms)})${r.note ? ` — ${r.note}; this with heap ${r.heap}` : ''}`;
  for (const r of load.rows) {
    const n = nx.load?.find((x) => x.size === r.size && x.path === r.path);
    const what =
      r.path === 'bulk'
        ? `load ${r.size} (${grouped(r.nodes + r.edges)} elements), bulk path (LadybugDB: COPY FROM; Neo4j: UNWIND batches of 5,000, one transaction)`
        : `load ${r.size} (${grouped(r.nodes + r.edges)} elements), MERGE path (Cypher seeds, one statement per element)`;
    const targeted = r.path === 'bulk' && !smoke;
    const ok = (x: LoadRow | undefined) => (x?.elementsPerSec == null ? undefined : x.elementsPerSec >= BULK_TARGET);
    table.push([
      what,
      loadCell(r, ''),
      loadCell(n, why),
      ratio(r.elementsPerSec, n?.elementsPerSec),
      targeted ? `≥ ${grouped(BULK_TARGET)}/s` : '',
      targeted ? met(ok(r), ok(n)) : '',
    ]);
  }
  if (nx.own) {
    table.push([
      'database process peak RSS over the seeds, queries and loads above (Neo4j: the JVM)',
      '— (in the processes above)',
      mb(nx.loadJvmPeakMb),
      '',
      '',
      '',
    ]);
  }
  const nm = nx.memory;
  const nmWhy = nx.memoryNote ?? why;
  const memTarget = smoke ? '' : '< 1 GB';
  const memMet = (k: number, n: number | undefined) => (smoke ? '' : met(k < MEMORY_TARGET_MB, n === undefined ? undefined : n < MEMORY_TARGET_MB));
  table.push([
    `server ready with ${biggest} (${grouped(memory.nodes)} nodes, ${grouped(memory.edges)} relationships)`,
    ms(memory.readyMs),
    nm ? ms(nm.readyMs) : nmWhy,
    ratio(memory.readyMs, nm?.readyMs),
    '',
    '',
  ]);
  table.push([
    `server peak RSS, ${biggest} loaded, ${memory.queries} queries: server / with query workers (Neo4j: none)`,
    `${mb(memory.serverPeakMb)} / ${mb(memory.treePeakMb)}`,
    nm ? `${mb(nm.serverPeakMb)} / ${mb(nm.treePeakMb)}` : nmWhy,
    ratio(memory.serverPeakMb, nm?.serverPeakMb),
    memTarget,
    memMet(memory.serverPeakMb, nm?.serverPeakMb),
  ]);
  if (nx.own || nm) {
    table.push([
      `database process peak RSS with ${biggest} (Neo4j: the JVM, restarted on it): after the queries / at the end`,
      '— (in the server and its query workers)',
      !nx.own ? 'not measured (the server of NEO4J_URI)' : nm ? `${mb(nm.dbPeakMb)} / ${mb(nm.dbPeakBrowseMb)}` : nmWhy,
      '',
      '',
      '',
    ]);
  }
  table.push([
    `server peak RSS after the browser views and GET /api/graph?max=100,000 (${mb(memory.biggestViewMb)} of JSON): server / with query workers`,
    `${mb(memory.serverPeakBrowseMb)} / ${mb(memory.treePeakBrowseMb)}`,
    nm ? `${mb(nm.serverPeakBrowseMb)} / ${mb(nm.treePeakBrowseMb)} (no browser views: the API's biggest view only)` : nmWhy,
    ratio(memory.serverPeakBrowseMb, nm?.serverPeakBrowseMb),
    memTarget,
    memMet(memory.serverPeakBrowseMb, nm?.serverPeakBrowseMb),
  ]);
  if (nx.storeMb !== undefined) table.push([`store on disk with ${biggest}`, '—', mb(nx.storeMb), '', '', '']);
  table.push([
    `explorer first-load JavaScript (next build, gzipped, ${firstLoad.scripts.length} scripts)`,
    `${(firstLoad.gzip / 1024).toFixed(1)} kB`,
    'the same build',
    '',
    `< ${FIRST_LOAD_LIMIT / 1024} kB`,
    firstLoad.gzip < FIRST_LOAD_LIMIT ? 'yes' : 'no',
  ]);
  for (const r of rendering) {
    const what = `Chromium, ${grouped(r.nodes + r.edges)} elements (${grouped(r.nodes)} nodes), ${r.renderer}`;
    const renderTarget = smoke ? undefined : r.size === 5_000 ? 1_000 : r.size === 20_000 ? 2_000 : undefined;
    table.push([
      `${what}: first render / layout settled`,
      `${ms(r.firstRenderMs)} / ${r.layoutMs === null ? '—' : ms(r.layoutMs)}`,
      'LadybugDB only',
      '',
      renderTarget ? `first render < ${grouped(renderTarget)} ms` : '',
      renderTarget ? (r.firstRenderMs < renderTarget ? 'yes' : 'no') : '',
    ]);
    const fpsTarget = !smoke && r.size === 20_000 && r.renderer === 'webgl';
    table.push([
      `${what}: pan/zoom (worst frame ${ms(r.worstFrameMs)})`,
      `${r.fps.toFixed(1)} fps`,
      'LadybugDB only',
      '',
      fpsTarget ? '≥ 30 fps' : '',
      fpsTarget ? (r.fps >= 30 ? 'yes' : 'no') : '',
    ]);
  }
  const took = `LadybugDB ${sec(kuzuMs)}, Neo4j ${sec(neo4jMs)}`;
  console.log(`Landscape Graph benchmark${smoke ? ' (smoke run)' : ''} — ${machine}; WebGL here: ${glRenderer ?? '—'}; took ${took}`);
  console.log(table.toString());
  console.log(`The browser views run on LadybugDB only; the Neo4j column serves the same files from ${neo4jHow}.`);
  // ---- The explorer's views from the store (bench/views.ts, issue 14): each beside its peer ----
  const viewsTable = new Table({
    head: [`views from the store, ${biggest} landscape served by next start`, 'LadybugDB (embedded)', 'Neo4j', 'Neo4j / LadybugDB', 'target', 'met: LadybugDB / Neo4j'],
    style: { head: [], border: [] },
  });
  viewsTable.push(...viewsRows(views, nx.views, nx.failed ?? nx.memoryNote ?? '—'));
  console.log(`\n${viewsTable.toString()}`);
  // ---- The engine comparison section (bench/engines.ts): LadybugDB beside Kuzu 0.11.3 ----
  const engines = await compareEngines({ smoke, log });
  console.log(`\n${comparisonTable(engines)}`);
  // ---- Concurrency and endurance (bench/stress.ts): many clients, query workers killed, a soak ----
  const stress = await measureStress({ smoke, log });
  const stressTable = new Table({
    head: ['concurrency and endurance: the real landscape, next start, LadybugDB', 'figure', 'target', 'met'],
    style: { head: [], border: [] },
  });
  stressTable.push(...stressRows(stress));
  console.log(`\n${stressTable.toString()}`);
  const serverMemory: Omit<typeof memory, 'browsed'> & { browsed?: unknown } = { ...memory };
  delete serverMemory.browsed;
  const results = {
    machine,
    date: new Date().toISOString(),
    smoke,
    durationMs: { ladybugdb: kuzuMs, neo4j: neo4jMs },
    // The embedded engine's figures (LadybugDB's; Kuzu's before 2026-12), under the keys they always had.
    seedMs: seed.ms,
    latency,
    load: { rows: load.rows, generate: load.generate },
    memory: serverMemory,
    views,
    firstLoadJs: { gzip: firstLoad.gzip, bytes: firstLoad.bytes, scripts: firstLoad.scripts.length },
    rendering: { glRenderer, views: rendering.map((r) => ({ ...r, glRenderer: undefined })) },
    neo4j: nx,
    engines,
    stress,
  };
  fs.mkdirSync('bench', { recursive: true });
  // A smoke run must not overwrite the figures of a full run.
  const out = path.join('bench', smoke ? 'out/results-smoke.json' : 'results.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`wrote ${out}`);
  // Wrong answers under load are bugs, not figures: the run fails on them (CI runs the smoke).
  for (const p of stressProblems(stress)) {
    console.error(`bench: ${p}`);
    process.exitCode = 1;
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
