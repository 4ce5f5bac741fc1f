// The Neo4j column of the benchmark: a Neo4j 5 server of the bench's own
// (tools/neo4j: org.neo4j:neo4j Community from Maven Central, embedded, Bolt
// on loopback) in a temporary directory, or the one NEO4J_URI names. Its
// landscape is replaced by every load, so a server given by NEO4J_URI must be
// one whose database may be overwritten (as for `npm run test:neo4j`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Neo4jConfig } from '../graph/config';
import { connect } from '../graph/stores/neo4j-connect';
import { modelParams } from '../graph/stores/neo4j-queries';
import { LauncherError, neo4jEnv, startNeo4j, type Neo4jServer } from '../tools/neo4j/launcher';
import { memoryOf } from './server';

/**
 * JVM heap of the bench's server. The bulk path loads a whole landscape in
 * one write transaction, whose state Neo4j keeps on the heap: at the end of
 * the 100k load (99,766 nodes, 497,659 relationships) about 2.2 GB is live.
 * It loaded with 4g, 6g and 8g alike (80–180 s here, as much as the other
 * work on the machine decided; with 4g, 13 s of 80 s were GC pauses); 6g
 * leaves the collector room, and the JVM peaked at 5.2–5.8 GB of RSS.
 */
export const NEO4J_HEAP = process.env.BENCH_NEO4J_HEAP ?? '6g';
/** Page cache: the 100k store (about 0.5 GB on disk) fits. */
export const NEO4J_PAGECACHE = process.env.BENCH_NEO4J_PAGECACHE ?? '1g';

export interface BenchNeo4j {
  /** NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (and NEO4J_DATABASE when given) for the app and the CLI. */
  env: Record<string, string>;
  config: Neo4jConfig;
  /** Started by the bench (its JVM can be measured and restarted), or NEO4J_URI's. */
  own: boolean;
  /** "neo4j 5.26.30" as the server reports it. */
  engine: string;
  heap?: string;
  pagecache?: string;
  /** The own server's store directory. */
  storeDir?: string;
  /** JVM start to Bolt accepting, of each start: [empty store, …restarts]. */
  startsMs: number[];
  /** The JVM's process id (own server only). */
  pid(): number | undefined;
  /** Stops and starts the own server on the same store (a fresh JVM; its peak RSS starts again), optionally with another heap. */
  restart(heap?: string): Promise<number>;
  /** Deletes the landscape in batches of auto-commit transactions (not timed: the loads start from an empty database). */
  clear(): Promise<void>;
  stop(): Promise<void>;
}

/** Why there is no Neo4j column: the launcher's one-line reason. */
export class Neo4jUnavailable extends Error {}

export async function openBenchNeo4j(log: (msg: string) => void): Promise<BenchNeo4j> {
  const given = process.env.NEO4J_URI;
  let server: Neo4jServer | undefined;
  let dir: string | undefined;
  let env: Record<string, string>;
  const startsMs: number[] = [];
  const start = async () => {
    try {
      server = await startNeo4j({
        dataDir: path.join(dir!, 'neo4j'),
        heap: NEO4J_HEAP,
        pagecache: NEO4J_PAGECACHE,
        cacheDir: path.resolve('.data', 'neo4j-cache'),
      });
    } catch (err) {
      throw err instanceof LauncherError ? new Neo4jUnavailable(err.message.split('\n')[0]) : err;
    }
    startsMs.push(server.readyMs);
    return server;
  };
  if (given) {
    env = { NEO4J_URI: given, NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '' };
    if (process.env.NEO4J_DATABASE) env.NEO4J_DATABASE = process.env.NEO4J_DATABASE;
    log(`neo4j: using ${given} (NEO4J_URI); its landscape will be replaced`);
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bench-neo4j-'));
    log(`neo4j: starting Neo4j (heap ${NEO4J_HEAP}, page cache ${NEO4J_PAGECACHE})…`);
    env = neo4jEnv(await start());
  }
  const config: Neo4jConfig = { uri: env.NEO4J_URI!, user: env.NEO4J_USER!, password: env.NEO4J_PASSWORD!, database: env.NEO4J_DATABASE };
  let engine = 'neo4j';
  try {
    const c = await connect(config);
    engine = c.engine;
    await c.driver.close();
  } catch (err) {
    await server?.stop();
    throw new Neo4jUnavailable(err instanceof Error ? err.message : String(err));
  }
  const db: BenchNeo4j = {
    env,
    config,
    own: !given,
    engine,
    heap: given ? undefined : NEO4J_HEAP,
    pagecache: given ? undefined : NEO4J_PAGECACHE,
    storeDir: dir && path.join(dir, 'neo4j', 'store'),
    startsMs,
    pid: () => server?.pid,
    async restart(heap) {
      if (!server) return NaN;
      if (heap) db.heap = heap;
      log(`neo4j: restarting on the same store (heap ${db.heap})…`);
      await server.stop();
      const port = server.port;
      const password = server.password;
      server = await startNeo4j({
        dataDir: path.join(dir!, 'neo4j'),
        port,
        password,
        heap: db.heap,
        pagecache: NEO4J_PAGECACHE,
        cacheDir: path.resolve('.data', 'neo4j-cache'),
      });
      startsMs.push(server.readyMs);
      return server.readyMs;
    },
    async clear() {
      const { driver } = await connect(config);
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database: config.database });
      try {
        await session.run('MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS', modelParams());
      } finally {
        await session.close();
        await driver.close();
      }
    },
    async stop() {
      await server?.stop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return db;
}

/** Peak RSS (VmHWM) of the own server's JVM so far, MB. */
export const jvmPeakMb = (db: BenchNeo4j): number | null => {
  const pid = db.pid();
  return pid === undefined ? null : (memoryOf([pid])[0]?.peakMb ?? null);
};
