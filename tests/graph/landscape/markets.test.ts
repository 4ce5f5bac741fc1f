// Market figures for /markets, read from real Kuzu: only what the text
// states (2023 and 2028E), with each figure's source heading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketFigures, marketShares, type MarketFigures } from '../../../graph/landscape/markets';
import { seedKuzu } from '../../../graph/seed/loader';
import { LadybugStore } from '../../../graph/stores/ladybug';
import { tempConfig } from '../../helpers';

let kuzu: LadybugStore;
let sizes: MarketFigures[];

beforeAll(async () => {
  const config = tempConfig();
  await seedKuzu(config);
  kuzu = new LadybugStore(config.kuzuPath);
  sizes = await marketFigures(kuzu);
});
afterAll(() => kuzu.close());

const byId = (id: string) => sizes.find((m) => m.id === id);

describe('market figures', () => {
  it('gives the sizes and CAGRs the text states, with their headings', () => {
    expect(byId('av-cloud')).toMatchObject({ size_2023: 91.5, size_2028e: 240.5, cagr_2023_2028e: 21.3, unit: 'RMB bn', level: 'market', sourceSection: '中國音視頻雲服務市場規模' });
    expect(byId('av-apaas')).toMatchObject({ size_2023: 2, size_2028e: 14.4, cagr_2023_2028e: 48.6, penetration_2023: 5.2, penetration_2028e: 12.1 });
    expect(byId('av-paas')).toMatchObject({ size_2023: 22.9, size_2028e: null, cagr_2023_2028e: null, sourceSection: '競爭格局' });
    // The 2028E size of the audio/video market is not in the text: it is not derived from its CAGR.
    expect(byId('av-market')).toMatchObject({ size_2023: 1400, size_2028e: null, cagr_2023_2028e: 21.8 });
  });

  it('leaves out markets without any stated size', () => {
    expect(byId('av-saas')).toBeUndefined();
    expect(byId('av-mpaas')).toBeUndefined();
    expect(sizes.map((m) => m.id).sort()).toEqual(
      ['av-apaas', 'av-cdn', 'av-cloud', 'av-market', 'av-object-storage', 'av-paas', 'av-private-paas', 'av-public-paas', 'av-server-hardware', 'cloud-market'].sort(),
    );
  });

  it('gives the stated shares of parent markets', async () => {
    const shares = await marketShares(kuzu);
    expect(shares.find((s) => s.partId === 'av-paas')).toMatchObject({ wholeId: 'av-cloud', share_2023: 24.9, share_2028e: 32.3 });
    expect(shares.find((s) => s.partId === 'av-cloud')).toMatchObject({ wholeId: 'cloud-market', share_2023: 17.8, share_2028e: 19 });
    expect(shares).toHaveLength(4);
  });
});
