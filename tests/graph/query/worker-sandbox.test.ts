// What the ad-hoc query worker itself bounds when a query reaches it without
// the gate (graph/query/gate.ts refuses every one of these first; the security
// corpus checks that through the API): on LadybugDB's read-only handle, under
// the worker's OS limits (graph/query/kuzu-pool.ts: `prlimit --fsize=0 --as`,
// `unshare -n`). Reads of files the process may read are not among them: the
// gate is what refuses LOAD FROM, and this spec states it so that nobody takes
// the worker for a file-read sandbox.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/errors';
import { admit } from '../../../graph/query/gate';
import { KuzuQueryPool, defaultPoolOptions } from '../../../graph/query/kuzu-pool';
import { seedKuzu } from '../../../graph/seed/loader';
import { tempConfig, tempDir } from '../../helpers';

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as GraphError);
const config = tempConfig();
let pool: KuzuQueryPool;
let out: string;
let before: { name: string; sha256: string }[];

/** Each file of the data directory with a hash of its bytes (comparing 4 MB Buffers element-wise takes the matcher a minute). */
const dataFiles = () =>
  fs.readdirSync(config.dataDir).sort().map((name) => ({ name, sha256: createHash('sha256').update(fs.readFileSync(path.join(config.dataDir, name))).digest('hex') }));
/** Bytes under `dir` (0 when it does not exist). */
const bytesUnder = (dir: string): number =>
  !fs.existsSync(dir) ? 0 : fs.statSync(dir).isFile() ? fs.statSync(dir).size : fs.readdirSync(dir).reduce((a, f) => a + bytesUnder(path.join(dir, f)), 0);

beforeAll(async () => {
  await seedKuzu(config);
  before = dataFiles();
  out = tempDir('lg-sandbox-out-');
  pool = new KuzuQueryPool(config.kuzuPath, { ...defaultPoolOptions, timeoutMs: 5_000 });
});
afterAll(async () => {
  await pool?.close();
  fs.rmSync(out, { recursive: true, force: true });
});

describe('a query that bypassed the gate, in the worker on LadybugDB', () => {
  it('cannot write to the database: the handle is read-only', async () => {
    const err = await failure(pool.run("CREATE (:Technology {id: 'sneaked-in', name_en: 'x', name_zh: 'x'})", {}));
    expect(err?.message).toMatch(/read-only database/);
  });

  it('cannot write a file: COPY … TO and EXPORT DATABASE fail on the file-size limit of 0 and leave no bytes', async () => {
    const csv = path.join(out, 'copied.csv');
    const copy = await failure(pool.run(`COPY (MATCH (p:Provider) RETURN p.id) TO '${csv}'`, {}));
    expect(copy?.message).toMatch(/File too large/);
    const exported = path.join(out, 'export');
    const exp = await failure(pool.run(`EXPORT DATABASE '${exported}'`, {}));
    expect(exp?.message).toMatch(/File too large/);
    expect(bytesUnder(out)).toBe(0);
  });

  it('cannot reach the network: INSTALL of an extension fails to connect', async () => {
    expect(pool.isolated).toBe(true);
    const err = await failure(pool.run('INSTALL httpfs', {}));
    expect(err?.message).toMatch(/Could not establish connection|Failed to download/);
  });

  it('stays within its address-space limit: a query that would need more memory gets TOO_LARGE', async () => {
    const err = await failure(pool.run('UNWIND range(1, 400000000) AS x WITH collect(x) AS xs RETURN size(xs)', {}));
    expect(err).toMatchObject({ code: 'TOO_LARGE' });
    expect((await pool.run('RETURN 1 AS one', {})).rows).toEqual([{ one: 1 }]);
  });

  it('can read a file the process may read (LOAD FROM): only the gate stops that', async () => {
    const file = path.join(os.tmpdir(), `lg-sandbox-readable-${process.pid}.csv`);
    fs.writeFileSync(file, 'secret\n');
    try {
      const query = `LOAD FROM '${file}' (file_format='csv', header=false) RETURN *`;
      expect((await pool.run(query, {})).rows).toEqual([{ column0: 'secret' }]);
      // The gate refuses it (Neo4j's grammar has no LOAD FROM: a SYNTAX error at FROM).
      expect(() => admit(query)).toThrow(GraphError);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('left the data directory as it was, byte for byte', () => {
    expect(dataFiles()).toEqual(before);
  });
});
