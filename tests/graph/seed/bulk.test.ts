// Seeding from a bulk directory (bulk.json + CSV files) through Kuzu's COPY
// FROM: the same graph as the Cypher seed path, the same checks before
// anything is loaded, the same build-beside-and-swap.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../graph/config';
import { generateLandscape } from '../../../graph/generate/landscape';
import { writeLandscape } from '../../../graph/generate/write';
import type { GraphDocument } from '../../../graph/model';
import { csvCell, nodeColumns, parseCsvLine, writeBulk, type BulkSet } from '../../../graph/seed/bulk';
import { buildKuzuBulk, isStale, seedKuzu } from '../../../graph/seed/loader';
import { SeedError } from '../../../graph/seed/parse';
import { LadybugStore } from '../../../graph/stores/ladybug';
import { tempDir } from '../../helpers';

async function exportOf(file: string) {
  const store = new LadybugStore(file);
  try {
    return await store.exportGraph();
  } finally {
    await store.close();
  }
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const configFor = (cypherDir: string): Config => loadConfig({ LANDSCAPE_DATA_DIR: tempDir('lg-data-'), LANDSCAPE_CYPHER_DIR: cypherDir });

function copyDir(from: string): string {
  const to = tempDir('lg-bulk-');
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(to, f));
  return to;
}

/** Sets one cell of a CSV file (line as an editor numbers it, column by header name). */
function editCell(file: string, line: number, column: string, value: string) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const cells = parseCsvLine(lines[line - 1]!) as string[];
  cells[header.indexOf(column)] = value;
  lines[line - 1] = cells.map(csvCell).join(',');
  fs.writeFileSync(file, lines.join('\n'));
}

async function failure(p: Promise<unknown>): Promise<SeedError> {
  const err = await p.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SeedError);
  return err as SeedError;
}

// A 1k-node landscape for the comparison with the Cypher path; a smaller one
// (216 nodes, about 1,000 relationships) where only the checks matter.
const providers = 500;
const doc = generateLandscape({ providers, seed: 11 });
const smallDir = tempDir('lg-bulk-');
writeLandscape(generateLandscape({ providers: 100, seed: 11 }), smallDir, { format: 'bulk', providers: 100, seed: 11 });

describe('seeding from a bulk directory', () => {
  it('loads a 1k-node landscape with exactly the generated counts and the same export as its Cypher seed files', async () => {
    const [bulkDir, cypherDir] = [tempDir('lg-bulk-'), tempDir('lg-cypher-')];
    writeLandscape(doc, bulkDir, { format: 'bulk', providers, seed: 11 });
    writeLandscape(doc, cypherDir, { format: 'cypher', providers, seed: 11 });
    const bulk = configFor(bulkDir);
    const cypher = configFor(cypherDir);
    const report = await seedKuzu(bulk);
    expect(report).toMatchObject({ rebuilt: true, format: 'bulk', nodes: doc.nodes.length, edges: doc.edges.length });
    expect(doc.nodes.length).toBeGreaterThan(1000);
    expect(await seedKuzu(cypher)).toMatchObject({ format: 'cypher', nodes: doc.nodes.length, edges: doc.edges.length });
    const fromBulk = await exportOf(bulk.kuzuPath);
    expect(fromBulk).toEqual(await exportOf(cypher.kuzuPath));
    expect(byId(fromBulk.nodes)).toEqual(byId(doc.nodes));
    expect(byId(fromBulk.edges)).toEqual(byId(doc.edges));
  });

  it('writes the seed record and rebuilds only when a bulk file changes', async () => {
    const dir = copyDir(smallDir);
    const config = configFor(dir);
    expect(isStale(config)).toBe(true);
    const first = await seedKuzu(config);
    expect(JSON.parse(fs.readFileSync(path.join(config.dataDir, 'seed.json'), 'utf8'))).toMatchObject({ checksum: first.checksum, nodes: first.nodes });
    expect(isStale(config)).toBe(false);
    expect((await seedKuzu(config)).rebuilt).toBe(false);
    editCell(path.join(dir, 'nodes-Provider.csv'), 2, 'name_en', 'Renamed Cloud');
    expect(isStale(config)).toBe(true);
    const second = await seedKuzu(config);
    expect(second.checksum).not.toBe(first.checksum);
    const renamed = (await exportOf(config.kuzuPath)).nodes.find((n) => n.id === 'provider-1');
    expect(renamed?.properties.name_en).toBe('Renamed Cloud');
  });

  it('keeps values that CSV must quote exactly: commas, double quotes, backslashes, surrounding spaces, Chinese', async () => {
    const tricky = ['a, b', 'say "hi"', 'back\\slash\\', ' padded ', '中文，標點「引號」', "it's", '"', ','];
    const small: GraphDocument = {
      nodes: tricky.map((name, i) => ({ id: `t-${i}`, labels: ['Technology'], properties: { id: `t-${i}`, name_en: name, name_zh: name } })),
      edges: [],
    };
    const dir = tempDir('lg-bulk-');
    writeBulk(small, dir);
    const config = configFor(dir);
    await seedKuzu(config);
    expect(byId((await exportOf(config.kuzuPath)).nodes)).toEqual(byId(small.nodes));
  });

  it('refuses a directory that holds both bulk.json and .cypher seed files', async () => {
    const dir = copyDir(smallDir);
    fs.writeFileSync(path.join(dir, '01-x.cypher'), '');
    const err = await failure(seedKuzu(configFor(dir)));
    expect(err.problems).toEqual([`${dir}: holds both bulk.json and .cypher seed files; keep one kind per directory`]);
  });
});

describe('a broken bulk directory is reported as file:line and leaves the previous database untouched', () => {
  let config: Config;
  let before: GraphDocument;
  let bytes: Buffer;

  beforeAll(async () => {
    config = configFor(copyDir(smallDir));
    await seedKuzu(config);
    before = await exportOf(config.kuzuPath);
    bytes = fs.readFileSync(config.kuzuPath);
  });

  /** Breaks a fresh copy of the bulk directory, seeds it into the seeded database and returns the problems. */
  async function problemsAfter(breakIt: (dir: string) => void): Promise<string[]> {
    const dir = copyDir(smallDir);
    breakIt(dir);
    const err = await failure(seedKuzu({ ...config, cypherDir: dir }, { force: true }));
    expect(fs.readFileSync(config.kuzuPath).equals(bytes)).toBe(true);
    expect(await exportOf(config.kuzuPath)).toEqual(before);
    expect(fs.readdirSync(config.dataDir).filter((f) => f.includes('building'))).toEqual([]);
    return err.problems.map((p) => p.replaceAll(`${dir}${path.sep}`, ''));
  }

  it('a value of the wrong type', async () => {
    expect(await problemsAfter((dir) => editCell(path.join(dir, 'nodes-Provider.csv'), 5, 'founded', 'nineteen'))).toEqual([
      'nodes-Provider.csv:5: Provider.founded must be INT64, found "nineteen"',
    ]);
  });

  it('a value the model refuses: an enum outside its choices, a year out of range', async () => {
    const problems = await problemsAfter((dir) => {
      editCell(path.join(dir, 'nodes-Segment.csv'), 3, 'level', 'planet');
      editCell(path.join(dir, 'rels-RANKED_IN-Provider-Segment.csv'), 7, 'year', '1066');
    });
    expect(problems).toEqual([
      expect.stringMatching(/^nodes-Segment\.csv:3: Segment 'segment-2': level: /),
      expect.stringMatching(/^rels-RANKED_IN-Provider-Segment\.csv:7: RANKED_IN:provider-\d+->segment-\d+: year: Too small/),
    ]);
  });

  it('a figure without a sourceSection', async () => {
    expect(await problemsAfter((dir) => editCell(path.join(dir, 'nodes-Ranking.csv'), 2, 'sourceSection', ''))).toEqual([
      expect.stringMatching(/^nodes-Ranking\.csv:2: Ranking 'ranking-segment-1-2023': carries figures \(year, top5_revenue, top5_share, market_total\) but has no sourceSection$/),
    ]);
  });

  it('a relationship to an id that no node file defines, or to a node of another label', async () => {
    const problems = await problemsAfter((dir) => {
      editCell(path.join(dir, 'rels-OFFERS-Provider-Layer.csv'), 2, 'to', 'layer-nope');
      editCell(path.join(dir, 'rels-OFFERS-Provider-Layer.csv'), 3, 'to', 'segment-1');
    });
    expect(problems).toEqual([
      "rels-OFFERS-Provider-Layer.csv:2: Layer 'layer-nope' is not defined in the node files",
      "rels-OFFERS-Provider-Layer.csv:3: 'segment-1' is a Segment, not a Layer",
    ]);
  });

  it('an id defined twice, even under two labels', async () => {
    const problems = await problemsAfter((dir) => editCell(path.join(dir, 'nodes-Technology.csv'), 2, 'id', 'provider-1'));
    expect(problems[0]).toBe("nodes-Technology.csv:2: duplicate id 'provider-1' (first defined at nodes-Provider.csv:2)");
    // what pointed at the technology whose id was overwritten now points at nothing
    expect(problems.slice(1)).toEqual(problems.slice(1).map(() => expect.stringMatching(/^rels-INVOLVES-Factor-Technology\.csv:\d+: Technology 'technology-1' is not defined in the node files$/)));
    expect(problems.length).toBeGreaterThan(1);
  });

  it('a header that is not the model’s columns in order, and a row with too few values', async () => {
    const problems = await problemsAfter((dir) => {
      const file = path.join(dir, 'rels-SUPPLIES-ValueChainRole-ValueChainRole.csv');
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      fs.writeFileSync(file, [lines[0]!.split(',').reverse().join(','), ...lines.slice(1)].join('\n'));
      fs.appendFileSync(path.join(dir, 'nodes-Layer.csv'), 'layer-extra,Extra\n');
    });
    expect(problems).toEqual([
      'nodes-Layer.csv:9: 2 values, the header has 7',
      'rels-SUPPLIES-ValueChainRole-ValueChainRole.csv:1: the header must be the model\'s columns in order: from,to,sourceSection,flow,via_en,via_zh',
      'rels-SUPPLIES-ValueChainRole-ValueChainRole.csv: 0 rows, but bulk.json says 3',
    ]);
  });

  it('a row count that disagrees with bulk.json', async () => {
    const problems = await problemsAfter((dir) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'bulk.json'), 'utf8')) as { nodes: { rows: number }[] };
      manifest.nodes[0]!.rows += 1;
      fs.writeFileSync(path.join(dir, 'bulk.json'), JSON.stringify(manifest));
    });
    expect(problems).toEqual(['nodes-Provider.csv: 100 rows, but bulk.json says 101']);
  });

  it('a manifest that names an unknown label, a pair the model does not allow, or a missing file', async () => {
    const problems = await problemsAfter((dir) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'bulk.json'), 'utf8')) as {
        nodes: { label: string; file: string }[];
        relationships: { from: string; to: string; type: string }[];
      };
      manifest.nodes[0]!.label = 'Planet';
      manifest.relationships.find((r) => r.type === 'OFFERS')!.to = 'Segment';
      fs.rmSync(path.join(dir, manifest.nodes[1]!.file));
      fs.writeFileSync(path.join(dir, 'bulk.json'), JSON.stringify(manifest));
    });
    expect(problems).toEqual([
      expect.stringMatching(/^.*bulk\.json: unknown label "Planet" \(the model has Provider, Segment, /),
      expect.stringMatching(/^.*bulk\.json: nodes-Segment\.csv not found in /),
      expect.stringMatching(/^.*bulk\.json: OFFERS may not connect Provider to Segment$/),
    ]);
  });
});

describe('a row that Kuzu itself refuses during COPY', () => {
  it('is reported at its file and line, and no database is left behind', async () => {
    // The checks would catch this row first; a hand-made set goes straight to COPY.
    const dir = tempDir('lg-bulk-');
    const file = path.join(dir, 'nodes-Provider.csv');
    const columns = nodeColumns('Provider');
    const row = columns.map((c) => ({ id: 'p1', name_en: 'P', name_zh: '提', independent: 'true', founded: 'abc' })[c] ?? '');
    fs.writeFileSync(file, `${columns.join(',')}\n${row.join(',')}\n`);
    const set: BulkSet = { dir, entries: [{ kind: 'node', label: 'Provider', file: 'nodes-Provider.csv', path: file, rows: 1 }], nodes: 1, edges: 0, checksum: 'x' };
    const target = path.join(tempDir('lg-data-'), 'landscape.lbug');
    const err = await failure(buildKuzuBulk(set, target));
    expect(err.problems).toEqual([expect.stringMatching(new RegExp(`^${file}:2: Conversion exception: .*"abc".*INT64`))]);
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });
});

describe('CSV cells of the bulk format', () => {
  it('quotes only what needs quoting and reads back every value', () => {
    const values = ['plain', 'a, b', 'say "hi"', ' padded', 'trail ', 'back\\slash', '中文', "it's", ''];
    const line = values.map(csvCell).join(',');
    expect(line).toBe('plain,"a, b","say ""hi"""," padded","trail ",back\\slash,中文,it\'s,');
    expect(parseCsvLine(line)).toEqual(values);
  });

  it('refuses a value with a line break and reports an unclosed quote', () => {
    expect(() => csvCell('two\nlines')).toThrow(/may not contain a line break/);
    expect(parseCsvLine('a,"open')).toEqual({ error: 'a quoted value is not closed on its line' });
    expect(parseCsvLine('"closed"x,b')).toEqual({ error: 'unexpected "x" after a quoted value' });
  });
});
