// npm run bench — one run, one table, bench/results.json.
// `npm run bench -- --smoke` (or BENCH_SMOKE=1): a short run for CI (< 90 s):
// fewer query repetitions, and the load, memory and browser sections on a
// landscape of 100 providers (216 nodes, about 1,000 relationships).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Table from 'cli-table3';
import { loadConfig } from '../graph/config';
import { seedKuzu } from '../graph/seed/loader';
import { startServer } from '../tests/app/server';
import { grouped } from '../graph/cli/progress';
import { firstLoadJs, FIRST_LOAD_LIMIT } from '../tests/browser/first-load';
import { repoRoot } from '../tests/helpers';
import { measureRendering, type RenderRow } from './browser';
import { measureLatency } from './latency';
import { measureLoad, type LoadSize } from './load';
import { measureServerMemory } from './memory';
import { ms } from './stats';

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
const mb = (x: number | null) => (x === null ? '—' : `${x < 10 ? x.toFixed(1) : grouped(x)} MB`);

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bench-'));
  const config = loadConfig({ ...process.env, LANDSCAPE_DATA_DIR: dataDir, NEO4J_URI: '' });
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;

  await seedKuzu(config, { force: true }); // first build: schema and file creation
  const seed = await seedKuzu(config, { force: true });

  const server = await startServer({ LANDSCAPE_DATA_DIR: dataDir });
  let latency;
  let firstLoad;
  try {
    latency = await measureLatency(config.kuzuPath, server, Number(process.env.BENCH_N ?? (smoke ? 20 : 200)));
    firstLoad = firstLoadJs(await (await fetch(`${server.url}/`)).text(), repoRoot);
  } finally {
    await server.stop();
  }

  const workDir = path.join(dataDir, 'synthetic');
  fs.mkdirSync(workDir, { recursive: true });
  const load = await measureLoad(loadSizes, workDir, log);
  const biggest = loadSizes.at(-1)!.label;
  const memory = await measureServerMemory(
    { LANDSCAPE_DATA_DIR: load.dirs[biggest]!.data, LANDSCAPE_CYPHER_DIR: load.dirs[biggest]!.bulk },
    { rounds: smoke ? 1 : 5, log, browse: (url) => measureRendering(url, renderSizes, log) },
  );
  const rendering: RenderRow[] = memory.browsed;
  const glRenderer = rendering.find((r) => r.renderer === 'webgl')?.glRenderer;
  fs.rmSync(workDir, { recursive: true, force: true });

  const table = new Table({ head: ['measure', 'figure', 'target', 'met'], style: { head: [], border: [] } });
  table.push(['seed the real landscape (rebuild)', ms(seed.ms), '< 1000 ms', seed.ms < 1000 ? 'yes' : 'no']);
  for (const r of latency) {
    table.push([
      `${r.query}: store p50 / p95`,
      `${ms(r.storeP50)} / ${ms(r.storeP95)}`,
      'p95 < 20 ms',
      r.storeP95 < 20 ? 'yes' : 'no',
    ]);
    table.push([
      `${r.query}: /api/cypher p50 / p95 (×${r.ratioP50.toFixed(2)})`,
      `${ms(r.httpP50)} / ${ms(r.httpP95)}`,
      '≤ 1.2× + 2 ms',
      r.withinTarget ? 'yes' : 'no',
    ]);
  }
  for (const g of load.generate) {
    table.push([`generate ${g.size} (${grouped(g.providers)} providers): ${grouped(g.nodes)} nodes, ${grouped(g.edges)} relationships`, ms(g.ms), '', '']);
  }
  for (const r of load.rows) {
    const what = `load ${r.size} (${grouped(r.nodes + r.edges)} elements), ${r.path === 'bulk' ? 'bulk path (COPY FROM)' : 'MERGE path (Cypher seeds)'}`;
    if (r.ms === null || r.elementsPerSec === null) {
      table.push([what, r.note ?? 'not run', '', '']);
      continue;
    }
    const figure = `${grouped(r.elementsPerSec)} elements/s (${(r.ms / 1000).toFixed(1)} s)`;
    const targeted = r.path === 'bulk' && !smoke;
    table.push([what, figure, targeted ? `≥ ${grouped(BULK_TARGET)}/s` : '', targeted ? (r.elementsPerSec >= BULK_TARGET ? 'yes' : 'no') : '']);
  }
  const memTarget = smoke ? '' : '< 1 GB';
  const met = (x: number | null) => (smoke || x === null ? '' : x < MEMORY_TARGET_MB ? 'yes' : 'no');
  table.push([`server ready with ${biggest} (${grouped(memory.nodes)} nodes, ${grouped(memory.edges)} relationships)`, ms(memory.readyMs), '', '']);
  table.push([`server peak RSS, ${biggest} loaded, ${memory.queries} queries: server / with query workers`, `${mb(memory.serverPeakMb)} / ${mb(memory.treePeakMb)}`, memTarget, met(memory.serverPeakMb)]);
  table.push([
    `server peak RSS after the browser views and GET /api/graph?max=100,000 (${mb(memory.biggestViewMb)} of JSON): server / with query workers`,
    `${mb(memory.serverPeakBrowseMb)} / ${mb(memory.treePeakBrowseMb)}`,
    memTarget,
    met(memory.serverPeakBrowseMb),
  ]);
  table.push([`explorer first-load JavaScript (next build, gzipped, ${firstLoad.scripts.length} scripts)`, `${(firstLoad.gzip / 1024).toFixed(1)} kB`, `< ${FIRST_LOAD_LIMIT / 1024} kB`, firstLoad.gzip < FIRST_LOAD_LIMIT ? 'yes' : 'no']);
  for (const r of rendering) {
    const what = `Chromium, ${grouped(r.nodes + r.edges)} elements (${grouped(r.nodes)} nodes), ${r.renderer}`;
    const renderTarget = smoke ? undefined : r.size === 5_000 ? 1_000 : r.size === 20_000 ? 2_000 : undefined;
    table.push([
      `${what}: first render / layout settled`,
      `${ms(r.firstRenderMs)} / ${r.layoutMs === null ? '—' : ms(r.layoutMs)}`,
      renderTarget ? `first render < ${grouped(renderTarget)} ms` : '',
      renderTarget ? (r.firstRenderMs < renderTarget ? 'yes' : 'no') : '',
    ]);
    const fpsTarget = !smoke && r.size === 20_000 && r.renderer === 'webgl';
    table.push([`${what}: pan/zoom (worst frame ${ms(r.worstFrameMs)})`, `${r.fps.toFixed(1)} fps`, fpsTarget ? '≥ 30 fps' : '', fpsTarget ? (r.fps >= 30 ? 'yes' : 'no') : '']);
  }
  console.log(`Landscape Graph benchmark${smoke ? ' (smoke run)' : ''} — ${machine}; WebGL here: ${glRenderer ?? '—'}`);
  console.log(table.toString());
  const serverMemory: Omit<typeof memory, 'browsed'> & { browsed?: unknown } = { ...memory };
  delete serverMemory.browsed;
  const results = {
    machine,
    date: new Date().toISOString(),
    smoke,
    seedMs: seed.ms,
    latency,
    load: { rows: load.rows, generate: load.generate },
    memory: serverMemory,
    firstLoadJs: { gzip: firstLoad.gzip, bytes: firstLoad.bytes, scripts: firstLoad.scripts.length },
    rendering: { glRenderer, views: rendering.map((r) => ({ ...r, glRenderer: undefined })) },
  };
  fs.mkdirSync('bench', { recursive: true });
  // A smoke run must not overwrite the figures of a full run.
  const out = path.join('bench', smoke ? 'out/results-smoke.json' : 'results.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`wrote ${out}`);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
