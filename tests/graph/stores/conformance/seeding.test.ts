// Seeding, on every engine: the graph is exactly what the seed files define,
// seeding twice changes nothing, and a seed that fails — whether the static
// checks refuse it or the engine itself does — names its file and line and
// leaves the previous graph as it was.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SeedError } from '../../../../graph/seed/parse';
import { installedLadybugVersion, testEngines } from '../../../engines';
import { brokenSeeds, engineFixture } from './engine';
import { expectedDocument, expectedJson, seeds } from './expected';

async function seedFailure(p: Promise<unknown>): Promise<SeedError> {
  const err = await p.then(
    () => new Error('the seed was expected to fail'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SeedError);
  return err as SeedError;
}

/** Renames the Group in a seed copy: if the failed load had left anything behind, the name would show it. */
const renameTheGroup = (dir: string) => {
  const file = path.join(dir, '05-providers.cypher');
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain("n.name_en = 'the Group'");
  fs.writeFileSync(file, text.replace("n.name_en = 'the Group'", "n.name_en = 'Renamed by a failed seed'"));
};

/** Parsed and checked fine, but no engine accepts `\u` without four hex digits. */
const engineRejected = String.raw`MERGE (n:Provider {id: 'broken-escape'}) SET n.name_en = 'a\u12', n.name_zh = 'x', n.independent = true;`;

/** How each engine words its refusal of `engineRejected`, after the file:line the loader puts in front. */
const engineWording = {
  ladybugdb: /^Parser exception: Invalid input/,
  neo4j: /expected four hexadecimal digits .*\(Neo\.ClientError\.Statement\.SyntaxError\)$/,
};

describe.each(testEngines())('seeding %s', (engine) => {
  const fx = engineFixture(engine);
  beforeAll(() => fx.seed());

  const exported = () => fx.withStore(async (s) => JSON.stringify(await s.exportGraph()) + '\n');
  const groupName = () =>
    fx.withStore(async (s) => (await s.query("MATCH (p:Provider {id: 'the-group'}) RETURN p.name_en AS name")).rows);

  it('loads exactly the graph the seed files define: 119 nodes and 230 relationships', async () => {
    const report = await fx.seed();
    expect(report).toMatchObject({ rebuilt: true, nodes: 119, edges: 230, checksum: seeds.checksum, format: 'cypher' });
    if (engine === 'ladybugdb') expect(report.engine).toBe(`ladybugdb ${installedLadybugVersion()}`);
    else expect(report.engine).toMatch(/^neo4j 5\.\d+/);
    expect({ nodes: seeds.graph.nodes.length, edges: seeds.graph.edges.length }).toEqual({ nodes: 119, edges: 230 });
    await fx.withStore(async (store) => {
      expect(await store.counts()).toEqual({ nodes: 119, edges: 230 });
      expect(await store.exportGraph()).toEqual(expectedDocument);
    });
  });

  it('gives the same graph when seeded twice', async () => {
    const once = await exported();
    expect(once).toBe(expectedJson);
    const again = await fx.seed();
    expect(again).toMatchObject({ rebuilt: true, nodes: 119, edges: 230 });
    expect(await exported()).toBe(once);
    await fx.withStore(async (store) => expect(await store.counts()).toEqual({ nodes: 119, edges: 230 }));
  });

  it('skips seeding when the seed files have not changed since the last seed', async () => {
    const report = await fx.seed(undefined, {});
    expect(report).toMatchObject({ rebuilt: false, nodes: 119, edges: 230, checksum: seeds.checksum });
  });

  it('refuses a seed file the checks reject, naming its file and line, and keeps the previous graph', async () => {
    const before = await exported();
    const bad = brokenSeeds('09-apaas-history.cypher', "MERGE (n:Milestone {id: 'broken'}) SET n.name_en = ;", renameTheGroup);
    const err = await seedFailure(fx.seed(bad.dir));
    expect(err.problems).toEqual([`${bad.path}:${bad.line}: value of name_en must be a string, number or boolean literal, found ""`]);
    expect(await exported()).toBe(before);
    expect(await groupName()).toEqual([{ name: 'the Group' }]);
  });

  it('refuses a figure without the source section it comes from, before loading anything', async () => {
    const before = await exported();
    const bad = brokenSeeds('09-apaas-history.cypher', "MERGE (n:Milestone {id: 'unsourced'}) SET n.name_en = 'x', n.name_zh = 'x', n.year = 2024;", renameTheGroup);
    const err = await seedFailure(fx.seed(bad.dir));
    expect(err.problems).toEqual([`${bad.path}:${bad.line}: Milestone 'unsourced': carries figures (year) but has no sourceSection`]);
    expect(await exported()).toBe(before);
    expect(await groupName()).toEqual([{ name: 'the Group' }]);
  });

  it(`rolls back a seed that ${engine} itself rejects, naming its file and line, and keeps the previous graph`, async () => {
    const before = await exported();
    const bad = brokenSeeds('09-apaas-history.cypher', engineRejected, renameTheGroup);
    const err = await seedFailure(fx.seed(bad.dir));
    expect(err.problems).toHaveLength(1);
    const [problem] = err.problems as [string];
    const prefix = `${bad.path}:${bad.line}: `;
    expect(problem.startsWith(prefix), problem).toBe(true);
    expect(problem.slice(prefix.length)).toMatch(engineWording[engine]);
    // The statements before the broken one ran (the Group was renamed) and were undone with it.
    expect(await exported()).toBe(before);
    expect(await groupName()).toEqual([{ name: 'the Group' }]);
    await fx.withStore(async (store) => expect(await store.counts()).toEqual({ nodes: 119, edges: 230 }));
  });
});
