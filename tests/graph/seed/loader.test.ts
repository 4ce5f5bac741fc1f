import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../graph/config';
import { generateLandscape } from '../../../graph/generate/landscape';
import { writeLandscape } from '../../../graph/generate/write';
import { readSeeds } from '../../../graph/seed/files';
import { applyStatements, buildingPath, createKuzuSchema, embeddedEngineLabel, isStale, removeStaleBuilds, seedKuzu } from '../../../graph/seed/loader';
import { SeedError } from '../../../graph/seed/parse';
import { LadybugStore } from '../../../graph/stores/ladybug';
import { repoRoot, seedCopy, tempConfig, tempDir } from '../../helpers';
import { npmRun } from '../cli/cli';

async function exportOf(file: string) {
  const store = new LadybugStore(file);
  try {
    return await store.exportGraph();
  } finally {
    await store.close();
  }
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('seeding the embedded database', () => {
  it('loads exactly the graph the seed files define', async () => {
    const config = tempConfig();
    const report = await seedKuzu(config);
    const seeds = readSeeds(config.cypherDir);
    const graph = await exportOf(config.kuzuPath);
    expect(report).toMatchObject({ rebuilt: true, nodes: seeds.graph.nodes.length, edges: seeds.graph.edges.length, engine: embeddedEngineLabel });
    // The whole graph is in the file itself: no write-ahead log was left beside it (nor moved away from it).
    expect(path.basename(config.kuzuPath)).toBe('landscape.lbug');
    expect(fs.readdirSync(config.dataDir).sort()).toEqual(['landscape.lbug', 'seed.json']);
    expect(byId(graph.nodes)).toEqual(byId(seeds.graph.nodes));
    expect(byId(graph.edges)).toEqual(byId(seeds.graph.edges));
  });

  it('is idempotent: applying every seed statement twice gives the same graph', async () => {
    const seeds = readSeeds(tempConfig().cypherDir);
    const file = path.join(tempDir(), 'twice.lbug');
    const applyAll = async () => {
      const db = new lbug.Database(file);
      const conn = new lbug.Connection(db);
      await createKuzuSchema(conn);
      await applyStatements(conn, seeds.statements);
      await conn.close();
      await db.close();
    };
    await applyAll();
    const once = await exportOf(file);
    await applyAll();
    expect(await exportOf(file)).toEqual(once);
  });

  it('rebuilds only when the seeds change, and a second seed of unchanged files does nothing', async () => {
    const config = tempConfig(seedCopy());
    expect(isStale(config)).toBe(true);
    await seedKuzu(config);
    expect(isStale(config)).toBe(false);
    expect((await seedKuzu(config)).rebuilt).toBe(false);
    const first = fs.readdirSync(config.cypherDir).find((f) => f.endsWith('.cypher'))!;
    fs.appendFileSync(path.join(config.cypherDir, first), '\n// a comment changes the checksum\n');
    expect(isStale(config)).toBe(true);
  });

  it('rebuilds when the file was built by another engine or version, whose file may not open', async () => {
    const config = tempConfig();
    await seedKuzu(config);
    const record = path.join(config.dataDir, 'seed.json');
    const meta = JSON.parse(fs.readFileSync(record, 'utf8')) as { engine: string };
    expect(meta.engine).toBe(embeddedEngineLabel);
    fs.writeFileSync(record, JSON.stringify({ ...meta, engine: 'ladybugdb 0.18.3' }));
    expect(isStale(config)).toBe(true);
    expect((await seedKuzu(config)).rebuilt).toBe(true);
    expect(isStale(config)).toBe(false);
  });

  it('starts on a data directory of the Kuzu days: seeds landscape.lbug beside landscape.kuzu, then removes the Kuzu files', async () => {
    const config = tempConfig();
    const dir = config.dataDir;
    // What Kuzu 0.11.3 left: its database (LadybugDB cannot open it), a WAL, a killed build, and a seed record
    // of the same seeds, whose checksum alone would call the database up to date.
    const checksum = readSeeds(config.cypherDir).checksum;
    fs.writeFileSync(path.join(dir, 'landscape.kuzu'), 'a Kuzu 0.11.3 database');
    fs.writeFileSync(path.join(dir, 'landscape.kuzu.wal'), 'its log');
    fs.writeFileSync(buildingPath(path.join(dir, 'landscape.kuzu'), await deadPid()), 'a killed build');
    fs.writeFileSync(path.join(dir, 'seed.json'), JSON.stringify({ checksum, nodes: 119, edges: 230, engine: 'kuzu 0.11.3', seededAt: '2026-10-01T00:00:00.000Z' }));
    expect(isStale(config)).toBe(true);
    const report = await seedKuzu(config);
    expect(report).toMatchObject({ rebuilt: true, nodes: 119, edges: 230, engine: embeddedEngineLabel });
    expect(fs.readdirSync(dir).sort()).toEqual(['landscape.lbug', 'seed.json']);
    const store = new LadybugStore(config.kuzuPath);
    try {
      expect(await store.counts()).toEqual({ nodes: 119, edges: 230 });
    } finally {
      await store.close();
    }
  });
});

describe('a failing seed leaves the previous database as it was', () => {
  it('reports a duplicate id as file:line and does not touch the database', async () => {
    const config = tempConfig(seedCopy());
    await seedKuzu(config);
    const before = await exportOf(config.kuzuPath);
    const bytes = fs.readFileSync(config.kuzuPath);
    const last = fs.readdirSync(config.cypherDir).filter((f) => f.endsWith('.cypher')).sort().at(-1)!;
    const file = path.join(config.cypherDir, last);
    const lines = fs.readFileSync(file, 'utf8').split('\n').length;
    fs.appendFileSync(file, "\nMERGE (n:Provider {id: 'the-group'}) SET n.name_en = 'again', n.name_zh = '重複', n.independent = true;\n");
    const err = await seedKuzu(config, { force: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedError);
    expect((err as SeedError).problems).toEqual([
      expect.stringMatching(new RegExp(`${last}:${lines + 1}: duplicate id 'the-group' \\(first defined at .*05-providers\\.cypher:\\d+\\)`)),
    ]);
    expect(fs.readFileSync(config.kuzuPath).equals(bytes)).toBe(true);
    expect(await exportOf(config.kuzuPath)).toEqual(before);
  });

  it('rolls back every statement of a load when the database rejects one, naming its file and line', async () => {
    const config = tempConfig();
    const seeds = readSeeds(config.cypherDir);
    const db = new lbug.Database(path.join(tempDir(), 'rollback.lbug'));
    const conn = new lbug.Connection(db);
    await createKuzuSchema(conn);
    const bad = { file: 'cypher/99-bad.cypher', line: 7, text: "MATCH (n:Provider {id: 'the-group'}) SET n.not_in_model = 1" };
    const err = await applyStatements(conn, [...seeds.statements, bad]).catch((e: unknown) => e);
    expect((err as SeedError).problems[0]).toMatch(/^cypher\/99-bad\.cypher:7: Binder exception: Cannot find property not_in_model/);
    const res = await conn.query('MATCH (n) RETURN count(n) AS c');
    expect(await (Array.isArray(res) ? res[0]! : res).getAll()).toEqual([{ c: 0 }]);
  });
});

/** Polls `probe` every few milliseconds until it returns something, or fails after `ms`. */
async function waitFor<T>(what: string, ms: number, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('a seed killed in the middle of a build leaves no debris', () => {
  it('keeps the previous database, and the next seed removes the killed build\'s files but never a running process\'s', { timeout: 300_000 }, async () => {
    // 5,000 providers (9,991 nodes, 49,761 relationships): the build takes
    // about a second here and its checkpoint half of it, long enough to be
    // caught every time.
    const landscape = tempDir('lg-gen-');
    const doc = generateLandscape({ providers: 5000, seed: 1 });
    writeLandscape(doc, landscape, { format: 'bulk', providers: 5000, seed: 1 });
    const env = { LANDSCAPE_DATA_DIR: tempDir('lg-killed-'), LANDSCAPE_CYPHER_DIR: landscape, NEO4J_URI: '' };
    const config = loadConfig(env);
    const dir = config.dataDir;
    await seedKuzu(config);
    const database = fs.readFileSync(config.kuzuPath);
    const record = fs.readFileSync(path.join(dir, 'seed.json'), 'utf8');

    // npm run seed, killed with SIGKILL while LadybugDB checkpoints the loaded
    // graph into the building file (which grows to 23 MB), beside the log being
    // checkpointed (its WAL renamed to .wal.checkpoint), the shadow file and
    // the checkpoint's two lock files.
    const seed = spawn('npm', ['run', '--silent', 'seed'], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
    const exited = new Promise((resolve) => seed.once('exit', resolve));
    const size = (f: string) => fs.statSync(path.join(dir, f), { throwIfNoEntry: false })?.size ?? 0;
    let building: string;
    try {
      building = await waitFor('the seed to checkpoint its build', 120_000, () => {
        if (seed.exitCode !== null) throw new Error('the seed finished before it could be killed');
        const file = fs.readdirSync(dir).find((f) => /^landscape\.lbug\.building-\d+$/.test(f));
        return file && size(`${file}.wal.checkpoint`) > 0 && size(file) > 1 << 20 && fs.existsSync(path.join(dir, `${file}.shadow`)) ? file : undefined;
      });
    } catch (err) {
      if (seed.exitCode === null) process.kill(-seed.pid!, 'SIGKILL');
      throw err;
    }
    // The pid in the name is the process writing the file: the seed itself, under npm and tsx.
    process.kill(Number(building.split('-').at(-1)), 'SIGKILL');
    await exited;

    const debris = fs.readdirSync(dir).filter((f) => f.startsWith(building));
    expect(debris).toEqual(expect.arrayContaining([building, `${building}.wal.checkpoint`, `${building}.shadow`]));
    expect(size(building)).toBeGreaterThan(1 << 20);
    expect(debris.every((f) => /^landscape\.lbug\.building-\d+(\.wal|\.wal\.checkpoint|\.shadow|\.tmp|\.checkpoint\.(intent|apply)\.lock)?$/.test(f))).toBe(true);
    expect(fs.readFileSync(config.kuzuPath).equals(database)).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'seed.json'), 'utf8')).toBe(record);

    // Builds of processes that are running: a sleeping child and this test's own process.
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)'], { stdio: 'ignore' });
    try {
      const live = [buildingPath(config.kuzuPath, sleeper.pid!), buildingPath(config.kuzuPath, process.pid)];
      for (const f of live) {
        fs.writeFileSync(f, 'a build in progress');
        fs.writeFileSync(`${f}.wal`, 'its log');
      }

      const next = npmRun(['seed'], env);
      expect(next.stderr).toBe('');
      expect(next.status).toBe(0);
      expect(next.stdout).toMatch(`seeded ${doc.nodes.length} nodes and ${doc.edges.length} relationships into ${config.kuzuPath}`);
      expect(fs.readdirSync(dir).filter((f) => f.includes('.building-')).sort()).toEqual(
        live.flatMap((f) => [path.basename(f), `${path.basename(f)}.wal`]).sort(),
      );
      for (const f of live) expect(fs.readFileSync(f, 'utf8')).toBe('a build in progress');
      for (const f of live) for (const g of [f, `${f}.wal`]) fs.rmSync(g);
    } finally {
      sleeper.kill('SIGKILL');
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['landscape.lbug', 'seed.json']);

    const store = new LadybugStore(config.kuzuPath);
    try {
      expect(await store.counts()).toMatchObject({ nodes: doc.nodes.length, edges: doc.edges.length });
    } finally {
      await store.close();
    }
    // 50 MB: not left in the temp directory once it has passed.
    for (const d of [landscape, dir]) fs.rmSync(d, { recursive: true, force: true });
  });

  it('removes only the builds of processes that are gone, and only of its own database', async () => {
    const config = tempConfig();
    const dir = path.dirname(config.kuzuPath);
    const gone = await deadPid();
    const sideFiles = ['.wal', '.wal.checkpoint', '.shadow', '.tmp', '.checkpoint.intent.lock', '.checkpoint.apply.lock'];
    const stale = [buildingPath(config.kuzuPath, gone), ...sideFiles.map((s) => buildingPath(config.kuzuPath, gone) + s)];
    const kept = [
      buildingPath(config.kuzuPath, process.pid),
      `${buildingPath(config.kuzuPath, process.pid)}.wal`,
      buildingPath(path.join(dir, 'other.lbug'), gone),
      `${buildingPath(config.kuzuPath, gone)}.notes`,
      `${buildingPath(config.kuzuPath, gone)}.wal.notes`,
      `${config.kuzuPath}.building-old`,
    ];
    for (const f of [...stale, ...kept]) fs.writeFileSync(f, '');
    expect(removeStaleBuilds(config.kuzuPath).sort()).toEqual(stale.map((f) => path.basename(f)).sort());
    expect(fs.readdirSync(dir).sort()).toEqual(kept.map((f) => path.basename(f)).sort());
    expect(removeStaleBuilds(path.join(tempDir(), 'missing', 'landscape.lbug'))).toEqual([]);
  });

  it('cleans up also when the database is up to date and nothing is rebuilt, as `npm start` seeds', async () => {
    const config = tempConfig();
    await seedKuzu(config);
    const gone = buildingPath(config.kuzuPath, await deadPid());
    for (const f of [gone, `${gone}.wal`]) fs.writeFileSync(f, '');
    expect((await seedKuzu(config)).rebuilt).toBe(false);
    expect(fs.readdirSync(config.dataDir).sort()).toEqual(['landscape.lbug', 'seed.json']);
  });
});
