// The explorer's views answered by the store (graph/landscape/service.ts over
// ViewReads, graph/stores/*-views.ts) on every engine: the same answers as the
// in-memory Landscape gives for the seeds' graph (computed from the seed files,
// no database), for views capped at many sizes and filtered every way, nodes,
// neighbour pages, search in English and Chinese (exact, prefix, one typo),
// the schema's counts and the value chain's and audit's parts of the graph;
// and the same on a generated landscape with hubs of hundreds of relationships,
// where capping reads the ranking in chunks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueChainOf } from '../../../../app/value-chain/valueChain';
import { auditGraph } from '../../../../graph/audit/checks';
import { capped } from '../../../../graph/landscape/cap';
import { schemaOf } from '../../../../graph/landscape/schema';
import { readAudit } from '../../../../graph/landscape/audit';
import { LandscapeService } from '../../../../graph/landscape/service';
import { Landscape, type LandscapeFilters } from '../../../../graph/landscape/view';
import type { GraphStore } from '../../../../graph/stores/types';
import { generateLandscape } from '../../../../graph/generate/landscape';
import { writeLandscape } from '../../../../graph/generate/write';
import { testEngines } from '../../../engines';
import { tempDir } from '../../../helpers';
import { engineFixture } from './engine';
import { expectedDocument } from './expected';

const memory = new Landscape(expectedDocument);
const hub = 'av-paas';

describe.each(testEngines())('the views on %s', (engine) => {
  const fx = engineFixture(engine);
  let store: GraphStore;
  let views: LandscapeService;
  beforeAll(async () => {
    await fx.seed();
    store = await fx.open();
    views = new LandscapeService(store);
  });
  afterAll(() => store?.close());

  describe('GET /api/graph', () => {
    it('gives the whole landscape when it fits, in the export order', async () => {
      expect(await views.view({}, 20_000)).toEqual(memory.view({}, 20_000));
    });

    it('caps at every size as the in-memory view does: most connected first, each with its relationships to those before it', async () => {
      for (const max of [1, 2, 5, 10, 30, 60, 100, 200, 300, 348, 349]) {
        expect(await views.view({}, max), `max ${max}`).toEqual(memory.view({}, max));
      }
    });

    it('caps the same after a bigger cap, which tells it how much of the ranking to read', async () => {
      const after = new LandscapeService(store);
      for (const max of [300, 299, 120, 60, 59, 7, 1, 2]) {
        expect(await after.view({ independent: false }, max), `max ${max}`).toEqual(memory.view({ independent: false }, max));
        expect(await after.view({}, max), `max ${max}`).toEqual(memory.view({}, max));
      }
    });

    it('filters by independence, segment, layer and text, alone and combined, capped or not', async () => {
      const filters: LandscapeFilters[] = [
        { independent: true },
        { independent: false },
        { segment: 'av-apaas' },
        { segment: hub, independent: false },
        { layer: 'apaas' },
        { layer: 'paas', q: 'cloud' },
        { q: 'CDN' },
        { q: '競爭對手' },
        { segment: 'nobody' },
      ];
      for (const f of filters) {
        for (const max of [20_000, 40, 7]) expect(await views.view(f, max), `${JSON.stringify(f)} max ${max}`).toEqual(memory.view(f, max));
      }
    });
  });

  describe('GET /api/nodes/:id and its neighbour pages', () => {
    it('gives a node with its provenance and every relationship with the node at the other end', async () => {
      for (const id of ['competitor-a', hub, 'the-group', 'iaas']) {
        const answer = await views.node(id);
        const node = memory.byId.get(id)!;
        expect(answer).toEqual({
          node,
          provenance: { sourceSection: node.properties.sourceSection ?? null },
          neighbours: memory.edgesOf(id).map((edge) => ({ edge, node: memory.byId.get(edge.source === id ? edge.target : edge.source) })),
        });
      }
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      await expect(views.node('nobody')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no node with id "nobody"' });
      await expect(views.neighbours('nobody', 10)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('pages a hub\'s relationships, the most connected neighbours first, as the in-memory view does', async () => {
      const total = memory.edgesOf(hub).length;
      for (const limit of [1, 5, 1000]) {
        for (let offset = 0; offset <= total; offset += limit) {
          expect(await views.neighbours(hub, limit, offset), `limit ${limit} offset ${offset}`).toEqual(memory.neighbours(hub, limit, offset));
        }
      }
    });
  });

  describe('GET /api/search', () => {
    const queries = ['本集團', '競爭對手', 'APaaS', 'apaas', 'the group', 'Competitor', 'compe', 'cloud', 'CDN', 'Compettor', 'clod', 'PaaS', '雲', 'iaas'];

    it('finds what the in-memory search finds, in the same order: exact, whole word, prefix, one typo, in English and Chinese', async () => {
      for (const q of queries) {
        // Substrings inside a word are the in-memory search's extra (score 40); an index of words may not find them.
        const expected = memory.search(q, 20);
        const got = await views.search(q, 20);
        const words = (hits: typeof got) => hits.filter((h) => h.score !== 40);
        expect(words(got), q).toEqual(words(expected));
        for (const h of got) expect(expected, q).toContainEqual(h);
      }
    });

    it('ranks an exact match first, and a word with one typo still finds it', async () => {
      expect((await views.search('本集團', 3))[0]).toEqual({ id: 'the-group', label: 'Provider', name_en: 'the Group', name_zh: '本集團', score: 100 });
      expect((await views.search('Compettor', 20)).map((h) => h.id)).toEqual(expect.arrayContaining(['competitor-a', 'competitor-e']));
      expect(await views.search('   ', 20)).toEqual([]);
    });
  });

  describe('the schema and the parts of the graph the pages read', () => {
    it('counts each label and relationship type from the store', async () => {
      expect(await views.schema()).toEqual(schemaOf(expectedDocument));
    });

    it('reads the value chain with at most N providers at each role and layer, and how many there are, as the whole graph gives it', async () => {
      const part = await views.valueChain(100);
      expect(valueChainOf(part.doc, 100, part.totals)).toEqual(valueChainOf(expectedDocument));
      const small = await views.valueChain(2);
      expect(valueChainOf(small.doc, 2, small.totals)).toEqual(valueChainOf(expectedDocument, 2));
      expect(small.doc.nodes.length).toBeLessThan(expectedDocument.nodes.length);
    });

    it('reads the audit a part at a time: its counts, and its first flagged then passed checks, as the whole graph gives them', async () => {
      const all = auditGraph(expectedDocument);
      const flagged = all.filter((c) => !c.pass);
      expect(flagged.length).toBeGreaterThan(0);
      const whole = { total: all.length, passed: all.length - flagged.length, flagged: flagged.length };
      expect(await views.audit(1_000)).toEqual({ ...whole, items: [...flagged, ...all.filter((c) => c.pass)] });
      expect(await views.audit(3)).toEqual({ ...whole, items: [...flagged, ...all.filter((c) => c.pass)].slice(0, 3) });
      // One ranking a page: the same checks in the same order.
      expect(await readAudit(store, 1_000, 1)).toEqual(await views.audit(1_000));
    });
  });

  describe('the cache of answers', () => {
    it('prepares every read of the views at start without keeping an answer, and answers the same after', async () => {
      const fresh = new LandscapeService(store);
      await fresh.prepare();
      expect(fresh.cache.size).toEqual({ entries: 0, elements: 0 });
      expect(await fresh.neighbours('av-paas', 100)).toEqual(memory.neighbours('av-paas', 100));
    });

    it('answers a repeated view from the cache, and a new service (a reseed\'s) reads the store again', async () => {
      const fresh = new LandscapeService(store);
      await fresh.view({}, 60);
      const misses = fresh.cache.misses;
      expect(await fresh.view({}, 60)).toEqual(memory.view({}, 60));
      expect(fresh.cache).toMatchObject({ misses, hits: 1 });
      expect(new LandscapeService(store).cache).toMatchObject({ hits: 0, misses: 0 });
    });
  });

  // Last: it replaces the landscape (on Neo4j, the one database the suite's files share; each seeds its own first).
  describe('on a generated landscape with hubs', () => {
    const generated = generateLandscape({ providers: 300, seed: 7 });
    // In the export's order (nodes and relationships by id), as the server's in-memory Landscape was built.
    const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const big = new Landscape({ nodes: [...generated.nodes].sort(byId), edges: [...generated.edges].sort(byId) });
    let gen: LandscapeService;
    let genStore: GraphStore;
    beforeAll(async () => {
      const dir = tempDir('lg-views-generated-');
      writeLandscape(generated, dir, { format: 'bulk', providers: 300, seed: 7 });
      await fx.seed(dir);
      genStore = await fx.open();
      gen = new LandscapeService(genStore);
    });
    afterAll(() => genStore?.close());

    it('caps, filters and pages as the in-memory view does', async () => {
      const hubs = [...generated.nodes].sort((a, b) => big.degree(b.id) - big.degree(a.id)).slice(0, 3);
      expect(big.degree(hubs[0]!.id)).toBeGreaterThan(150);
      for (const max of [50, 500, 1_000, 3_000, 20_000]) expect(await gen.view({}, max), `max ${max}`).toEqual(big.view({}, max));
      expect(await gen.view({ independent: true }, 800)).toEqual(big.view({ independent: true }, 800));
      const segment = generated.nodes.find((n) => n.labels[0] === 'Segment')!.id;
      expect(await gen.view({ segment }, 100)).toEqual(big.view({ segment }, 100));
      for (const hub of hubs) {
        for (const offset of [0, 100, 200]) expect(await gen.neighbours(hub.id, 100, offset), `${hub.id} ${offset}`).toEqual(big.neighbours(hub.id, 100, offset));
      }
    });

    it('reads the value chain\'s first N providers at each role and layer and counts the rest in the store', async () => {
      const whole = { nodes: [...generated.nodes].sort(byId), edges: [...generated.edges].sort(byId) };
      for (const cap of [20, 100]) {
        const part = await gen.valueChain(cap);
        expect(valueChainOf(part.doc, cap, part.totals), `cap ${cap}`).toEqual(valueChainOf(whole, cap));
        expect(part.doc.nodes.filter((n) => n.labels[0] === 'Provider').length).toBeLessThan(300);
      }
    });

    it('caps as the in-memory view does when the ranking read first is too short and is read again from more', async () => {
      for (const max of [500, 3_000, 20_000]) {
        const { nodes, edges } = await capped(genStore.views, (limit) => genStore.views.ranked({ limit }), max, 8);
        const expected = big.view({}, max);
        expect(new Set(nodes), `max ${max}`).toEqual(new Set(expected.nodes.map((n) => n.id)));
        expect([...edges].sort(byId), `max ${max}`).toEqual([...expected.edges].sort(byId));
      }
    });
  });
});
