// The market map (layers × markets, the providers in each cell) as the store
// gives it, on every engine: the same portable reads answer the same map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMarketMap, type MarketMap } from '../../../../graph/landscape/market-map';
import type { GraphStore } from '../../../../graph/stores/types';
import { testEngines } from '../../../engines';
import { engineFixture } from './engine';

describe.each(testEngines())('the market map on %s', (engine) => {
  const fx = engineFixture(engine);
  let store: GraphStore;
  let map: MarketMap;
  beforeAll(async () => {
    await fx.seed();
    store = await fx.open();
    map = await readMarketMap(store);
  });
  afterAll(() => store?.close());

  const cell = (layer: string) => map.cells.find((c) => c.layer === layer && c.market === 'av-cloud')!;

  it('has the service layers as rows, PaaS with MPaaS and APaaS (zero- and low-code) below it, and the audio/video cloud market as its column', () => {
    expect(map.layers.map((l) => `${l.depth}:${l.id}`)).toEqual(['0:iaas', '0:paas', '1:mpaas', '1:apaas', '2:apaas-zero-code', '2:apaas-low-code', '0:saas']);
    expect(map.markets.map((m) => m.id)).toEqual(['av-cloud']);
    expect(map.cells).toHaveLength(7);
  });

  it('places the five ranked providers of each market with their 2023 shares, largest first, independence marked', () => {
    expect(cell('paas').providers.map((p) => [p.id, p.share, p.independent])).toEqual([
      ['competitor-a', 17, false],
      ['competitor-b', 6.4, false],
      ['the-group', 5.8, true],
      ['competitor-c', 5.7, false],
      ['competitor-d', 4.3, true],
    ]);
    expect(cell('apaas').providers.map((p) => p.id)).toEqual(['competitor-b', 'the-group', 'competitor-a', 'competitor-c', 'competitor-e']);
    expect(cell('apaas').providers[1]).toMatchObject({ share: 14.1, year: 2023, source: '競爭格局' });
    expect(cell('apaas').segment).toBe('av-apaas');
  });

  it('leaves a cell empty where the document places no provider, never inventing one', () => {
    for (const layer of ['iaas', 'mpaas', 'apaas-zero-code', 'apaas-low-code', 'saas']) expect(cell(layer).providers).toEqual([]);
  });
});
