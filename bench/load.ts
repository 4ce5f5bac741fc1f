// Load throughput of synthetic landscapes: the seed's MERGE path (Cypher seed
// files, one statement per element) beside the bulk path (bulk.json + CSV,
// Kuzu COPY FROM), each a whole `seedKuzu` — read, check against the model,
// load into a new file, verify counts, swap — into a fresh data directory.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../graph/config';
import { generateLandscape } from '../graph/generate/landscape';
import { writeLandscape } from '../graph/generate/write';
import { seedKuzu } from '../graph/seed/loader';

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
