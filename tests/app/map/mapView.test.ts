// The market map's drawing data and its SVG export, on the landscape the seed files define.
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellOf, filterCell, mapSvg } from '../../../app/map/mapView';
import { mapStrings } from '../../../app/map/strings';
import { readMarketMap, type MarketMap } from '../../../graph/landscape/market-map';
import { seedKuzu } from '../../../graph/seed/loader';
import { openStore } from '../../../graph/stores';
import { tempConfig } from '../../helpers';

let map: MarketMap;
beforeAll(async () => {
  const config = tempConfig();
  await seedKuzu(config);
  const store = await openStore(config);
  map = await readMarketMap(store);
  await store.close();
});

describe('the market map', () => {
  it('keeps the independent providers of a cell, or the others, as the filter says', () => {
    const paas = cellOf(map, 'paas', 'av-cloud')!;
    expect(filterCell(paas, 'independent').map((p) => p.id)).toEqual(['the-group', 'competitor-d']);
    expect(filterCell(paas, 'non-independent').map((p) => p.id)).toEqual(['competitor-a', 'competitor-b', 'competitor-c']);
    expect(filterCell(paas, 'all')).toHaveLength(5);
  });

  it('exports as a well-formed SVG with every layer, the providers and their shares, in the chosen language', () => {
    const en = mapSvg(map, 'en', 'all', mapStrings.en);
    expect(XMLValidator.validate(en)).toBe(true);
    for (const text of ['IaaS (infrastructure as a service)', 'Zero-code APaaS platform', '✓ the Group 14.1% (2023)', '✗ Competitor A 17.0% (2023)', 'none stated']) expect(en).toContain(text);
    const zh = mapSvg(map, 'zh', 'independent', mapStrings.zh);
    expect(XMLValidator.validate(zh)).toBe(true);
    expect(zh).toContain('✓ 本集團 5.8%（2023年）');
    expect(zh).not.toContain('競爭對手A');
  });
});
