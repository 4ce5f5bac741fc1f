// One engine's half of the engine comparison (bench/engines.ts), in a process
// of its own so that its memory is its own: run with
// `node --import tsx --import ./bench/embedded-package.mjs` and
// BENCH_EMBEDDED_PACKAGE naming the package ('kuzu' or '@ladybugdb/core'),
// which the app's loader and store then use. Writes its figures as JSON to
// the file named in its argument.
//
// The workload is the app's own code: `seedKuzu` of the real landscape (its
// MERGE seed files, in one transaction), the five bench queries on the
// embedded store, and `seedKuzu` of the generated bulk directories (COPY
// FROM) into fresh data directories. Memory is the process's VmHWM, reset
// before each phase (/proc/self/clear_refs), so each phase has its own peak.
import fs from 'node:fs';
import path from 'node:path';
import { percentile, timeMany } from './stats';
import { representativeQueries } from './queries';

export interface WorkloadInput {
  out: string;
  workDir: string;
  cypherDir: string;
  /** Generated bulk directories, smallest first. */
  loads: { size: string; dir: string; nodes: number; edges: number }[];
  /** Timed seeds of the real landscape (after one untimed first build); the median is kept. */
  seeds: number;
  /** Repetitions of each query (after 20 untimed). */
  n: number;
}

export interface PhaseMemory {
  /** Peak resident set of the process during the phase, MB. */
  peakRssMb: number;
  /** Resident set at the phase's end, MB. */
  endRssMb: number;
}

export interface WorkloadResult {
  package: string;
  version: string;
  node: string;
  /** RSS before the engine package is loaded (node, tsx, the bench's own modules), MB. */
  baselineRssMb: number;
  /** RSS once the engine package is loaded, before it opens anything, MB. */
  loadedRssMb: number;
  seed: { ms: number; allMs: number[]; fileMb: number; files: string[] } & PhaseMemory;
  queries: { name: string; p50: number; p95: number }[];
  queryMemory: PhaseMemory;
  loads: ({ size: string; nodes: number; edges: number; ms: number; engineMs: number; fileMb: number } & PhaseMemory)[];
  /** Peak over the whole process (VmHWM is reset per phase, so: the largest phase peak). */
  peakRssMb: number;
}

function status(): Record<string, number> {
  const text = fs.readFileSync('/proc/self/status', 'utf8');
  const kb = (key: string) => Number(text.match(new RegExp(`^${key}:\\s+(\\d+)`, 'm'))?.[1] ?? NaN) / 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Runs `fn` with the process's peak RSS reset first; returns its result and the phase's memory. */
async function phase<T>(fn: () => Promise<T>): Promise<[T, PhaseMemory]> {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5'); // VmHWM := VmRSS
  } catch {
    // not Linux, or not allowed: the peak is then the process's so far
  }
  const value = await fn();
  const s = status();
  return [value, { peakRssMb: s.hwm!, endRssMb: s.rss! }];
}

/** The database file and what the engine keeps beside it (.wal, .shadow, .tmp), in MB, with their names. */
function dbFiles(file: string): { mb: number; files: string[] } {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const names = fs.readdirSync(dir).filter((f) => f === base || f.startsWith(`${base}.`));
  return { mb: names.reduce((a, f) => a + fs.statSync(path.join(dir, f)).size, 0) / 2 ** 20, files: names.sort() };
}

async function main() {
  const input = JSON.parse(process.argv[2]!) as WorkloadInput;
  const pkg = process.env.BENCH_EMBEDDED_PACKAGE;
  if (!pkg) throw new Error('BENCH_EMBEDDED_PACKAGE is not set');
  const baselineRssMb = status().rss!;
  const engine = (await import(pkg)) as { default?: { VERSION: string }; VERSION?: string };
  const version = engine.VERSION ?? engine.default?.VERSION ?? 'unknown';
  const loadedRssMb = status().rss!;
  // The app's modules, imported now so that they load the package measured.
  const { loadConfig } = await import('../graph/config');
  const { seedKuzu } = await import('../graph/seed/loader');
  const { LadybugStore } = await import('../graph/stores/ladybug');

  const config = loadConfig({ LANDSCAPE_DATA_DIR: path.join(input.workDir, 'seed-data'), LANDSCAPE_CYPHER_DIR: input.cypherDir, NEO4J_URI: '' });
  const [allMs, seedMemory] = await phase(async () => {
    await seedKuzu(config, { force: true }); // the first build: the file and the schema are new
    const times: number[] = [];
    for (let i = 0; i < input.seeds; i++) times.push((await seedKuzu(config, { force: true })).ms);
    return times;
  });
  const seedFiles = dbFiles(config.kuzuPath);

  const [queries, queryMemory] = await phase(async () => {
    const store = new LadybugStore(config.kuzuPath);
    try {
      const rows: WorkloadResult['queries'] = [];
      for (const q of representativeQueries) rows.push({ name: q.name, ...(await timeMany(input.n, 20, () => store.query(q.query, q.params))) });
      return rows;
    } finally {
      await store.close();
    }
  });

  const loads: WorkloadResult['loads'] = [];
  for (const l of input.loads) {
    const loadConfigured = loadConfig({ LANDSCAPE_DATA_DIR: path.join(input.workDir, `${l.size}-data`), LANDSCAPE_CYPHER_DIR: l.dir, NEO4J_URI: '' });
    const [timing, memory] = await phase(async () => {
      let checked: number | undefined;
      const started = performance.now();
      const report = await seedKuzu(loadConfigured, {
        force: true,
        progress: (step, done, total) => {
          if (step === 'check' && done === total) checked = performance.now();
        },
      });
      if (report.nodes !== l.nodes || report.edges !== l.edges) throw new Error(`${l.size}: loaded ${report.nodes}/${report.edges}, expected ${l.nodes}/${l.edges}`);
      return { ms: report.ms, engineMs: performance.now() - (checked ?? started) };
    });
    loads.push({ size: l.size, nodes: l.nodes, edges: l.edges, ...timing, fileMb: dbFiles(loadConfigured.kuzuPath).mb, ...memory });
    fs.rmSync(loadConfigured.dataDir, { recursive: true, force: true });
  }

  const sorted = [...allMs].sort((a, b) => a - b);
  const result: WorkloadResult = {
    package: pkg,
    version,
    node: process.version,
    baselineRssMb,
    loadedRssMb,
    seed: { ms: percentile(sorted, 50), allMs, fileMb: seedFiles.mb, files: seedFiles.files, ...seedMemory },
    queries,
    queryMemory,
    loads,
    peakRssMb: Math.max(seedMemory.peakRssMb, queryMemory.peakRssMb, ...loads.map((l) => l.peakRssMb)),
  };
  fs.writeFileSync(input.out, JSON.stringify(result, null, 2) + '\n');
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
