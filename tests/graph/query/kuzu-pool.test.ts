import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/errors';
import { KuzuQueryPool, defaultPoolOptions } from '../../../graph/query/kuzu-pool';
import { seedKuzu } from '../../../graph/seed/loader';
import { tempConfig } from '../../helpers';

let dbPath: string;
beforeAll(async () => {
  const config = tempConfig();
  await seedKuzu(config);
  dbPath = config.kuzuPath;
});

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as GraphError);

describe('the ad-hoc query worker', () => {
  let pool: KuzuQueryPool;
  beforeAll(() => {
    pool = new KuzuQueryPool(dbPath, { ...defaultPoolOptions, timeoutMs: 1500, maxRows: 10 });
  });
  afterAll(() => pool.close());

  it('answers a read query with rows, parameters passed as parameters', async () => {
    const res = await pool.run('MATCH (p:Provider) WHERE p.independent = $i RETURN p.id AS id ORDER BY id', { i: false });
    expect(res.rows).toEqual([{ id: 'competitor-a' }, { id: 'competitor-b' }, { id: 'competitor-c' }]);
    expect(res.truncated).toBe(false);
  });

  it('cuts a result at the row cap and says so', async () => {
    const res = await pool.run('MATCH (n) RETURN n.id AS id', {});
    expect(res.rows).toHaveLength(10);
    expect(res.truncated).toBe(true);
  });

  it('stops a query at the timeout with TIMEOUT, does not run it again, then answers the next one', async () => {
    const retries = pool.retries;
    const started = performance.now();
    const err = await failure(pool.run('MATCH (a), (b), (c), (d), (e), (f) WHERE a.name_en + b.name_en + c.name_en + d.name_en + e.name_en + f.name_en = \'x\' RETURN count(*)', {}));
    expect(err).toMatchObject({ code: 'TIMEOUT', message: 'the query did not finish within 1500 ms and was stopped' });
    expect(pool.retries).toBe(retries);
    expect(performance.now() - started).toBeLessThan(2 * 1500);
    expect((await pool.run('RETURN 1 AS one', {})).rows).toEqual([{ one: 1 }]);
  });

  it('refuses a query that needs more memory than its limit with TOO_LARGE, and starts a fresh worker', async () => {
    const before = pool.starts;
    const err = await failure(pool.run('UNWIND range(1, 200000000) AS x RETURN sum(x)', {}));
    expect(err).toMatchObject({ code: 'TOO_LARGE' });
    expect((err as GraphError).message).toMatch(/needs more memory than an ad-hoc query may use \(\d+ MB\)/);
    expect((await pool.run('RETURN 2 AS two', {})).rows).toEqual([{ two: 2 }]);
    expect(pool.starts).toBe(before + 1);
  });

  it('runs without network access where the machine allows a network namespace', async () => {
    const err = await failure(pool.run('INSTALL httpfs', {}));
    expect(pool.isolated).toBe(true);
    expect((err as GraphError).message).not.toMatch(/already installed/);
  });
});

describe("the worker's memory limit", () => {
  // Node.js and the open database reserve 2.5-3.1 GB of address space at rest (by Node version); a limit of
  // 256 MB counted from zero would let no worker start, counted from its rest size it bounds only the query.
  const MB = 1024 * 1024;
  let pool: KuzuQueryPool;
  beforeAll(() => {
    pool = new KuzuQueryPool(dbPath, { ...defaultPoolOptions, workers: 1, memoryBytes: 256 * MB });
  });
  afterAll(() => pool.close());

  const limitOf = (pid: number) => Number(/Max address space\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/limits`, 'utf8'))?.[1]);
  const sizeOf = (pid: number) => Number(/VmSize:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024;

  it("counts from what the worker reserves at rest: plain queries answer, and the limit is that plus LANDSCAPE_QUERY_MEMORY_MB", async () => {
    expect((await pool.run('MATCH (n) RETURN count(n) AS n', {})).rows).toEqual([{ n: 119 }]);
    const pid = pool.workerPid!;
    const headroom = limitOf(pid) - sizeOf(pid);
    expect(headroom).toBeGreaterThan(128 * MB);
    expect(headroom).toBeLessThanOrEqual(256 * MB);
  });

  it('still stops a query that needs more than that with TOO_LARGE', async () => {
    const err = await failure(pool.run('UNWIND range(1, 50000000) AS x RETURN collect(x) AS xs', {}));
    expect(err).toMatchObject({ code: 'TOO_LARGE' });
    expect((err as GraphError).message).toMatch(/\(256 MB\)/);
    expect((await pool.run('RETURN 3 AS three', {})).rows).toEqual([{ three: 3 }]);
  });
});

describe('a worker that dies', () => {
  // About a second on this landscape: long enough to be killed while it runs.
  const slow = "MATCH (a:Segment), (b), (c), (d) WHERE a.name_en + b.name_en + c.name_en + d.name_en <> '' RETURN count(*) AS n";
  let expected: number;
  beforeAll(async () => {
    const pool = new KuzuQueryPool(dbPath);
    try {
      const [segments, nodes] = await Promise.all([
        pool.run('MATCH (s:Segment) RETURN count(s) AS n', {}),
        pool.run('MATCH (n) RETURN count(n) AS n', {}),
      ]);
      expected = Number(segments.rows[0]!.n) * Number(nodes.rows[0]!.n) ** 3;
    } finally {
      await pool.close();
    }
  });

  /** The pid of the worker running `query`, once one is and it is not `not`. */
  async function runningOn(pool: KuzuQueryPool, query: string, not?: number): Promise<number> {
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
      const pid = pool.pidRunning(query);
      if (pid !== undefined && pid !== not) return pid;
    }
    throw new Error(`no worker ran ${query}`);
  }

  it('runs the query it was running again on another worker, and the client gets its answer', async () => {
    const pool = new KuzuQueryPool(dbPath, { ...defaultPoolOptions, timeoutMs: 20_000 });
    try {
      await pool.run('RETURN 0 AS warm', {});
      const answer = pool.run(slow, {});
      const first = await runningOn(pool, slow);
      await new Promise((r) => setTimeout(r, 200));
      // What the kernel's out-of-memory killer or an administrator would do to a worker.
      process.kill(first, 'SIGKILL');
      const again = await runningOn(pool, slow, first);
      expect(again).not.toBe(first);
      expect((await answer).rows).toEqual([{ n: expected }]);
      expect(pool.retries).toBe(1);
      // The killed worker was replaced: the pool is as big as before.
      expect(pool.starts).toBe(defaultPoolOptions.workers + 1);
      expect(pool.workerPids).not.toContain(first);
      expect((await pool.run('RETURN 3 AS three', {})).rows).toEqual([{ three: 3 }]);
    } finally {
      await pool.close();
    }
  });

  it('answers every query of a busy pool while its workers are killed', async () => {
    const pool = new KuzuQueryPool(dbPath);
    try {
      await pool.run('RETURN 0 AS warm', {});
      const queries = Array.from({ length: 30 }, (_, i) => pool.run(`MATCH (p:Provider) RETURN count(p) + ${i} AS n`, {}));
      const victims = pool.workerPids;
      for (const pid of victims) process.kill(pid, 'SIGKILL');
      const rows = await Promise.all(queries);
      expect(rows.map((r) => r.rows[0]!.n)).toEqual(Array.from({ length: 30 }, (_, i) => 6 + i));
      expect(pool.workerPids.some((pid) => victims.includes(pid))).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it('answers 503 UNAVAILABLE naming the cause when the query stops a second worker too, and goes on serving', async () => {
    const pool = new KuzuQueryPool(dbPath, { ...defaultPoolOptions, timeoutMs: 20_000 });
    try {
      await pool.run('RETURN 0 AS warm', {});
      const answer = failure(pool.run(slow, {}));
      const first = await runningOn(pool, slow);
      process.kill(first, 'SIGKILL');
      const second = await runningOn(pool, slow, first);
      process.kill(second, 'SIGKILL');
      const err = await answer;
      expect(err).toMatchObject({ code: 'UNAVAILABLE' });
      expect(err?.message).toBe('the query stopped two query workers in a row (the last killed by SIGKILL) and was not run again; the query service itself is running');
      expect((await pool.run('RETURN 4 AS four', {})).rows).toEqual([{ four: 4 }]);
    } finally {
      await pool.close();
    }
  });

  it('answers 413 TOO_LARGE when the query runs a second worker out of memory too', async () => {
    // A JavaScript heap of 32 MB and no row or byte cap: 3,000 rows of 100 KB strings exhaust it.
    const pool = new KuzuQueryPool(dbPath, { ...defaultPoolOptions, heapMb: 32, maxRows: 1e9, maxBytes: 1e12 });
    try {
      await pool.run('RETURN 0 AS warm', {});
      const starts = pool.starts;
      const err = await failure(pool.run("UNWIND range(1, 3000) AS x RETURN x, rpad('', 100000, 'x') AS pad", {}));
      expect(err).toMatchObject({ code: 'TOO_LARGE' });
      expect(err?.message).toBe(
        `the query needs more memory than an ad-hoc query may use (a worker's JavaScript heap of 32 MB): it ran two query workers out of memory ("Reached heap limit") and was not run again`,
      );
      expect(pool.retries).toBe(1);
      expect(pool.starts).toBe(starts + 2);
      expect((await pool.run('RETURN 5 AS five', {})).rows).toEqual([{ five: 5 }]);
    } finally {
      await pool.close();
    }
  });
});

describe("a worker's memory", () => {
  it('stays flat over thousands of queries, two thousand of them never seen before', async () => {
    // The engine keeps memory for every statement prepared on a connection until the connection closes
    // (28 KB a prepare on LadybugDB 0.19): without the worker replacing its connections, this grew a worker by a third.
    const pool = new KuzuQueryPool(dbPath, { ...defaultPoolOptions, workers: 1 });
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pool.workerPid}/status`, 'utf8'))![1]) / 1024;
    const query = (i: number) =>
      i % 2 ? `MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment) WHERE r.rank <= ${i % 7} RETURN p, r, s LIMIT ${i}` : 'MATCH (s:Segment) RETURN s.name_en ORDER BY s.size_2023 DESC';
    const batch = async (from: number, to: number) => {
      for (let i = from; i < to; i += 4) await Promise.all([0, 1, 2, 3].map((k) => pool.run(query(i + k), {})));
    };
    try {
      await batch(0, 2_000);
      const warm = rss();
      await batch(2_000, 6_000);
      expect(rss()).toBeLessThan(warm * 1.15);
      expect(pool.starts).toBe(1);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
