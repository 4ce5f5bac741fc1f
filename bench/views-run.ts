// `npm run bench:views [-- --smoke]`: the views section of `npm run bench`
// alone, on both engines — the 100k synthetic landscape (50,000 providers)
// built once with LadybugDB's bulk path and loaded into a Neo4j (the bench's
// own, or NEO4J_URI's, whose landscape it replaces), each served by
// `next start` and measured by bench/views.ts; the real landscape's views
// in-process on each. Prints the same table as `npm run bench`, each figure
// beside its peer, with the machine's load average (other work on it
// inflates the times), and the seed's cost of storing degrees on each engine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Table from 'cli-table3';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../graph/config';
import { kuzuDegreeStatements, neo4jDegreeStatements } from '../graph/seed/degrees';
import { seedKuzu } from '../graph/seed/loader';
import { seedNeo4j } from '../graph/seed/neo4j-loader';
import { LadybugStore } from '../graph/stores/ladybug';
import { Neo4jStore } from '../graph/stores/neo4j';
import { connect } from '../graph/stores/neo4j-connect';
import { Neo4jUnavailable, openBenchNeo4j } from './neo4j';
import { buildSynthetic, measureRealViews, measureViews, viewsRows, type ViewsResult } from './views';

const smoke = process.argv.includes('--smoke');
const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');

/** Milliseconds the seed's degree statements take on a built LadybugDB file (on a copy, which is then removed). */
async function kuzuDegreesMs(file: string): Promise<number> {
  const lbug = (await import('@ladybugdb/core')).default;
  const copy = `${file}.degrees-${process.pid}`;
  fs.copyFileSync(file, copy);
  const db = new lbug.Database(copy);
  const conn = new lbug.Connection(db);
  try {
    const t = performance.now();
    await conn.query('BEGIN TRANSACTION');
    for (const st of kuzuDegreeStatements()) await conn.query(st);
    await conn.query('COMMIT');
    return performance.now() - t;
  } finally {
    await conn.close();
    await db.close();
    for (const f of fs.readdirSync(path.dirname(copy))) if (f.startsWith(path.basename(copy))) fs.rmSync(path.join(path.dirname(copy), f), { force: true });
  }
}

/** Milliseconds the seed's degree statements take in a Neo4j write transaction, rolled back. */
async function neo4jDegreesMs(config: NonNullable<ReturnType<typeof loadConfig>['neo4j']>): Promise<number> {
  const { driver } = await connect(config);
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database: config.database });
  const tx = session.beginTransaction();
  try {
    const t = performance.now();
    for (const st of neo4jDegreeStatements()) await tx.run(st);
    return performance.now() - t;
  } finally {
    await tx.rollback();
    await session.close();
    await driver.close();
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bench-views-'));
const loadBefore = load();
const started = performance.now();
try {
  log(`building the ${smoke ? 'smoke' : '100k'} landscape…`);
  const { bulk, data } = await buildSynthetic(dir, smoke ? 100 : 50_000);
  const kuzuDegrees = await kuzuDegreesMs(loadConfig({ ...process.env, NEO4J_URI: '', LANDSCAPE_DATA_DIR: data }).kuzuPath);
  const realConfig = loadConfig({ ...process.env, NEO4J_URI: '', LANDSCAPE_DATA_DIR: path.join(dir, 'real') });
  await seedKuzu(realConfig);
  const realStore = new LadybugStore(realConfig.kuzuPath);
  const kuzuReal = await measureRealViews(realStore, smoke ? 5 : 50).finally(() => realStore.close());
  const kuzu: ViewsResult = { ...(await measureViews({ NEO4J_URI: '', LANDSCAPE_DATA_DIR: data, LANDSCAPE_CYPHER_DIR: bulk }, log)), real: kuzuReal };

  let neo: ViewsResult | undefined;
  let why = '—';
  let neoDegrees: number | undefined;
  if (!process.argv.includes('--no-neo4j')) {
    try {
      const db = await openBenchNeo4j(log);
      try {
        const real = loadConfig({ ...process.env, ...db.env, LANDSCAPE_DATA_DIR: path.join(dir, 'neo4j-real') });
        await seedNeo4j(real, { force: true });
        const realNeo = await Neo4jStore.connect(db.config);
        const neoReal = await measureRealViews(realNeo, smoke ? 5 : 50).finally(() => realNeo.close());
        log('neo4j: loading the landscape…');
        const served = { ...db.env, LANDSCAPE_DATA_DIR: path.join(dir, 'neo4j-server'), LANDSCAPE_CYPHER_DIR: bulk };
        await seedNeo4j(loadConfig({ ...process.env, ...served }), { force: true });
        neoDegrees = await neo4jDegreesMs(db.config);
        if (db.own) await db.restart(); // a fresh JVM: its page cache holds what the views read, not the load
        neo = { ...(await measureViews(served, log)), real: neoReal };
      } finally {
        await db.stop();
      }
    } catch (err) {
      if (!(err instanceof Neo4jUnavailable)) throw err;
      why = `not measured: ${err.message}`;
    }
  } else why = 'not measured (--no-neo4j)';

  const table = new Table({
    head: [`views from the store, ${(kuzu.nodes).toLocaleString('en-US')} nodes, served by next start`, 'LadybugDB (embedded)', 'Neo4j', 'Neo4j / LadybugDB', 'target', 'met: LadybugDB / Neo4j'],
    style: { head: [], border: [] },
  });
  table.push(...viewsRows(kuzu, neo, why));
  const sec = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
  table.push(['the seed storing every node\'s degree (graph/seed/degrees.ts)', sec(kuzuDegrees), neo ? sec(neoDegrees) : why, '', '', '']);
  console.log(`Views from the store${smoke ? ' (smoke run)' : ''} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}; load average (1 / 5 / 15 min) ${loadBefore} at the start, ${load()} at the end; took ${sec(performance.now() - started)}`);
  console.log(table.toString());
  fs.writeFileSync(path.join(process.cwd(), 'bench', 'views-results.json'), JSON.stringify({ kuzu, neo4j: neo ?? why, degreesMs: { ladybugdb: kuzuDegrees, neo4j: neoDegrees }, load: { before: loadBefore, after: load() } }, null, 2) + '\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
