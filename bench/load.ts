// Load throughput of synthetic landscapes: the seed's MERGE path (Cypher seed
// files, one statement per element) beside the bulk path (bulk.json + CSV,
// Kuzu COPY FROM), each a whole `seedKuzu` — read, check against the model,
// load into a new file, verify counts, swap — into a fresh data directory.
// On Neo4j (`measureNeo4jLoad`) each is a whole `seedNeo4j` of the same files
// — read, check, one write transaction (UNWIND batches of 5,000 rows on the
// bulk path, one statement per element on the MERGE path), verify counts —
// into a database emptied beforehand.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../graph/config';
import { generateLandscape } from '../graph/generate/landscape';
import { writeLandscape } from '../graph/generate/write';
import { seedKuzu } from '../graph/seed/loader';
import { seedNeo4j } from '../graph/seed/neo4j-loader';
import { grouped } from '../graph/cli/progress';
import type { BenchNeo4j } from './neo4j';

export interface LoadSize {
  /** "10k": the node count it stands for. */
  label: string;
  providers: number;
  /** Run the MERGE path too (it is slow: about 2 ms per relationship in Kuzu). */
  merge: boolean;
}

export interface LoadRow {
  size: string;
  providers: number;
  nodes: number;
  edges: number;
  path: 'merge' | 'bulk';
  /** Whole seed in ms; null when not run. */
  ms: number | null;
  elementsPerSec: number | null;
  note?: string;
  /** Neo4j: the JVM heap the load ran with (own server). */
  heap?: string;
}

export interface LoadResult {
  rows: LoadRow[];
  generate: { size: string; providers: number; nodes: number; edges: number; ms: number }[];
  /** Bulk directory and seeded data directory of each size, for the server measurements. */
  dirs: Record<string, { bulk: string; data: string }>;
}

/** The MERGE path is run for a size only if it is predicted to take at most this long. */
export const MERGE_BUDGET_MS = 120_000;

async function seedOnce(cypherDir: string, dataDir: string) {
  const config = loadConfig({ LANDSCAPE_CYPHER_DIR: cypherDir, LANDSCAPE_DATA_DIR: dataDir });
  return seedKuzu(config, { force: true });
}

export async function measureLoad(sizes: LoadSize[], workDir: string, log: (msg: string) => void = () => undefined): Promise<LoadResult> {
  const result: LoadResult = { rows: [], generate: [], dirs: {} };
  let mergeMsPerElement: number | undefined;
  for (const size of sizes) {
    const started = performance.now();
    const doc = generateLandscape({ providers: size.providers, seed: 1 });
    const [nodes, edges] = [doc.nodes.length, doc.edges.length];
    result.generate.push({ size: size.label, providers: size.providers, nodes, edges, ms: performance.now() - started });
    const bulkDir = path.join(workDir, `${size.label}-bulk`);
    writeLandscape(doc, bulkDir, { format: 'bulk', providers: size.providers, seed: 1 });
    const predicted = mergeMsPerElement === undefined ? undefined : mergeMsPerElement * (nodes + edges);
    const runMerge = size.merge && (predicted === undefined || predicted <= MERGE_BUDGET_MS);
    let cypherDir: string | undefined;
    if (runMerge) {
      cypherDir = path.join(workDir, `${size.label}-cypher`);
      writeLandscape(doc, cypherDir, { format: 'cypher', providers: size.providers, seed: 1 });
    }
    const base = { size: size.label, providers: size.providers, nodes, edges };

    log(`load ${size.label}: bulk path…`);
    const data = path.join(workDir, `${size.label}-bulk-data`);
    const bulk = await seedOnce(bulkDir, data);
    result.rows.push({ ...base, path: 'bulk', ms: bulk.ms, elementsPerSec: ((nodes + edges) * 1000) / bulk.ms });
    result.dirs[size.label] = { bulk: bulkDir, data };

    if (runMerge && cypherDir) {
      log(`load ${size.label}: MERGE path…`);
      const merge = await seedOnce(cypherDir, path.join(workDir, `${size.label}-merge-data`));
      mergeMsPerElement = merge.ms / (nodes + edges);
      result.rows.push({ ...base, path: 'merge', ms: merge.ms, elementsPerSec: ((nodes + edges) * 1000) / merge.ms });
      fs.rmSync(path.join(workDir, `${size.label}-merge-data`), { recursive: true, force: true });
      fs.rmSync(cypherDir, { recursive: true, force: true });
    } else {
      const why = !size.merge
        ? 'not run'
        : `not run: ${Math.round((predicted ?? 0) / 60_000)} min predicted at the smaller size's rate (> ${MERGE_BUDGET_MS / 60_000} min)`;
      result.rows.push({ ...base, path: 'merge', ms: null, elementsPerSec: null, note: why });
    }
  }
  return result;
}

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);

/** Providers of the MERGE probe on Neo4j (216 nodes, 981 relationships: the smoke size). */
export const MERGE_PROBE_PROVIDERS = 100;

export interface Neo4jLoadResult {
  rows: LoadRow[];
  /** The MERGE path on the probe size, run first when the first size is bigger, to predict the others. */
  probe?: { providers: number; elements: number; ms: number };
}

/**
 * The same sizes on Neo4j, from the bulk directories `kuzu` generated: the
 * MERGE path (Cypher seeds written again for it) when predicted within
 * MERGE_BUDGET_MS — the first size's prediction from a probe of
 * MERGE_PROBE_PROVIDERS, as Neo4j's MERGE path is slower than Kuzu's (each
 * statement parsed on the server) — then the bulk path, last, so the
 * database ends holding the biggest size as its bulk directory (the
 * server's LANDSCAPE_CYPHER_DIR) describes it. A bulk load that fails on
 * the bench's own server is tried once more with twice the heap; both
 * outcomes are in the row.
 */
export async function measureNeo4jLoad(
  kuzu: LoadResult,
  sizes: LoadSize[],
  workDir: string,
  db: BenchNeo4j,
  opts: { log?: (msg: string) => void } = {},
): Promise<Neo4jLoadResult> {
  const log = opts.log ?? (() => undefined);
  const rows: LoadRow[] = [];
  const result: Neo4jLoadResult = { rows };
  const seedOnNeo4j = async (dir: string) => {
    await db.clear();
    return seedNeo4j(loadConfig({ ...db.env, LANDSCAPE_CYPHER_DIR: dir, LANDSCAPE_DATA_DIR: path.join(workDir, 'neo4j-unused') }), { force: true });
  };
  const cypherFiles = (providers: number, label: string) => {
    const dir = path.join(workDir, `${label}-cypher-neo4j`);
    const doc = generateLandscape({ providers, seed: 1 });
    writeLandscape(doc, dir, { format: 'cypher', providers, seed: 1 });
    return { dir, elements: doc.nodes.length + doc.edges.length };
  };
  let mergeMsPerElement: number | undefined;
  let probeFailed: string | undefined;
  if (sizes[0]?.merge && sizes[0].providers > MERGE_PROBE_PROVIDERS) {
    log(`neo4j: MERGE path probe (${MERGE_PROBE_PROVIDERS} providers)…`);
    const probe = cypherFiles(MERGE_PROBE_PROVIDERS, 'probe');
    try {
      const ms = (await seedOnNeo4j(probe.dir)).ms;
      mergeMsPerElement = ms / probe.elements;
      result.probe = { providers: MERGE_PROBE_PROVIDERS, elements: probe.elements, ms };
    } catch (err) {
      probeFailed = firstLine(err);
    } finally {
      fs.rmSync(probe.dir, { recursive: true, force: true });
    }
  }
  for (const size of sizes) {
    const g = kuzu.generate.find((x) => x.size === size.label);
    const dirs = kuzu.dirs[size.label];
    if (!g || !dirs) continue;
    const base = { size: size.label, providers: size.providers, nodes: g.nodes, edges: g.edges };
    const elements = g.nodes + g.edges;

    const predicted = mergeMsPerElement === undefined ? undefined : mergeMsPerElement * elements;
    if (size.merge && !probeFailed && (predicted === undefined || predicted <= MERGE_BUDGET_MS)) {
      log(`neo4j: load ${size.label}: MERGE path…`);
      const cypherDir = cypherFiles(size.providers, size.label).dir;
      try {
        const merge = await seedOnNeo4j(cypherDir);
        mergeMsPerElement = merge.ms / elements;
        rows.push({ ...base, path: 'merge', ms: merge.ms, elementsPerSec: (elements * 1000) / merge.ms, heap: db.heap });
      } catch (err) {
        rows.push({ ...base, path: 'merge', ms: null, elementsPerSec: null, note: `failed: ${firstLine(err)}`, heap: db.heap });
      } finally {
        fs.rmSync(cypherDir, { recursive: true, force: true });
      }
    } else {
      const at = rows.some((r) => r.path === 'merge' && r.ms !== null) ? "the smaller size's" : `a ${grouped(result.probe?.elements ?? 0)}-element probe's`;
      const why = !size.merge
        ? 'not run'
        : probeFailed
          ? `not run: the MERGE probe failed: ${probeFailed}`
          : `not run: ${Math.round((predicted ?? 0) / 60_000)} min predicted at ${at} rate (> ${MERGE_BUDGET_MS / 60_000} min)`;
      rows.push({ ...base, path: 'merge', ms: null, elementsPerSec: null, note: why });
    }

    log(`neo4j: load ${size.label}: bulk path…`);
    try {
      const bulk = await seedOnNeo4j(dirs.bulk);
      rows.push({ ...base, path: 'bulk', ms: bulk.ms, elementsPerSec: (elements * 1000) / bulk.ms, heap: db.heap });
    } catch (err) {
      const failedHeap = db.heap;
      const first = `failed with heap ${failedHeap ?? '(server\'s)'}: ${firstLine(err)}`;
      log(`neo4j: load ${size.label}: ${first}`);
      if (!db.own || !failedHeap) {
        rows.push({ ...base, path: 'bulk', ms: null, elementsPerSec: null, note: first, heap: failedHeap });
        continue;
      }
      const bigger = `${Number.parseInt(failedHeap, 10) * 2}${failedHeap.replace(/^\d+/, '')}`;
      log(`neo4j: load ${size.label}: again with heap ${bigger}…`);
      try {
        await db.restart(bigger);
        const bulk = await seedOnNeo4j(dirs.bulk);
        rows.push({ ...base, path: 'bulk', ms: bulk.ms, elementsPerSec: (elements * 1000) / bulk.ms, heap: bigger, note: first });
      } catch (err2) {
        rows.push({ ...base, path: 'bulk', ms: null, elementsPerSec: null, note: `${first}; with heap ${bigger}: ${firstLine(err2)}`, heap: bigger });
      }
    }
  }
  return result;
}
