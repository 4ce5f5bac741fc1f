// Concurrency and endurance of the served app on the real landscape:
// - the load test: many keep-alive clients at once over a mix of ad-hoc
//   queries (the workbench's examples, and queries the gate has not seen),
//   views, search and refused writes, with the ad-hoc query worker killed
//   (SIGKILL) several times while it runs: every request must get its answer
//   (a refused write its 403), within a p99 bound;
// - the soak: fewer clients of the same mix for minutes, sampling the RSS of
//   the server and of its query workers each minute.
// Only loopback addresses; every request bounded in time.
import fs from 'node:fs';
import os from 'node:os';
import { examples, queryIn } from '../app/query/examples';
import { startServer, type RunningServer } from '../tests/app/server';
import { httpClient } from './http-client';
import { representativeQueries } from './queries';
import { memoryOf, processTree } from './server';
import { percentile } from './stats';

export type Kind = 'query' | 'new query' | 'view' | 'search' | 'refused write';

export interface MixItem {
  kind: Kind;
  method: 'GET' | 'POST';
  path: string;
  /** The JSON body, or a function of a running number (queries the gate has not seen yet). */
  body?: unknown | ((n: number) => unknown);
  /** The status a correct answer has. */
  expect: number;
}

const cypher = (kind: Kind, query: string, params?: Record<string, unknown>, expect = 200): MixItem => ({
  kind,
  method: 'POST',
  path: '/api/cypher',
  body: { query, params },
  expect,
});
const get = (kind: Kind, path: string): MixItem => ({ kind, method: 'GET', path, expect: 200 });

/**
 * What analysts do at once, in a cycle of 100 requests: 45 ad-hoc queries (the workbench's examples in English
 * and Chinese and the bench's five; `freshPer100` of them, 1 by default, a query text the server has not seen,
 * so the gate parses it), 25 views of the explorer, 20 searches and 10 writes, which the gate refuses with 403.
 */
export function requestMix(opts: { freshPer100?: number } = {}): MixItem[] {
  const freshN = opts.freshPer100 ?? 1;
  const queries = [
    ...examples.map((e) => cypher('query', e.query, e.params)),
    ...examples.map((e) => cypher('query', queryIn(e.query, 'zh'), e.params)),
    ...representativeQueries.map((q) => cypher('query', q.query, q.params)),
  ];
  const fresh: MixItem[] = [
    {
      kind: 'new query',
      method: 'POST',
      path: '/api/cypher',
      body: (n: number) => ({ query: `MATCH (s:Segment) WHERE s.size_2023 > ${n % 97} RETURN s.name_en, s.size_2023 ORDER BY s.size_2023 DESC LIMIT ${1 + n}` }),
      expect: 200,
    },
    {
      kind: 'new query',
      method: 'POST',
      path: '/api/cypher',
      body: (n: number) => ({ query: `MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment) WHERE r.rank <= ${1 + (n % 5)} RETURN p.name_en, s.name_en, r.share SKIP ${n % 3} LIMIT ${10 + n}` }),
      expect: 200,
    },
    {
      kind: 'new query',
      method: 'POST',
      path: '/api/cypher',
      body: (n: number) => ({ query: `MATCH (f:Factor)-[:AFFECTS]->(s:Segment) WHERE f.kind IN ['driver', 'trend'] RETURN f.kind, count(s) AS markets, ${n} AS run` }),
      expect: 200,
    },
  ];
  const views = [
    get('view', '/api/graph'),
    get('view', '/api/graph?independent=true'),
    get('view', '/api/graph?segment=av-paas'),
    get('view', '/api/graph?layer=apaas&q=cloud'),
    get('view', '/api/nodes/the-group'),
    get('view', '/api/nodes/av-cloud/neighbors?limit=50'),
    get('view', '/api/schema'),
    get('view', '/api/health'),
  ];
  const search = ['cloud', 'competitor', '%E9%9B%B2', '%E9%9F%B3%E8%A6%96%E9%A0%BB', 'APaaS', 'compettor', 'video', 'the%20group'].map((q) =>
    get('search', `/api/search?q=${q}`),
  );
  const writes = [
    "CREATE (p:Provider {id: 'intruder'}) RETURN p",
    "MATCH (p:Provider {id: 'the-group'}) SET p.name_en = 'x'",
    'MATCH (n) DETACH DELETE n',
    "MERGE (s:Segment {id: 'x'}) RETURN s",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  ].map((q) => cypher('refused write', q, undefined, 403));
  // Weights by repetition: a cycle of 100 requests.
  const cycle: MixItem[] = [];
  for (let i = 0; i < 45 - freshN; i++) cycle.push(queries[i % queries.length]!);
  for (let i = 0; i < freshN; i++) cycle.push(fresh[i % fresh.length]!);
  for (let i = 0; i < 25; i++) cycle.push(views[i % views.length]!);
  for (let i = 0; i < 20; i++) cycle.push(search[i % search.length]!);
  for (let i = 0; i < 10; i++) cycle.push(writes[i % writes.length]!);
  return cycle;
}

export interface Failure {
  kind: Kind;
  path: string;
  status: number | string;
  body: string;
}

export interface KindFigures {
  count: number;
  p50: number;
  p99: number;
}

export interface DriveResult {
  clients: number;
  durationMs: number;
  requests: number;
  /** Requests per second over the run. */
  throughput: number;
  /** Requests that did not get the status a correct answer has (or no answer). */
  errors: number;
  failures: Failure[];
  statuses: Record<string, number>;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  byKind: Partial<Record<Kind, KindFigures>>;
  /** The same by request path (a query's path is /api/cypher). */
  byPath: Record<string, KindFigures>;
}

/** Shared by all clients of a run: a running number for new query texts. */
let fresh = 0;

/**
 * `clients` keep-alive clients, each sending one request after another for `durationMs`, the mix's items in turn
 * (each client from its own offset). `onTick` is called every `tickMs` with the requests finished so far.
 */
export async function drive(
  url: string,
  opts: { clients: number; durationMs: number; mix?: MixItem[]; requestTimeoutMs?: number; tickMs?: number; onTick?: (done: number) => void },
): Promise<DriveResult> {
  const mix = opts.mix ?? requestMix();
  const latencies: number[] = [];
  const perKind = new Map<Kind, number[]>();
  const perPath = new Map<string, number[]>();
  const statuses: Record<string, number> = {};
  const failures: Failure[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + opts.durationMs;
  const ticker = opts.onTick ? setInterval(() => opts.onTick!(latencies.length), opts.tickMs ?? 1000) : undefined;
  const client = async (c: number) => {
    const http = httpClient(url, { timeoutMs: opts.requestTimeoutMs ?? 30_000 });
    try {
      for (let i = c * 7; performance.now() < deadline; i++) {
        const item = mix[i % mix.length]!;
        const body = typeof item.body === 'function' ? (item.body as (n: number) => unknown)(fresh++) : item.body;
        const t = performance.now();
        let status: number | string;
        let text = '';
        try {
          const res = await http.request(item.method, item.path, body);
          status = res.status;
          text = res.body;
        } catch (err) {
          status = err instanceof Error ? err.message : String(err);
        }
        const took = performance.now() - t;
        latencies.push(took);
        (perKind.get(item.kind) ?? perKind.set(item.kind, []).get(item.kind)!).push(took);
        (perPath.get(item.path) ?? perPath.set(item.path, []).get(item.path)!).push(took);
        statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
        if (status !== item.expect) {
          errors++;
          if (failures.length < 20) failures.push({ kind: item.kind, path: item.path, status, body: text.slice(0, 300) });
        }
      }
    } finally {
      http.close();
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)));
  if (ticker) clearInterval(ticker);
  const durationMs = performance.now() - started;
  const sorted = [...latencies].sort((a, b) => a - b);
  const byKind: Partial<Record<Kind, KindFigures>> = {};
  for (const [kind, times] of perKind) {
    times.sort((a, b) => a - b);
    byKind[kind] = { count: times.length, p50: percentile(times, 50), p99: percentile(times, 99) };
  }
  const byPath: Record<string, KindFigures> = {};
  for (const [p, times] of perPath) {
    times.sort((a, b) => a - b);
    byPath[p] = { count: times.length, p50: percentile(times, 50), p99: percentile(times, 99) };
  }
  return {
    byPath,
    clients: opts.clients,
    durationMs,
    requests: latencies.length,
    throughput: (latencies.length * 1000) / durationMs,
    errors,
    failures,
    statuses,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    byKind,
  };
}

// ---- The server's processes ----

const cmdline = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
};

/** The ad-hoc query workers of a server: node processes running graph/query/*worker.mjs. */
export function workerPids(serverPid: number): number[] {
  return processTree(serverPid).filter((pid) => {
    const args = cmdline(pid);
    return /node$/.test(args[0] ?? '') && args.some((a) => /graph\/query\/[\w-]*worker\.mjs$/.test(a));
  });
}

/**
 * The server's gate process (graph/query/gate-process.ts), which parses query texts it has not seen, and on
 * LadybugDB the embedded database's own process (graph/stores/ladybug-engine.ts), which answers the views: both
 * counted as the server's.
 */
export function gatePids(serverPid: number): number[] {
  return processTree(serverPid).filter((pid) => cmdline(pid).some((a) => /graph\/(query\/gate-process-entry|stores\/ladybug-process)\.mjs$/.test(a)));
}

export interface RssSample {
  /** Minutes since the load began. */
  minute: number;
  /** The server, its gate process and (LadybugDB) its database's process. */
  serverMb: number;
  /** Summed RSS of the query workers (each in `eachWorkerMb`). */
  workersMb: number;
  eachWorkerMb: number[];
  /** Requests finished in the minute before the sample. */
  requests: number;
}

export function rssOf(serverPid: number): Omit<RssSample, 'minute' | 'requests'> {
  const workers = memoryOf(workerPids(serverPid)).map((p) => p.rssMb);
  return {
    serverMb: memoryOf([serverPid, ...gatePids(serverPid)]).reduce((a, p) => a + p.rssMb, 0) || NaN,
    workersMb: workers.reduce((a, b) => a + b, 0),
    eachWorkerMb: workers,
  };
}

/** CPU time (user + system) a process has used, in ms (Linux: /proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Samples the CPU time of the server and of its query workers (which come and go) until stopped. */
function cpuMeter(serverPid: number) {
  const seen = new Map<number, { first: number; last: number }>();
  const gates = new Map<number, { first: number; last: number }>();
  const track = (into: typeof seen, pids: number[]) => {
    for (const pid of pids) {
      const ms = cpuMs(pid);
      if (ms === undefined) continue;
      const s = into.get(pid);
      if (s) s.last = ms;
      // A process started during the run counts from 0; one running already from now.
      else into.set(pid, { first: started ? 0 : ms, last: ms });
    }
  };
  const sample = () => {
    track(seen, workerPids(serverPid));
    track(gates, gatePids(serverPid));
  };
  let started = false;
  sample();
  started = true;
  const server0 = cpuMs(serverPid) ?? NaN;
  const client0 = process.cpuUsage();
  const timer = setInterval(sample, 250);
  return {
    stop(): CpuUse {
      clearInterval(timer);
      sample();
      const client = process.cpuUsage(client0);
      return {
        serverMs: (cpuMs(serverPid) ?? NaN) - server0 + [...gates.values()].reduce((a, s) => a + s.last - s.first, 0),
        workersMs: [...seen.values()].reduce((a, s) => a + s.last - s.first, 0),
        clientMs: (client.user + client.system) / 1000,
      };
    },
  };
}

export interface CpuUse {
  /** CPU time of `next start` and its gate process over the run, ms. */
  serverMs: number;
  /** Of the query workers (a killed one up to its last sample, 250 ms apart). */
  workersMs: number;
  /** Of this process, the clients (the bench itself). */
  clientMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A few seconds of the mix, not counted: Next.js compiles each route on its first request. */
async function warmUp(server: RunningServer, clients: number, mix?: MixItem[]) {
  const warm = await drive(server.url, { clients, durationMs: 3_000, mix });
  if (warm.errors) throw new Error(`warm-up: ${warm.errors} wrong answers, e.g. ${JSON.stringify(warm.failures.slice(0, 3))}`);
}

export interface LoadTestResult extends DriveResult {
  /** Workers killed during the run, and when (ms since it began). */
  kills: { atMs: number; pid: number }[];
  /** Worker processes started, as the server's process tree showed them (before → after). */
  workersBefore: number[];
  workersAfter: number[];
  restRss: Omit<RssSample, 'minute' | 'requests'>;
  endRss: Omit<RssSample, 'minute' | 'requests'>;
  /** The machine's 1-minute load average when the run began and ended (other work on the cores shows here). */
  loadavg: [number, number];
  cpu: CpuUse;
}

/**
 * `next start` on its own copy of the real landscape; `clients` clients for `durationMs`; a query worker
 * SIGKILLed `kills` times, evenly spread.
 */
export async function measureLoadTest(opts: {
  clients: number;
  durationMs: number;
  kills: number;
  mix?: MixItem[];
  env?: Record<string, string>;
  log?: (m: string) => void;
}): Promise<LoadTestResult> {
  const log = opts.log ?? (() => undefined);
  const server = await startServer(opts.env);
  try {
    await warmUp(server, opts.clients, opts.mix);
    await sleep(500);
    const restRss = rssOf(server.pid);
    const workersBefore = workerPids(server.pid);
    const kills: { atMs: number; pid: number }[] = [];
    const t0 = performance.now();
    const timers = Array.from({ length: opts.kills }, (_, k) =>
      setTimeout(() => {
        const pids = workerPids(server.pid);
        const pid = pids[k % Math.max(1, pids.length)];
        if (pid === undefined) return;
        try {
          process.kill(pid, 'SIGKILL');
          kills.push({ atMs: performance.now() - t0, pid });
          log(`load: killed query worker ${pid} at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        } catch {
          // exited meanwhile
        }
      }, ((k + 1) * opts.durationMs) / (opts.kills + 1)),
    );
    log(`load: ${opts.clients} clients for ${opts.durationMs / 1000} s, the query worker killed ${opts.kills} times…`);
    const before = os.loadavg()[0]!;
    const meter = cpuMeter(server.pid);
    const result = await drive(server.url, { clients: opts.clients, durationMs: opts.durationMs, mix: opts.mix });
    const cpu = meter.stop();
    timers.forEach(clearTimeout);
    return { ...result, kills, workersBefore, workersAfter: workerPids(server.pid), restRss, endRss: rssOf(server.pid), loadavg: [before, os.loadavg()[0]!], cpu };
  } finally {
    await server.stop();
  }
}

export interface SoakResult {
  clients: number;
  durationMs: number;
  /** Before the load (after the warm-up). */
  rest: Omit<RssSample, 'minute' | 'requests'>;
  samples: RssSample[];
  requests: number;
  errors: number;
  tooLarge: number;
  failures: Failure[];
  p50: number;
  p99: number;
  /** Largest deviation of a later sample from the one at `driftFrom` (1 min; half the soak when shorter), in % (server, workers). */
  driftPct: { server: number; workers: number };
  driftFrom: number;
  loadavg: [number, number];
}

/** `clients` clients of the mix for `durationMs`, the RSS of the server and its workers sampled every `sampleMs`. */
export async function measureSoak(opts: { clients: number; durationMs: number; sampleMs?: number; log?: (m: string) => void }): Promise<SoakResult> {
  const log = opts.log ?? (() => undefined);
  const sampleMs = opts.sampleMs ?? 60_000;
  const server = await startServer();
  try {
    await warmUp(server, opts.clients);
    await sleep(1_000);
    const rest = rssOf(server.pid);
    log(`soak: at rest server ${rest.serverMb.toFixed(0)} MB, query workers ${rest.workersMb.toFixed(0)} MB; ${opts.clients} clients for ${opts.durationMs / 60_000} min…`);
    const samples: RssSample[] = [];
    let last = 0;
    const before = os.loadavg()[0]!;
    const result = await drive(server.url, {
      clients: opts.clients,
      durationMs: opts.durationMs,
      tickMs: sampleMs,
      onTick: (done) => {
        const s = { minute: ((samples.length + 1) * sampleMs) / 60_000, ...rssOf(server.pid), requests: done - last };
        last = done;
        samples.push(s);
        log(`soak: ${(s.minute * 60).toFixed(0)} s: ${s.requests} requests, server ${s.serverMb.toFixed(0)} MB, query workers ${s.eachWorkerMb.map((x) => x.toFixed(0)).join(' + ')} MB`);
      },
    });
    // The reference: the value after the first minute (or, in a soak of a minute, after half of it).
    const refAt = Math.min(1, opts.durationMs / 120_000);
    const ref = samples.findIndex((s) => s.minute >= refAt - 1e-9);
    const later = ref < 0 ? [] : samples.slice(ref);
    const drift = (key: 'serverMb' | 'workersMb') =>
      later.length ? Math.max(...later.map((s) => Math.abs((100 * (s[key] - later[0]![key])) / later[0]![key]))) : NaN;
    return {
      clients: opts.clients,
      durationMs: result.durationMs,
      rest,
      samples,
      requests: result.requests,
      errors: result.errors,
      tooLarge: result.statuses['413'] ?? 0,
      failures: result.failures,
      p50: result.p50,
      p99: result.p99,
      driftPct: { server: drift('serverMb'), workers: drift('workersMb') },
      driftFrom: later[0]?.minute ?? NaN,
      loadavg: [before, os.loadavg()[0]!],
    };
  } finally {
    await server.stop();
  }
}

// ---- The bench's section: the load test and the soak, with their targets ----

export const STRESS_TARGETS = { p99Ms: 150, driftPct: 15 };

export interface StressResult {
  load: LoadTestResult;
  /** The same load without kills (full run only): what the kills cost. */
  calm?: LoadTestResult;
  soak: SoakResult;
}

/**
 * Full run: 32 clients for 30 s with the worker killed 3 times (and the same without kills), then 16 clients for
 * 10 minutes sampled every minute. Smoke: 10 s with 2 kills, and 60 s sampled every 10 s.
 */
export async function measureStress(opts: { smoke: boolean; log: (m: string) => void }): Promise<StressResult> {
  const load = await measureLoadTest({ clients: 32, durationMs: opts.smoke ? 10_000 : 30_000, kills: opts.smoke ? 2 : 3, log: opts.log });
  const calm = opts.smoke ? undefined : await measureLoadTest({ clients: 32, durationMs: 30_000, kills: 0, log: opts.log });
  const soak = await measureSoak({
    clients: 16,
    durationMs: opts.smoke ? 60_000 : 600_000,
    sampleMs: opts.smoke ? 10_000 : 60_000,
    log: opts.log,
  });
  return { load, calm, soak };
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const ms1 = (x: number) => `${x.toFixed(1)} ms`;

/** What a failed bench run names: requests answered wrongly, and 413s for queries that are not large. */
export function stressProblems(r: StressResult): string[] {
  const out: string[] = [];
  if (r.load.errors) out.push(`the load test answered ${r.load.errors} requests wrongly, e.g. ${JSON.stringify(r.load.failures[0])}`);
  if (r.soak.errors) out.push(`the soak answered ${r.soak.errors} requests wrongly, e.g. ${JSON.stringify(r.soak.failures[0])}`);
  return out;
}

/** Rows for the bench's table: [measure, figure, target, met]. */
export function stressRows(r: StressResult): string[][] {
  const { load, calm, soak } = r;
  const kinds = (d: DriveResult) =>
    Object.entries(d.byKind)
      .map(([k, v]) => `${k} ${n0(v.count)} (p50 ${ms1(v.p50)}, p99 ${ms1(v.p99)})`)
      .join('; ');
  const rows: string[][] = [];
  const loadRow = (what: string, d: DriveResult) => [
    [`${what}: requests, wrong answers (a refused write's 403 is right)`, `${n0(d.requests)}, ${d.errors}`, '0 wrong', d.errors === 0 ? 'yes' : 'no'],
    [`${what}: throughput`, `${n0(d.throughput)} requests/s`, '', ''],
    [`${what}: latency p50 / p90 / p99 / max`, `${ms1(d.p50)} / ${ms1(d.p90)} / ${ms1(d.p99)} / ${ms1(d.max)}`, `p99 < ${STRESS_TARGETS.p99Ms} ms`, d.p99 < STRESS_TARGETS.p99Ms ? 'yes' : 'no'],
    [`${what}: by kind`, kinds(d), '', ''],
  ];
  const avg = (l: [number, number]) => `machine load average ${l[0].toFixed(1)} → ${l[1].toFixed(1)} (${os.availableParallelism()} cores)`;
  const cpuRow = (what: string, d: LoadTestResult): string[] => {
    const per = (x: number) => (x / d.requests).toFixed(2);
    const total = d.cpu.serverMs + d.cpu.workersMs + d.cpu.clientMs;
    return [
      `${what}: CPU per request: server / query workers / the clients; what ${os.availableParallelism()} cores to themselves would serve`,
      `${per(d.cpu.serverMs)} / ${per(d.cpu.workersMs)} / ${per(d.cpu.clientMs)} ms = ${per(total)} ms: ${n0((os.availableParallelism() * 1000 * d.requests) / total)} requests/s`,
      '',
      '',
    ];
  };
  rows.push(...loadRow(`load: ${load.clients} clients, ${load.durationMs >= 20_000 ? 30 : 10} s, a query worker SIGKILLed ${load.kills.length}×`, load));
  rows.push(['load: while it ran', avg(load.loadavg), '', ''], cpuRow('load', load));
  if (calm) rows.push(...loadRow('the same load, no worker killed', calm), ['the same load: while it ran', avg(calm.loadavg), '', ''], cpuRow('the same load', calm));
  rows.push([
    'load: RSS at rest (after the warm-up) → after the load: server / query workers',
    `${n0(load.restRss.serverMb)} → ${n0(load.endRss.serverMb)} MB / ${load.restRss.eachWorkerMb.map(n0).join(' + ')} → ${load.endRss.eachWorkerMb.map(n0).join(' + ')} MB`,
    '',
    '',
  ]);
  const span = soak.samples.length > 1 ? soak.samples[1]!.minute - soak.samples[0]!.minute : 1;
  const at = (m: number) => (span >= 1 ? `${Math.round(m)} min` : `${Math.round(m * 60)} s`);
  rows.push([
    `soak: ${soak.clients} clients for ${at(soak.durationMs / 60_000)}: requests, wrong answers, 413s`,
    `${n0(soak.requests)}, ${soak.errors}, ${soak.tooLarge}`,
    '0 wrong, no 413',
    soak.errors === 0 && soak.tooLarge === 0 ? 'yes' : 'no',
  ]);
  rows.push(['soak: latency p50 / p99', `${ms1(soak.p50)} / ${ms1(soak.p99)}`, '', ''], ['soak: while it ran', avg(soak.loadavg), '', '']);
  rows.push(['soak: RSS at rest before it: server / query workers', `${n0(soak.rest.serverMb)} MB / ${soak.rest.eachWorkerMb.map(n0).join(' + ')} MB`, '', '']);
  for (const s of soak.samples) {
    rows.push([`soak at ${at(s.minute)}: requests in the last ${at(span)}; RSS server / query workers`, `${n0(s.requests)}; ${n0(s.serverMb)} MB / ${s.eachWorkerMb.map(n0).join(' + ')} MB`, '', '']);
  }
  const ok = (x: number) => Number.isFinite(x) && x <= STRESS_TARGETS.driftPct;
  rows.push([
    `soak: largest RSS change from the value at ${at(soak.driftFrom)}: server / query workers`,
    `${soak.driftPct.server.toFixed(1)}% / ${soak.driftPct.workers.toFixed(1)}%`,
    `within ±${STRESS_TARGETS.driftPct}%`,
    ok(soak.driftPct.server) && ok(soak.driftPct.workers) ? 'yes' : 'no',
  ]);
  return rows;
}
