// The synthetic landscape generator: deterministic, valid against the model,
// consistent figures, documented sizes and skewed degrees.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditGraph } from '../../../graph/audit/checks';
import { approximateSize, generateLandscape, nodeCountsFor, SYNTHETIC_SECTION } from '../../../graph/generate/landscape';
import { writeLandscape, type GeneratedFormat } from '../../../graph/generate/write';
import { figureKeys, nodeId, nodeSchemas, relSchemas, validateEdge, validateNode, type GraphDocument, type NodeLabel, type RelType } from '../../../graph/model';
import { readBulk } from '../../../graph/seed/bulk';
import { readSeeds } from '../../../graph/seed/files';
import { tempDir } from '../../helpers';

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function written(providers: number, seed: number, format: GeneratedFormat): Map<string, Buffer> {
  const dir = tempDir('lg-gen-');
  writeLandscape(generateLandscape({ providers, seed }), dir, { format, providers, seed });
  return new Map(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function degrees(doc: GraphDocument, label: NodeLabel, type?: RelType): number[] {
  const deg = new Map(doc.nodes.filter((n) => n.labels[0] === label).map((n) => [n.id, 0]));
  for (const e of doc.edges) {
    if (type && e.type !== type) continue;
    for (const end of [e.source, e.target]) if (deg.has(end)) deg.set(end, deg.get(end)! + 1);
  }
  return [...deg.values()];
}

describe('a generated landscape is deterministic', () => {
  it.each(['cypher', 'bulk'] as const)('writes byte-identical %s files for the same seed', (format) => {
    const a = written(120, 42, format);
    const b = written(120, 42, format);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [f, bytes] of a) expect(bytes.equals(b.get(f)!), f).toBe(true);
  });

  it('writes different files for a different seed', () => {
    const a = written(120, 42, 'bulk');
    const b = written(120, 43, 'bulk');
    expect(a.get('nodes-Provider.csv')!.equals(b.get('nodes-Provider.csv')!)).toBe(false);
    expect(a.get('rels-RANKED_IN-Provider-Segment.csv')!.equals(b.get('rels-RANKED_IN-Provider-Segment.csv')!)).toBe(false);
  });
});

describe('a generated landscape follows the model', () => {
  const doc = generateLandscape({ providers: 300, seed: 7 });
  const labelOf = new Map(doc.nodes.map((n) => [n.id, n.labels[0]]));

  it('validates every node and relationship against the zod model, with unique, well-formed ids', () => {
    const problems = [
      ...doc.nodes.flatMap((n) => validateNode(n).map((p) => `${n.id}: ${p}`)),
      ...doc.edges.flatMap((e) => validateEdge(e, (id) => labelOf.get(id)).map((p) => `${e.id}: ${p}`)),
    ];
    expect(problems).toEqual([]);
    expect(new Set(doc.nodes.map((n) => n.id)).size).toBe(doc.nodes.length);
    expect(new Set(doc.edges.map((e) => e.id)).size).toBe(doc.edges.length);
    expect(doc.nodes.filter((n) => !nodeId.safeParse(n.id).success)).toEqual([]);
  });

  it('names and summarises every node in English and Chinese and puts sourceSection on every element with a figure', () => {
    const missing = doc.nodes.filter((n) => ['name_en', 'name_zh', 'summary_en', 'summary_zh'].some((k) => !n.properties[k]));
    expect(missing).toEqual([]);
    expect(doc.nodes.filter((n) => !/\p{Script=Han}/u.test(String(n.properties.summary_zh)))).toEqual([]);
    const withFigures = [
      ...doc.nodes.filter((n) => figureKeys(nodeSchemas[n.labels[0] as NodeLabel].shape).some((k) => n.properties[k] !== undefined)),
      ...doc.edges.filter((e) => figureKeys(relSchemas[e.type as RelType].props.shape).some((k) => e.properties[k] !== undefined)),
    ];
    expect(withFigures.length).toBeGreaterThan(doc.nodes.length);
    expect(withFigures.filter((el) => el.properties.sourceSection !== SYNTHETIC_SECTION)).toEqual([]);
  });

  it('writes Cypher seed files that pass the seed checks and define exactly the generated graph', () => {
    const dir = tempDir('lg-gen-');
    writeLandscape(doc, dir, { format: 'cypher', providers: 300, seed: 7 });
    const seeds = readSeeds(dir);
    expect(byId(seeds.graph.nodes)).toEqual(byId(doc.nodes));
    expect(byId(seeds.graph.edges)).toEqual(byId(doc.edges));
  });

  it('writes a bulk directory that passes the bulk checks with the generated counts', () => {
    const dir = tempDir('lg-gen-');
    writeLandscape(doc, dir, { format: 'bulk', providers: 300, seed: 7 });
    expect(readBulk(dir)).toMatchObject({ nodes: doc.nodes.length, edges: doc.edges.length });
  });

  it('has consistent figures: every check of the audit passes (top-5 totals, shares, market totals, CAGRs, shares of parents)', () => {
    const checks = auditGraph(doc);
    expect(checks.filter((c) => /top-5 revenue/.test(c.check)).length).toBe(nodeCountsFor(300).Ranking);
    expect(checks.length).toBeGreaterThan(1000);
    expect(checks.filter((c) => !c.pass)).toEqual([]);
  });

  it('ranks providers in order of revenue, from 1, with the ranking totals of ranks 1 to 5', () => {
    const bySegment = new Map<string, GraphDocument['edges']>();
    for (const e of doc.edges.filter((x) => x.type === 'RANKED_IN')) bySegment.set(e.target, [...(bySegment.get(e.target) ?? []), e]);
    for (const ranked of bySegment.values()) {
      const sorted = [...ranked].sort((a, b) => (a.properties.rank as number) - (b.properties.rank as number));
      expect(sorted.map((e) => e.properties.rank)).toEqual(sorted.map((_, i) => i + 1));
      const revenues = sorted.map((e) => e.properties.revenue as number);
      expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    }
  });

  it('grows segments into a PART_OF forest whose roots are markets', () => {
    const parentOf = new Map(doc.edges.filter((e) => e.type === 'PART_OF' && e.source.startsWith('segment-')).map((e) => [e.source, e.target]));
    const segments = doc.nodes.filter((n) => n.labels[0] === 'Segment');
    for (const s of segments) expect(s.properties.level).toBe(parentOf.has(s.id) ? 'sub-market' : 'market');
    for (const s of segments) {
      let depth = 0;
      for (let at = s.id; parentOf.has(at); at = parentOf.get(at)!) expect(++depth).toBeLessThan(10);
    }
  });
});

describe('the size of a generated landscape', () => {
  it.each([100, 500, 2000])('with %i providers has the documented node counts and about 5 relationships per node', (providers) => {
    const doc = generateLandscape({ providers, seed: 1 });
    const counts: Record<string, number> = {};
    for (const n of doc.nodes) counts[n.labels[0]!] = (counts[n.labels[0]!] ?? 0) + 1;
    expect(counts).toEqual(nodeCountsFor(providers));
    expect(doc.nodes.length).toBe(approximateSize(providers).nodes);
    expect(doc.nodes.length / providers).toBeGreaterThan(1.95);
    expect(doc.nodes.length / providers).toBeLessThan(2.2);
    expect(doc.edges.length / doc.nodes.length).toBeGreaterThan(4.5);
    expect(doc.edges.length / doc.nodes.length).toBeLessThan(5.5);
  });

  it('refuses fewer than 10 providers and seeds outside 32 bits', () => {
    expect(() => generateLandscape({ providers: 9, seed: 1 })).toThrow(/--providers must be a whole number ≥ 10/);
    expect(() => generateLandscape({ providers: 10, seed: -1 })).toThrow(/--seed/);
  });
});

describe('the degrees of a generated landscape are skewed', () => {
  const doc = generateLandscape({ providers: 1000, seed: 3 });

  it('ranks a few providers in many segments and most in one or two', () => {
    const ranked = degrees(doc, 'Provider', 'RANKED_IN');
    expect(median(ranked)).toBeLessThanOrEqual(3);
    expect(Math.max(...ranked)).toBeGreaterThanOrEqual(5 * median(ranked));
    expect(Math.min(...ranked)).toBeGreaterThanOrEqual(1);
  });

  it('gives the best-connected provider at least 5 times the median degree over all relationships', () => {
    const all = degrees(doc, 'Provider');
    expect(Math.max(...all)).toBeGreaterThanOrEqual(5 * median(all));
  });

  it('lets big segments attract more providers than small ones', () => {
    const perSegment = degrees(doc, 'Segment', 'RANKED_IN');
    expect(Math.max(...perSegment)).toBeGreaterThanOrEqual(5 * median(perSegment));
  });
});
