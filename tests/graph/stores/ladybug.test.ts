import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedKuzu } from '../../../graph/seed/loader';
import { LadybugStore } from '../../../graph/stores/ladybug';
import { tempConfig } from '../../helpers';

let store: LadybugStore;
beforeAll(async () => {
  const config = tempConfig();
  await seedKuzu(config);
  store = new LadybugStore(config.kuzuPath);
});
afterAll(() => store?.close());

describe('relationships in query results', () => {
  it('name their ends by node id even when the first rows hold none', async () => {
    const { rows } = await store.query(
      'MATCH (p:Provider) OPTIONAL MATCH (p)-[r:LISTED_ON]->(:Exchange) RETURN p.id AS id, r ORDER BY id DESC',
    );
    expect(rows[0]).toEqual({ id: 'the-group', r: null });
    const listed = rows.find((row) => row.id === 'competitor-d')!.r as { source: string; target: string };
    expect(listed).toMatchObject({ source: 'competitor-d', target: 'nasdaq-gsm' });
  });
});
