// What the store answers about the landscape, on every engine: counts, the
// schema with counts per label and type, the provenance of every figure, the
// value chain, and the queries and views the explorer is built on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueChainOf } from '../../../../app/value-chain/valueChain';
import { schemaOf } from '../../../../graph/landscape/schema';
import { Landscape } from '../../../../graph/landscape/view';
import { figureKeys, nodeLabels, nodeSchemas, relSchemas, relTypes, type GraphDocument, type NodeLabel, type RelType } from '../../../../graph/model';
import type { GraphPath, GraphStore } from '../../../../graph/stores/types';
import { testEngines } from '../../../engines';
import { documentHeadings } from '../../../cypher/document';
import { engineFixture } from './engine';
import { expectedDocument } from './expected';

// The document's headings from its committed index (tests/cypher/document.ts), so this runs without ../shared.
const headings = new Set(documentHeadings);

describe.each(testEngines())('the landscape on %s', (engine) => {
  const fx = engineFixture(engine);
  let store: GraphStore;
  let doc: GraphDocument;
  beforeAll(async () => {
    await fx.seed();
    store = await fx.open();
    doc = await store.exportGraph();
  });
  afterAll(() => store?.close());

  const rows = async (cypher: string, params?: Record<string, unknown>) => (await store.query(cypher, params)).rows;

  describe('counts and schema', () => {
    it('counts 119 nodes and 230 relationships, the model\'s only', async () => {
      expect(await store.counts()).toEqual({ nodes: 119, edges: 230 });
    });

    it('counts each label and relationship type as the seed files define them', async () => {
      const schema = schemaOf(doc);
      expect(schema).toEqual(schemaOf(expectedDocument));
      const count = (name: string) =>
        [...schema.labels, ...schema.relationshipTypes].find((e) => e.name === name)?.count;
      expect({ Provider: count('Provider'), Segment: count('Segment'), Ranking: count('Ranking'), ValueChainRole: count('ValueChainRole') }).toEqual({
        Provider: 6,
        Segment: 25,
        Ranking: 2,
        ValueChainRole: 4,
      });
      expect({ RANKED_IN: count('RANKED_IN'), SUPPLIES: count('SUPPLIES'), PART_OF: count('PART_OF'), SOURCED_FROM: count('SOURCED_FROM') }).toEqual({
        RANKED_IN: 10,
        SUPPLIES: 5,
        PART_OF: 28,
        SOURCED_FROM: 43,
      });
      // The same counts straight from the engine, not from the export.
      for (const label of nodeLabels) {
        expect(await rows(`MATCH (n:${label}) RETURN count(n) AS c`), label).toEqual([{ c: count(label) }]);
      }
      for (const type of relTypes) {
        expect(await rows(`MATCH ()-[r:${type}]->() RETURN count(r) AS c`), type).toEqual([{ c: count(type) }]);
      }
    });

    it('describes each label and type with the model\'s typed properties', () => {
      const schema = schemaOf(doc);
      const provider = schema.labels.find((l) => l.name === 'Provider')!;
      expect(provider.properties).toEqual(expect.arrayContaining([{ name: 'independent', type: 'BOOLEAN' }, { name: 'founded', type: 'INT64' }]));
      const ranked = schema.relationshipTypes.find((t) => t.name === 'RANKED_IN')!;
      expect(ranked).toMatchObject({ count: 10, pairs: [['Provider', 'Segment']] });
      expect(ranked.properties).toEqual(expect.arrayContaining([{ name: 'rank', type: 'INT64' }, { name: 'share', type: 'DOUBLE' }]));
    });

    it('gives back every value with its model type: integers as integers, doubles as numbers, booleans as booleans', () => {
      const wrong: string[] = [];
      const check = (owner: string, props: Record<string, unknown>, types: Record<string, string>) => {
        for (const [k, v] of Object.entries(props)) {
          const ok = { STRING: typeof v === 'string', BOOLEAN: typeof v === 'boolean', INT64: Number.isInteger(v), DOUBLE: typeof v === 'number' }[types[k]!];
          if (!ok) wrong.push(`${owner}.${k} = ${JSON.stringify(v)}`);
        }
      };
      const schema = schemaOf(doc);
      const typesOf = (name: string) => Object.fromEntries([...schema.labels, ...schema.relationshipTypes].find((e) => e.name === name)!.properties.map((p) => [p.name, p.type]));
      for (const n of doc.nodes) check(n.id, n.properties, typesOf(n.labels[0]!));
      for (const e of doc.edges) check(e.id, e.properties, typesOf(e.type));
      expect(wrong).toEqual([]);
      expect(doc.nodes.find((n) => n.id === 'av-apaas')!.properties).toMatchObject({ size_2023: 2, size_2028e: 14.4, penetration_2023: 5.2 });
    });
  });

  describe('provenance', () => {
    it('gives every node and relationship that carries a figure the exact heading of its section in the document', () => {
      const untraced: string[] = [];
      let figures = 0;
      for (const el of [...doc.nodes.map((n) => ({ id: n.id, props: n.properties, shape: nodeSchemas[n.labels[0] as NodeLabel].shape })), ...doc.edges.map((e) => ({ id: e.id, props: e.properties, shape: relSchemas[e.type as RelType].props.shape }))]) {
        if (!figureKeys(el.shape).some((k) => el.props[k] !== undefined)) continue;
        figures++;
        const section = el.props.sourceSection;
        if (typeof section !== 'string' || !headings.has(section)) untraced.push(`${el.id}: ${String(section)}`);
      }
      expect(untraced).toEqual([]);
      expect(figures).toBe(54);
      // Elements without figures may name their section too; those must be real headings as well.
      const sections = [...doc.nodes, ...doc.edges].map((el) => el.properties.sourceSection).filter((s) => s !== undefined);
      expect(sections.filter((s) => !headings.has(String(s)))).toEqual([]);
    });

    it('answers a node\'s provenance and neighbours as GET /api/nodes/:id does, from the landscape view', () => {
      const landscape = new Landscape(doc);
      const paas = landscape.byId.get('av-paas')!;
      expect(paas.properties.sourceSection).toBe('競爭格局');
      expect(landscape.byId.get('av-apaas')!.properties.sourceSection).toBe('中國音視頻APaaS市場規模、增長潛力及滲透率');
      const ranked = landscape.edgesOf('the-group').filter((e) => e.type === 'RANKED_IN');
      expect(ranked.map((e) => [e.target, e.properties.rank, e.properties.sourceSection])).toEqual([
        ['av-apaas', 2, '競爭格局'],
        ['av-paas', 3, '競爭格局'],
      ]);
    });
  });

  describe('the value chain', () => {
    it('supplies cloud infrastructure → PaaS → SaaS → end users, with what flows on each link', async () => {
      const supplies = await rows(
        'MATCH (a:ValueChainRole)-[r:SUPPLIES]->(b:ValueChainRole) RETURN a.stage AS from_stage, b.stage AS to_stage, a.name_en AS from_role, b.name_en AS to_role, r.flow AS flow, r.via_en AS via, r.sourceSection AS src ORDER BY from_stage, to_stage',
      );
      const src = '中國音視頻雲服務市場的價值鏈';
      expect(supplies).toEqual([
        { from_stage: 1, to_stage: 2, from_role: 'Cloud infrastructure provider', to_role: 'PaaS provider', flow: 'cloud-resources', via: 'Cloud products and services', src },
        { from_stage: 1, to_stage: 4, from_role: 'Cloud infrastructure provider', to_role: 'End user', flow: 'cloud-resources', via: 'Cloud products and services', src },
        { from_stage: 2, to_stage: 3, from_role: 'PaaS provider', to_role: 'SaaS provider', flow: 'api-sdk', via: 'Solutions with APIs or SDKs', src },
        { from_stage: 2, to_stage: 4, from_role: 'PaaS provider', to_role: 'End user', flow: 'apaas', via: 'APaaS solutions serving end users directly', src },
        {
          from_stage: 3,
          to_stage: 4,
          from_role: 'SaaS provider',
          to_role: 'End user',
          flow: 'applications',
          via: 'Specific applications built on solutions supported by PaaS and cloud infrastructure providers',
          src,
        },
      ]);
    });

    it('leads from cloud infrastructure to end users along three paths', async () => {
      const found = await rows(
        "MATCH p = (:ValueChainRole {id: 'cloud-infrastructure-provider'})-[:SUPPLIES*1..3]->(:ValueChainRole {id: 'end-user'}) RETURN p",
      );
      const paths = found.map((r) => (r.p as GraphPath).nodes.map((n) => n.id).join(' → ')).sort();
      expect(paths).toEqual([
        'cloud-infrastructure-provider → end-user',
        'cloud-infrastructure-provider → paas-provider → end-user',
        'cloud-infrastructure-provider → paas-provider → saas-provider → end-user',
      ]);
      const longest = found.map((r) => r.p as GraphPath).find((p) => p.edges.length === 3)!;
      expect(longest.edges.map((e) => e.properties.flow)).toEqual(['cloud-resources', 'api-sdk', 'applications']);
    });

    it('gives the /value-chain page its stages, layers, providers and links', () => {
      const chain = valueChainOf(doc);
      expect(chain.stages.map((s) => [s.stage, s.role.id, s.layers.map((l) => l.layer.id)])).toEqual([
        [1, 'cloud-infrastructure-provider', ['iaas']],
        [2, 'paas-provider', ['paas', 'apaas', 'apaas-zero-code', 'apaas-low-code', 'mpaas']],
        [3, 'saas-provider', ['saas']],
        [4, 'end-user', []],
      ]);
      expect(chain.stages[1]!.providers.map((p) => p.id).sort()).toEqual(['competitor-a', 'competitor-b', 'competitor-c', 'competitor-d', 'competitor-e', 'the-group']);
      // Links that skip a stage come first, the longest skip first.
      expect(chain.links.map((l) => [l.from, l.to, l.edge.properties.flow])).toEqual([
        [0, 3, 'cloud-resources'],
        [1, 3, 'apaas'],
        [0, 1, 'cloud-resources'],
        [1, 2, 'api-sdk'],
        [2, 3, 'applications'],
      ]);
      expect(chain.table.attributes).toHaveLength(8);
      expect(chain.table.sourceSection).toBe('音視頻雲服務類型');
    });
  });

  describe('providers', () => {
    it('names the three independent providers: Competitor D, Competitor E and the Group', async () => {
      expect(await rows('MATCH (p:Provider {independent: $i}) RETURN p.name_en AS name ORDER BY name', { i: true })).toEqual([
        { name: 'Competitor D' },
        { name: 'Competitor E' },
        { name: 'the Group' },
      ]);
      const view = new Landscape(doc).filter({ independent: false });
      expect(view.nodes.filter((n) => n.labels[0] === 'Provider').map((n) => n.properties.name_en)).toEqual(['Competitor A', 'Competitor B', 'Competitor C']);
    });

    it('finds the Group by its Chinese name, and ranks an exact match first', () => {
      expect(new Landscape(doc).search('本集團', 3)[0]).toEqual({ id: 'the-group', label: 'Provider', name_en: 'the Group', name_zh: '本集團', score: 100 });
    });

    it('returns whole nodes and relationships of a query in the export format', async () => {
      const [row] = await rows("MATCH (p:Provider {id: 'competitor-e'})-[r:RANKED_IN]->(s:Segment) RETURN p, r, s");
      expect(row).toEqual({
        p: doc.nodes.find((n) => n.id === 'competitor-e'),
        r: doc.edges.find((e) => e.id === 'RANKED_IN:competitor-e->av-apaas'),
        s: doc.nodes.find((n) => n.id === 'av-apaas'),
      });
      expect(JSON.stringify(row!.r)).toBe(JSON.stringify(expectedDocument.edges.find((e) => e.id === 'RANKED_IN:competitor-e->av-apaas')));
    });
  });
});
