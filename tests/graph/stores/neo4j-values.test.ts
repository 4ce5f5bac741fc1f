// The Neo4j store must return what the Kuzu store returns. Real driver objects
// (neo4j.types.Node, Relationship, Path, Integer, temporal types) are built
// from the parsed seeds — what Neo4j holds after loading the same cypher/
// files — and their mapping is compared with a real, seeded Kuzu store.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelProperties, type GraphEdge, type GraphNode } from '../../../graph/model';
import { seedKuzu } from '../../../graph/seed/loader';
import { readSeeds } from '../../../graph/seed/files';
import { LadybugStore } from '../../../graph/stores/ladybug';
import {
  collectNodeIds,
  relationshipEnds,
  toDriverParams,
  toValue,
} from '../../../graph/stores/neo4j-values';
import { tempConfig } from '../../helpers';

const config = tempConfig();
const seeds = readSeeds(config.cypherDir);
const storage = modelProperties();
let kuzu: LadybugStore;

beforeAll(async () => {
  await seedKuzu(config);
  kuzu = new LadybugStore(config.kuzuPath);
});
afterAll(() => kuzu.close());

/** Properties as Neo4j returns them: INT64 properties as driver Integers, doubles as numbers. */
function driverProps(owner: string, props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, storage[owner]?.[k] === 'INT64' ? neo4j.int(v as number) : v]),
  );
}

const elementIdOf = (id: string) => `4:6f1e2a:${seeds.graph.nodes.findIndex((n) => n.id === id)}`;

function driverNode(n: GraphNode): Node {
  const i = seeds.graph.nodes.indexOf(n);
  return new neo4j.types.Node(neo4j.int(i), n.labels, driverProps(n.labels[0]!, n.properties), elementIdOf(n.id));
}

function driverRel(e: GraphEdge): Relationship {
  const i = seeds.graph.edges.indexOf(e);
  const [s, t] = [elementIdOf(e.source), elementIdOf(e.target)];
  const identity = (el: string) => neo4j.int(Number(el.split(':')[2]));
  return new neo4j.types.Relationship(neo4j.int(i), identity(s), identity(t), e.type, driverProps(e.type, e.properties), `5:6f1e2a:${i}`, s, t);
}

const node = (id: string) => seeds.graph.nodes.find((n) => n.id === id)!;
const edge = (id: string) => seeds.graph.edges.find((e) => e.id === id)!;

describe('a Neo4j Node maps to the node the Kuzu store returns', () => {
  it('gives every node of the landscape exactly the GraphNode that Kuzu returns for RETURN n', async () => {
    const { rows } = await kuzu.query('MATCH (n) RETURN n ORDER BY n.id');
    const mapped = [...seeds.graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)).map((n) => toValue(driverNode(n)));
    expect(mapped).toHaveLength(seeds.graph.nodes.length);
    expect(mapped).toEqual(rows.map((r) => r.n));
  });

  it('turns INT64 properties from Integers into numbers and keeps doubles as numbers', () => {
    const milestone = seeds.graph.nodes.find((n) => n.labels[0] === 'Milestone')!;
    const driver = driverNode(milestone);
    expect(neo4j.isInt(driver.properties.year)).toBe(true);
    expect(toValue(driver)).toMatchObject({ properties: { year: milestone.properties.year } });
    expect(toValue(driverNode(node('av-paas')))).toMatchObject({ properties: { size_2023: 22.9 } });
  });

  it('drops null properties and names a node without an id property by its element id', () => {
    const n = new neo4j.types.Node(neo4j.int(7), ['Other'], { name: 'x', gone: null }, '4:db:7');
    expect(toValue(n)).toEqual({ id: '4:db:7', labels: ['Other'], properties: { name: 'x' } });
  });
});

describe('a Neo4j Relationship maps to the edge the Kuzu store returns, its ends named by node id', () => {
  it('gives every relationship, with its ends in the same record, exactly what Kuzu returns for RETURN a, r, b', async () => {
    const { rows } = await kuzu.query('MATCH (a)-[r]->(b) RETURN a, r, b');
    const expected = new Map(rows.map((row) => [(row.r as GraphEdge).id, row.r]));
    expect(expected.size).toBe(seeds.graph.edges.length);
    for (const e of seeds.graph.edges) {
      const record = [driverNode(node(e.source)), driverRel(e), driverNode(node(e.target))];
      const ids = collectNodeIds(record);
      expect(toValue(record[1], (el) => ids.get(el))).toEqual(expected.get(e.id));
    }
  });

  it('lists the ends the result does not name, and takes their node ids from the resolver callback', () => {
    const e = edge('RANKED_IN:the-group->av-paas');
    const rel = driverRel(e);
    const record = [rel, driverNode(node('the-group'))];
    const known = collectNodeIds(record);
    const missing = [...relationshipEnds(record)].filter((el) => !known.has(el));
    expect(missing).toEqual([elementIdOf('av-paas')]);
    const fetched = new Map([[elementIdOf('av-paas'), 'av-paas']]);
    expect(toValue(rel, (el) => known.get(el) ?? fetched.get(el))).toEqual(e);
  });

  it('writes an end that neither the result nor the resolver can name as its element id', () => {
    const rel = new neo4j.types.Relationship(neo4j.int(1), neo4j.int(2), neo4j.int(3), 'OFFERS', {}, '5:db:1', '4:db:2', '4:db:3');
    expect(toValue(rel)).toEqual({ id: 'OFFERS:4:db:2->4:db:3', type: 'OFFERS', source: '4:db:2', target: '4:db:3', properties: {} });
  });
});

describe('a Neo4j Path maps to its nodes and edges in order, as Kuzu returns a path', () => {
  it('equals the path Kuzu returns for the same two FOLLOWED_BY steps', async () => {
    const { rows } = await kuzu.query(
      "MATCH p = (a:Milestone {id: 'apaas-2019-market-entry'})-[:FOLLOWED_BY*2..2]->(b:Milestone) RETURN p",
    );
    expect(rows).toHaveLength(1);
    const kuzuPath = rows[0]!.p as { nodes: GraphNode[]; edges: GraphEdge[] };
    const nodes = kuzuPath.nodes.map((n) => driverNode(node(n.id)));
    const segments = kuzuPath.edges.map(
      (e, i) => new neo4j.types.PathSegment(nodes[i]!, driverRel(edge(e.id)), nodes[i + 1]!),
    );
    const path = new neo4j.types.Path(nodes[0]!, nodes.at(-1)!, segments);
    // A path carries its own nodes, so no resolver is needed.
    expect(toValue(path)).toEqual(kuzuPath);
  });

  it('maps a path of length zero to its one node and no edges', () => {
    const n = driverNode(node('the-group'));
    expect(toValue(new neo4j.types.Path(n, n, []))).toEqual({ nodes: [node('the-group')], edges: [] });
  });
});

describe('Neo4j scalars map to plain JSON values', () => {
  it('turns Integers into numbers, and into decimal strings outside the safe range', () => {
    expect(toValue(neo4j.int(42))).toBe(42);
    expect(toValue(neo4j.int(-7))).toBe(-7);
    expect(toValue(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toValue(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toValue(neo4j.int('-9223372036854775808'))).toBe('-9223372036854775808');
    expect(toValue(2n ** 60n)).toBe('1152921504606846976');
    expect(toValue(5n)).toBe(5);
  });

  it('gives the same integers, floats, lists and maps as Kuzu for the same literals', async () => {
    const { rows } = await kuzu.query("RETURN 42 AS i, -7 AS neg, 1.5 AS f, [1, 2] AS l, {a: 1, b: 'x'} AS m, true AS t");
    const driverRow = { i: neo4j.int(42), neg: neo4j.int(-7), f: 1.5, l: [neo4j.int(1), neo4j.int(2)], m: { a: neo4j.int(1), b: 'x' }, t: true };
    expect(Object.fromEntries(Object.entries(driverRow).map(([k, v]) => [k, toValue(v)]))).toEqual(rows[0]);
  });

  it('writes temporal and spatial values as their Cypher strings', () => {
    expect(toValue(new neo4j.types.Date(2024, 1, 2))).toBe('2024-01-02');
    expect(toValue(new neo4j.types.DateTime(2024, 1, 2, 3, 4, 5, 6_000_000, 3600))).toBe('2024-01-02T03:04:05.006000000+01:00');
    expect(toValue(new neo4j.types.LocalDateTime(2024, 1, 2, 3, 4, 5, 0))).toBe('2024-01-02T03:04:05');
    expect(toValue(new neo4j.types.LocalTime(1, 2, 3, 0))).toBe('01:02:03');
    expect(toValue(new neo4j.types.Duration(1, 2, 3, 4))).toBe('P1M2DT3.000000004S');
    expect(toValue(new neo4j.types.Point(neo4j.int(4326), 1.5, 2.5))).toBe('Point{srid=4326, x=1.5, y=2.5}');
  });
});

describe('lists and maps of driver values are mapped recursively', () => {
  it('maps nested Integers, nulls, nodes and relationships, naming ends from nodes anywhere in the record', () => {
    const e = edge('RANKED_IN:the-group->av-paas');
    const record = {
      ranked: [driverRel(e)],
      nested: { count: neo4j.int(3), missing: null, when: new neo4j.types.Date(2023, 12, 31) },
      ends: [[driverNode(node('the-group'))], { segment: driverNode(node('av-paas')) }],
    };
    const ids = collectNodeIds(record);
    expect(ids.size).toBe(2);
    expect(toValue(record, (el) => ids.get(el))).toEqual({
      ranked: [e],
      nested: { count: 3, missing: null, when: '2023-12-31' },
      ends: [[node('the-group')], { segment: node('av-paas') }],
    });
  });
});

describe('parameters sent to Neo4j', () => {
  it('sends integer numbers as Integers (so LIMIT $n works) and leaves floats, strings and booleans alone', () => {
    const p = toDriverParams({ n: 10, share: 17.5, ids: [1, 2], nested: { year: 2023 }, s: 'x', b: true, unsafe: 2 ** 60 });
    expect(neo4j.isInt(p.n)).toBe(true);
    expect(String(p.n)).toBe('10');
    expect((p.ids as unknown[]).every((x) => neo4j.isInt(x))).toBe(true);
    expect(neo4j.isInt((p.nested as Record<string, unknown>).year)).toBe(true);
    expect(p).toMatchObject({ share: 17.5, s: 'x', b: true, unsafe: 2 ** 60 });
  });
});
