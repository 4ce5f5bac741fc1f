// The comparison table, on the landscape the seed files define.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRows, compareTable, parseIds, type NodeAnswer } from '../../../app/compare/compare';
import { compareStrings } from '../../../app/compare/strings';
import { modelUnits } from '../../../app/units';
import type { GraphDocument } from '../../../graph/model';
import { seedKuzu } from '../../../graph/seed/loader';
import { openStore } from '../../../graph/stores';
import { tempConfig } from '../../helpers';

let doc: GraphDocument;
beforeAll(async () => {
  const config = tempConfig();
  await seedKuzu(config);
  const store = await openStore(config);
  doc = await store.exportGraph();
  await store.close();
});

/** What /api/nodes/:id answers for a node: the node and each relationship with the node at its other end. */
function answer(id: string): NodeAnswer {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  return {
    node: byId.get(id)!,
    neighbours: doc.edges.filter((e) => e.source === id || e.target === id).map((edge) => ({ edge, node: byId.get(edge.source === id ? edge.target : edge.source)! })),
  };
}

const en = compareStrings.en;
const cell = (rows: ReturnType<typeof compareRows>, key: string) => rows.find((r) => r.key === key)?.cells;

describe('comparing the Group and Competitor A', () => {
  it('gives both ranks, revenues and shares in each market either is ranked in, with the year and the source heading', () => {
    const rows = compareRows([answer('the-group'), answer('competitor-a')], modelUnits(), 'en', en);
    expect(cell(rows, 'av-apaas:rank')?.map((c) => c?.text)).toEqual(['#2 (2023)', '#3 (2023)']);
    expect(cell(rows, 'av-apaas:share')?.[0]).toEqual({ text: '14.1% (2023)', source: '競爭格局' });
    expect(cell(rows, 'av-paas:revenue')?.[0]).toEqual({ text: '1.33 RMB bn (2023)', source: '競爭格局' });
    expect(rows.filter((r) => r.group === 'markets').map((r) => r.key)).toEqual(['av-apaas:rank', 'av-apaas:revenue', 'av-apaas:share', 'av-paas:rank', 'av-paas:revenue', 'av-paas:share']);
  });

  it('says what sets them apart: independence, corporate status, listings, layers and roles', () => {
    const rows = compareRows([answer('the-group'), answer('competitor-a')], modelUnits(), 'en', en);
    expect(cell(rows, 'independent')?.map((c) => c?.text)).toEqual(['yes', 'no']);
    expect(cell(rows, 'corporate_status')?.[1]?.text).toBe('subsidiary of a listed company');
    expect(cell(rows, 'listing')?.[1]?.text).toMatch(/New York Stock Exchange \(primary, 2014\)/);
    expect(cell(rows, 'layers')?.[0]?.text.split('; ').sort()).toEqual(['APaaS', 'PaaS (platform as a service)']);
  });

  it('leaves a fact the document does not state empty, and the CSV says "not stated"', () => {
    const providers = [answer('the-group'), answer('competitor-e')];
    const rows = compareRows(providers, modelUnits(), 'en', en);
    // Competitor E offers APaaS only and is ranked in no PaaS figure the text states.
    const paas = cell(rows, 'av-paas:share');
    expect(paas?.[0]?.text).toBe('5.8% (2023)');
    expect(paas?.[1]).toBeUndefined();
    const csv = compareTable(providers, rows, 'en', en);
    expect(csv[0]).toEqual(['Fact', 'the Group', 'the Group · Source', 'Competitor E', 'Competitor E · Source']);
    const paasShare = csv[1 + rows.findIndex((r) => r.key === 'av-paas:share')]!;
    expect(paasShare.slice(1)).toEqual(['5.8% (2023)', '競爭格局', 'not stated', '']);
  });

  it('speaks Chinese', () => {
    const rows = compareRows([answer('the-group'), answer('competitor-a')], modelUnits(), 'zh', compareStrings.zh);
    expect(cell(rows, 'independent')?.map((c) => c?.text)).toEqual(['是', '否']);
    expect(rows.find((r) => r.key === 'av-apaas:share')?.fact).toMatch(/：份額$/);
  });
});

describe('the providers of a URL', () => {
  it('are read from ?ids=, each once, at most six', () => {
    expect(parseIds('the-group, competitor-a,the-group')).toEqual(['the-group', 'competitor-a']);
    expect(parseIds('a,b,c,d,e,f,g')).toHaveLength(6);
    expect(parseIds(undefined)).toEqual([]);
  });
});
