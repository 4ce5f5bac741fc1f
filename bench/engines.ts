// The embedded engines side by side: Kuzu 0.11.3 (archived upstream in
// October 2025) and LadybugDB (@ladybugdb/core, its maintained
// continuation), on the same workload in one run — the real landscape's seed,
// the five bench queries on the store, bulk loads of generated landscapes
// (10k and 100k nodes; 216 in the smoke run), database file sizes and process
// RSS. Each engine runs in a child process of its own (bench/engine-workload.ts)
// with the app's loader and store resolving their engine package to it
// (bench/embedded-package.mjs); the rounds alternate the order (Kuzu first,
// then LadybugDB first, …) and each figure is the best of the rounds, so that
// neither engine gets the quieter minutes of a shared machine.
//
// `npx tsx bench/engines.ts [--smoke]` runs it alone; `npm run bench` runs it
// as its last section. Kuzu is measured only where the `kuzu` package is
// installed (`npm install --no-save kuzu@0.11.3`); otherwise its column says so.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Table from 'cli-table3';
import { grouped } from '../graph/cli/progress';
import { generateLandscape } from '../graph/generate/landscape';
import { writeLandscape } from '../graph/generate/write';
import type { WorkloadInput, WorkloadResult } from './engine-workload';
import { ms } from './stats';

const repo = path.resolve(import.meta.dirname, '..');

export interface EngineSpec {
  name: string;
  package: string;
}

export const comparedEngines: EngineSpec[] = [
  { name: 'Kuzu', package: 'kuzu' },
  { name: 'LadybugDB', package: '@ladybugdb/core' },
];

/** A figure is "worse" when LadybugDB's is more than this much worse than Kuzu's. */
export const WORSE_BY = 0.1;

export interface EngineRun {
  engine: EngineSpec;
  /** Why it was not measured (package missing, the run failed). */
  skipped?: string;
  /** Best-of-rounds figures. */
  best?: WorkloadResult;
  rounds: WorkloadResult[];
  /** A child that wrote its figures but then exited with a signal or code (Kuzu may crash while exiting). */
  exitNotes: string[];
}

export interface Comparison {
  smoke: boolean;
  rounds: number;
  runs: EngineRun[];
  rows: ComparisonRow[];
  /** Rows where LadybugDB is more than WORSE_BY worse than Kuzu. */
  worse: string[];
}

export interface ComparisonRow {
  measure: string;
  values: (number | undefined)[];
  /** How a value prints. */
  unit: 'ms' | 'MB' | 'per-s';
  /** Whether a bigger figure is better (throughput) or worse (time, size, memory). */
  higherIsBetter?: boolean;
  /** Shown but not judged (e.g. the baseline RSS of node + tsx, the same for both). */
  informational?: boolean;
}

const installed = (pkg: string) => {
  try {
    createRequire(path.join(repo, 'package.json')).resolve(pkg);
    return true;
  } catch {
    return false;
  }
};

function runWorkload(engine: EngineSpec, input: WorkloadInput): Promise<{ result?: WorkloadResult; error?: string; exitNote?: string }> {
  return new Promise((resolve) => {
    fs.rmSync(input.out, { force: true });
    execFile(
      process.execPath,
      ['--import', 'tsx', '--import', path.join(repo, 'bench', 'embedded-package.mjs'), path.join(repo, 'bench', 'engine-workload.ts'), JSON.stringify(input)],
      { cwd: repo, env: { ...process.env, BENCH_EMBEDDED_PACKAGE: engine.package, NEO4J_URI: '' }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, timeout: 900_000 },
      (err, _stdout, stderr) => {
        const written = fs.existsSync(input.out) ? (JSON.parse(fs.readFileSync(input.out, 'utf8')) as WorkloadResult) : undefined;
        const how = err ? (err.signal ? `signal ${err.signal}` : `exit code ${String(err.code)}`) : undefined;
        if (written) return resolve({ result: written, exitNote: how && `${engine.name}'s process ended with ${how} after writing its figures` });
        resolve({ error: `${how ?? 'no figures'}: ${stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400)}` });
      },
    );
  });
}

/** The best of the rounds: each time, size and memory figure is the smallest seen. */
function best(rounds: WorkloadResult[]): WorkloadResult {
  const min = (f: (r: WorkloadResult) => number) => Math.min(...rounds.map(f));
  const first = rounds[0]!;
  return {
    ...first,
    baselineRssMb: min((r) => r.baselineRssMb),
    loadedRssMb: min((r) => r.loadedRssMb),
    seed: {
      ...first.seed,
      ms: min((r) => r.seed.ms),
      allMs: rounds.flatMap((r) => r.seed.allMs),
      fileMb: min((r) => r.seed.fileMb),
      peakRssMb: min((r) => r.seed.peakRssMb),
      endRssMb: min((r) => r.seed.endRssMb),
    },
    queries: first.queries.map((q, i) => ({ name: q.name, p50: min((r) => r.queries[i]!.p50), p95: min((r) => r.queries[i]!.p95) })),
    queryMemory: { peakRssMb: min((r) => r.queryMemory.peakRssMb), endRssMb: min((r) => r.queryMemory.endRssMb) },
    loads: first.loads.map((l, i) => ({
      ...l,
      ms: min((r) => r.loads[i]!.ms),
      engineMs: min((r) => r.loads[i]!.engineMs),
      fileMb: min((r) => r.loads[i]!.fileMb),
      peakRssMb: min((r) => r.loads[i]!.peakRssMb),
      endRssMb: min((r) => r.loads[i]!.endRssMb),
    })),
    peakRssMb: min((r) => r.peakRssMb),
  };
}

function rowsOf(runs: EngineRun[], seeds: number): ComparisonRow[] {
  const results = runs.map((r) => r.best);
  const any = results.find((r) => r)!;
  const col = (f: (r: WorkloadResult) => number) => results.map((r) => (r ? f(r) : undefined));
  const rows: ComparisonRow[] = [
    { measure: 'process RSS before the engine package is loaded (node, tsx, bench modules)', values: col((r) => r.baselineRssMb), unit: 'MB', informational: true },
    { measure: 'process RSS with the engine package loaded', values: col((r) => r.loadedRssMb), unit: 'MB' },
    { measure: `seed the real landscape (MERGE seed files, one transaction; median of ${seeds} seeds)`, values: col((r) => r.seed.ms), unit: 'ms' },
    { measure: 'database file after the seed (with what lies beside it)', values: col((r) => r.seed.fileMb), unit: 'MB' },
    { measure: 'peak RSS while seeding', values: col((r) => r.seed.peakRssMb), unit: 'MB' },
  ];
  any.queries.forEach((q, i) => {
    rows.push({ measure: `${q.name}: store p50`, values: col((r) => r.queries[i]!.p50), unit: 'ms' });
    rows.push({ measure: `${q.name}: store p95`, values: col((r) => r.queries[i]!.p95), unit: 'ms' });
  });
  rows.push({ measure: 'peak RSS while querying (store open on the real landscape)', values: col((r) => r.queryMemory.peakRssMb), unit: 'MB' });
  any.loads.forEach((l, i) => {
    const what = `load ${l.size} (${grouped(l.nodes)} nodes, ${grouped(l.edges)} relationships), bulk path`;
    rows.push({ measure: `${what}: whole seed (check + COPY FROM + checkpoint + swap)`, values: col((r) => r.loads[i]!.ms), unit: 'ms' });
    rows.push({ measure: `${what}: elements/s`, values: col((r) => ((l.nodes + l.edges) * 1000) / r.loads[i]!.ms), unit: 'per-s', higherIsBetter: true, informational: true });
    rows.push({ measure: `${what}: the engine's part (after the model check)`, values: col((r) => r.loads[i]!.engineMs), unit: 'ms' });
    rows.push({ measure: `${what}: database file`, values: col((r) => r.loads[i]!.fileMb), unit: 'MB' });
    rows.push({ measure: `${what}: peak RSS`, values: col((r) => r.loads[i]!.peakRssMb), unit: 'MB' });
  });
  rows.push({ measure: 'peak RSS of the whole run', values: col((r) => r.peakRssMb), unit: 'MB' });
  return rows;
}

/** How much worse the second value is than the first, as a fraction (negative: better). */
export function worseBy(row: ComparisonRow): number | undefined {
  const [k, l] = row.values;
  if (k === undefined || l === undefined || !(k > 0) || !(l > 0)) return undefined;
  return row.higherIsBetter ? k / l - 1 : l / k - 1;
}

export async function compareEngines(opts: { smoke?: boolean; rounds?: number; n?: number; log?: (msg: string) => void } = {}): Promise<Comparison> {
  const smoke = opts.smoke ?? false;
  const log = opts.log ?? (() => undefined);
  const rounds = opts.rounds ?? Number(process.env.BENCH_ENGINE_ROUNDS ?? (smoke ? 1 : 2));
  const n = opts.n ?? Number(process.env.BENCH_N ?? (smoke ? 20 : 200));
  const seeds = smoke ? 2 : 5;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-engines-'));
  try {
    const sizes = smoke ? [{ size: 'smoke', providers: 100 }] : [{ size: '10k', providers: 5_000 }, { size: '100k', providers: 50_000 }];
    const loads: WorkloadInput['loads'] = sizes.map(({ size, providers }) => {
      log(`engines: generating ${size}…`);
      const doc = generateLandscape({ providers, seed: 1 });
      const bulk = path.join(dir, `${size}-bulk`);
      writeLandscape(doc, bulk, { format: 'bulk', providers, seed: 1 });
      return { size, dir: bulk, nodes: doc.nodes.length, edges: doc.edges.length };
    });
    const runs: EngineRun[] = comparedEngines.map((engine) => ({
      engine,
      rounds: [],
      exitNotes: [],
      skipped: installed(engine.package) ? undefined : `not installed (npm install --no-save ${engine.package === 'kuzu' ? 'kuzu@0.11.3' : engine.package})`,
    }));
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? runs : [...runs].reverse();
      for (const run of order) {
        if (run.skipped) continue;
        log(`engines: round ${round + 1} of ${rounds}, ${run.engine.name}…`);
        const workDir = fs.mkdtempSync(path.join(dir, 'run-'));
        const out = path.join(dir, 'out.json');
        const { result, error, exitNote } = await runWorkload(run.engine, { out, workDir, cypherDir: path.join(repo, 'cypher'), loads, seeds, n });
        fs.rmSync(workDir, { recursive: true, force: true });
        if (exitNote) run.exitNotes.push(exitNote);
        if (result) run.rounds.push(result);
        else run.skipped = `failed: ${error}`;
      }
    }
    for (const run of runs) if (run.rounds.length && !run.skipped) run.best = best(run.rounds);
    const rows = runs.some((r) => r.best) ? rowsOf(runs, seeds) : [];
    const worse = rows.filter((r) => !r.informational && (worseBy(r) ?? 0) > WORSE_BY).map((r) => r.measure);
    return { smoke, rounds, runs, rows, worse };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const show = (v: number | undefined, unit: ComparisonRow['unit']) =>
  v === undefined ? '—' : unit === 'ms' ? ms(v) : unit === 'MB' ? `${v < 10 ? v.toFixed(1) : grouped(v)} MB` : `${grouped(v)}/s`;

/** The comparison as a table: a column per engine, LadybugDB / Kuzu, and whether that is more than 10% worse. */
export function comparisonTable(c: Comparison): string {
  const [k, l] = c.runs;
  const head = (r: EngineRun | undefined) => (r?.best ? `${r.engine.name} ${r.best.version}` : `${r?.engine.name ?? '?'}`);
  const table = new Table({
    head: ['measure', head(k), head(l), `${l?.engine.name ?? ''} / ${k?.engine.name ?? ''}`, `> ${WORSE_BY * 100}% worse`],
    style: { head: [], border: [] },
  });
  for (const r of c.rows) {
    const [kv, lv] = r.values;
    const ratio = kv && lv ? `${Number((lv / kv).toPrecision(2))}×` : '';
    const w = worseBy(r);
    table.push([r.measure, kv === undefined ? (k?.skipped ?? '—') : show(kv, r.unit), lv === undefined ? (l?.skipped ?? '—') : show(lv, r.unit), ratio, r.informational || w === undefined ? '' : w > WORSE_BY ? `yes (+${Math.round(w * 100)}%)` : 'no']);
  }
  const notes = [
    `Best of ${c.rounds} round(s), alternating which engine goes first; each engine in its own process on ${c.runs.find((r) => r.best)?.best?.node ?? process.version}.`,
    ...c.runs.flatMap((r) => [...(r.skipped ? [`${r.engine.name}: ${r.skipped}`] : []), ...r.exitNotes]),
    c.worse.length ? `LadybugDB is more than ${WORSE_BY * 100}% worse than Kuzu in: ${c.worse.join('; ')}.` : c.runs.every((r) => r.best) ? `No figure of LadybugDB is more than ${WORSE_BY * 100}% worse than Kuzu's.` : '',
  ].filter(Boolean);
  return `Embedded engines: Kuzu beside LadybugDB${c.smoke ? ' (smoke run)' : ''}\n${table.toString()}\n${notes.join('\n')}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const smoke = process.env.BENCH_SMOKE === '1' || process.argv.includes('--smoke');
  void compareEngines({ smoke, log: (m) => process.stderr.write(`bench: ${m}\n`) })
    .then((c) => {
      console.log(comparisonTable(c));
      const out = path.join(repo, 'bench', 'out', smoke ? 'engines-smoke.json' : 'engines.json');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(c, null, 2) + '\n');
      console.log(`wrote ${path.relative(repo, out)}`);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
