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

  it('stops a query at the timeout with TIMEOUT, then answers the next one', async () => {
    const err = await failure(pool.run('MATCH (a), (b), (c), (d), (e), (f) WHERE a.name_en + b.name_en + c.name_en + d.name_en + e.name_en + f.name_en = \'x\' RETURN count(*)', {}));
    expect(err).toMatchObject({ code: 'TIMEOUT', message: 'the query did not finish within 1500 ms and was stopped' });
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

describe('a worker that dies', () => {
  it('answers UNAVAILABLE for the query it was running and serves the next query from a new worker', async () => {
    const pool = new KuzuQueryPool(dbPath, { ...defaultPoolOptions, timeoutMs: 20_000 });
    try {
      await pool.run('RETURN 0 AS warm', {});
      const slow = failure(pool.run("MATCH (a), (b), (c), (d), (e), (f) WHERE a.name_en + b.name_en + c.name_en + d.name_en + e.name_en + f.name_en = 'x' RETURN count(*)", {}));
      await new Promise((r) => setTimeout(r, 300));
      // What the kernel's out-of-memory killer would do to a worker over its limit.
      process.kill(pool.workerPid!, 'SIGKILL');
      const err = await slow;
      expect(err).toMatchObject({ code: 'UNAVAILABLE' });
      expect((err as GraphError).message).toMatch(/a new query worker is starting/);
      expect((await pool.run('RETURN 3 AS three', {})).rows).toEqual([{ three: 3 }]);
      expect(pool.starts).toBe(2);
    } finally {
      await pool.close();
    }
  });
});
