import fs from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../../graph/seed/files';
import { applyStatements, createKuzuSchema, isStale, seedKuzu } from '../../../graph/seed/loader';
import { SeedError } from '../../../graph/seed/parse';
import { KuzuStore } from '../../../graph/stores/kuzu';
import { seedCopy, tempConfig, tempDir } from '../../helpers';

async function exportOf(file: string) {
  const store = new KuzuStore(file);
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
    expect(report).toMatchObject({ rebuilt: true, nodes: seeds.graph.nodes.length, edges: seeds.graph.edges.length });
    expect(byId(graph.nodes)).toEqual(byId(seeds.graph.nodes));
    expect(byId(graph.edges)).toEqual(byId(seeds.graph.edges));
  });

  it('is idempotent: applying every seed statement twice gives the same graph', async () => {
    const seeds = readSeeds(tempConfig().cypherDir);
    const file = path.join(tempDir(), 'twice.kuzu');
    const applyAll = async () => {
      const db = new kuzu.Database(file);
      const conn = new kuzu.Connection(db);
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
    const db = new kuzu.Database(path.join(tempDir(), 'rollback.kuzu'));
    const conn = new kuzu.Connection(db);
    await createKuzuSchema(conn);
    const bad = { file: 'cypher/99-bad.cypher', line: 7, text: "MATCH (n:Provider {id: 'the-group'}) SET n.not_in_model = 1" };
    const err = await applyStatements(conn, [...seeds.statements, bad]).catch((e: unknown) => e);
    expect((err as SeedError).problems[0]).toMatch(/^cypher\/99-bad\.cypher:7: Binder exception: Cannot find property not_in_model/);
    const res = await conn.query('MATCH (n) RETURN count(n) AS c');
    expect(await (Array.isArray(res) ? res[0]! : res).getAll()).toEqual([{ c: 0 }]);
  });
});
