// npm run bench — one run, one table, bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Table from 'cli-table3';
import { loadConfig } from '../graph/config';
import { seedKuzu } from '../graph/seed/loader';
import { startServer } from '../tests/app/server';
import { measureLatency } from './latency';
import { ms } from './stats';

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bench-'));
  const config = loadConfig({ ...process.env, LANDSCAPE_DATA_DIR: dataDir, NEO4J_URI: '' });
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;

  await seedKuzu(config, { force: true }); // first build: schema and file creation
  const seed = await seedKuzu(config, { force: true });

  const server = await startServer({ LANDSCAPE_DATA_DIR: dataDir });
  let latency;
  try {
    latency = await measureLatency(config.kuzuPath, server, Number(process.env.BENCH_N ?? 200));
  } finally {
    await server.stop();
  }

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
  console.log(`Landscape Graph benchmark — ${machine}`);
  console.log(table.toString());
  const results = { machine, date: new Date().toISOString(), seedMs: seed.ms, latency };
  fs.mkdirSync('bench', { recursive: true });
  fs.writeFileSync(path.join('bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('wrote bench/results.json');
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
