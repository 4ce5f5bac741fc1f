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

describe("the store's memory", () => {
  // The engine keeps memory for every statement prepared on a connection until it is closed (75 KB for each
  // of the counts /api/health asked for on every request): the store keeps its statements and replaces its
  // connection, so neither repeated nor new query texts grow the process.
  const rssMb = () => process.memoryUsage().rss / 2 ** 20;
  const count = async (q: string) => Number((await store.query(q)).rows[0]!.c);

  it('stays flat over thousands of repeated queries and of queries never seen before', async () => {
    for (let i = 0; i < 300; i++) await count('MATCH ()-[r]->() RETURN count(r) AS c');
    const warm = rssMb();
    for (let i = 0; i < 3_000; i++) expect(await count(i % 2 ? 'MATCH ()-[r]->() RETURN count(r) AS c' : 'MATCH (n) RETURN count(n) AS c')).toBe(i % 2 ? 230 : 119);
    for (let i = 0; i < 1_500; i++) await store.query(`MATCH (p:Provider) WHERE p.founded > ${i} RETURN p.id`);
    expect(rssMb() - warm).toBeLessThan(40);
  }, 60_000);

  it('reads the counts once: the file is open read-only', async () => {
    expect(await store.counts()).toEqual({ nodes: 119, edges: 230 });
    expect(store.counts()).toBe(store.counts());
  });
});
