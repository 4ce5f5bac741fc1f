// `npm run export` on every engine, run as a user runs it: each format is
// byte for byte the document computed from the seed files alone, so the
// engines print identical bytes. The exported seed file loads back into the
// same graph.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCypher } from '../../../../graph/export/cypher';
import { toGraphML } from '../../../../graph/export/graphml';
import { graphDocumentSchema } from '../../../../graph/model';
import { testEngines } from '../../../engines';
import { tempDir } from '../../../helpers';
import { engineFixture, realSeeds } from './engine';
import { expectedDocument, expectedJson } from './expected';

const expected = { json: expectedJson, graphml: toGraphML(expectedDocument), cypher: toCypher(expectedDocument) };

describe.each(testEngines())('npm run export on %s', (engine) => {
  const fx = engineFixture(engine);
  beforeAll(() => fx.seed());

  it('prints exactly the seed files\' graph with --format json: one JSON document, sorted by id, properties in the model\'s order', async () => {
    const res = await fx.npm(['export', '--', '--format', 'json']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(expected.json);
  });

  it('exports the figures a reader of the document would look for', async () => {
    const res = await fx.npm(['export', '--', '--format', 'json']);
    const doc = graphDocumentSchema.parse(JSON.parse(res.stdout));
    expect([doc.nodes.length, doc.edges.length]).toEqual([119, 230]);
    expect(doc.nodes[0]!.id).toBe('5g');
    expect(doc.nodes.find((n) => n.id === 'the-group')).toEqual({
      id: 'the-group',
      labels: ['Provider'],
      properties: expect.objectContaining({ name_en: 'the Group', name_zh: '本集團', independent: true, corporate_status: 'issuer', sourceSection: '競爭格局' }),
    });
    expect(doc.edges.find((e) => e.id === 'RANKED_IN:competitor-a->av-paas')).toEqual({
      id: 'RANKED_IN:competitor-a->av-paas',
      type: 'RANKED_IN',
      source: 'competitor-a',
      target: 'av-paas',
      properties: { sourceSection: '競爭格局', year: 2023, rank: 1, revenue: 3.89, revenue_unit: 'RMB bn', share: 17 },
    });
    // A property the seeds leave unset is absent, not null.
    expect(doc.nodes.find((n) => n.id === 'av-paas')!.properties).not.toHaveProperty('size_2028e');
  });

  it.each(['graphml', 'cypher'] as const)('prints exactly the seed files\' graph with --format %s', async (format) => {
    const res = await fx.npm(['export', '--', '--format', format]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(expected[format]);
  });

  it('writes the same bytes to a file with --out', async () => {
    const out = path.join(tempDir('lg-conformance-out-'), 'landscape.json');
    const res = await fx.npm(['export', '--', '--format', 'json', '--out', out]);
    expect(res).toMatchObject({ status: 0, stdout: '' });
    expect(res.stderr).toBe(`wrote ${out}\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe(expected.json);
  });

  it('gives the document the store\'s exportGraph returns, which is what the API serves', async () => {
    const doc = await fx.withStore((store) => store.exportGraph());
    expect(JSON.stringify(doc) + '\n').toBe(expected.json);
  });

  it('seeds the same graph again from its --format cypher output', async () => {
    const dir = tempDir('lg-conformance-reseed-');
    expect((await fx.npm(['export', '--', '--format', 'cypher', '--out', path.join(dir, '01-export.cypher')])).status).toBe(0);
    const report = await fx.seed(dir);
    expect(report).toMatchObject({ rebuilt: true, nodes: 119, edges: 230 });
    expect(JSON.stringify(await fx.withStore((store) => store.exportGraph())) + '\n').toBe(expected.json);
    await fx.seed(realSeeds);
  });
});
