// The explorer's bounded reads (ViewReads) on Neo4j. A node is found by id
// through the uniqueness constraint of each model label (one index seek per
// label: an unlabelled `{id: …}` would scan every node); degrees are COUNT
// subqueries over the model's relationship types, which Neo4j answers from
// its degree store without reading the relationships, unless the seed stored
// them (graph/seed/degrees.ts: the seed record says so), when "most connected
// first" is a read of each label's range index on the degree; search is the
// full-text index `landscape_search` the seed creates (graph/model/ddl.ts).
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { DEGREE_PROPERTY, edgeId, nodeLabels, relSchemas, relTypes, SEARCH_FIELDS, SEARCH_INDEX, type GraphEdge, type GraphNode } from '../model';
import { queries } from './neo4j-queries';
import { toEdge, toNode, toValue } from './neo4j-values';
import type { Counts, EdgeRef, Incident, Labels, RankedNode, SearchCandidate, Value, ViewReads } from './types';

export type RecordRunner = (cypher: string, params?: Record<string, unknown>) => Promise<Neo4jRecord[]>;

const LABELS = nodeLabels.join('|');
const TYPES = relTypes.join('|');
const degree = (v: string) => `COUNT { (${v})-[:${TYPES}]-(:${LABELS}) }`;
/** Binds `n` to the node whose id is `i`, through each label's index. */
const byId = `CALL (i) { ${nodeLabels.map((l) => `MATCH (n:${l} {id: i}) RETURN n`).join(' UNION ALL ')} }`;
const keep = (v: string) => `(NOT ${v}:Provider OR ${v}.independent = $independent)`;
const num = (v: unknown) => Number(toValue(v));
const str = (v: unknown) => String(toValue(v));
/** Targets of one source beyond which its relationships are read whole rather than compared with the list. */
const MANY_TARGETS = 256;
const sortById = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Groups by the label `labels` knows for each (a model label only, as it goes into the query text; '' for unknown). */
function byLabel<T>(items: readonly T[], labels: Labels | undefined, idOf: (x: T) => string = (x) => x as string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const l = labels?.get(idOf(x)) ?? '';
    const k = (nodeLabels as readonly string[]).includes(l) ? l : '';
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

const ref = (type: string, source: string, target: string): EdgeRef => ({ id: edgeId(type, source, target), type, source, target });

/** Columns naming a relationship's ends by id and element id, so either may be its start. */
const ends = (a: string, b: string) => `${a}.id AS s, elementId(${a}) AS se, ${b}.id AS t, elementId(${b}) AS te`;

/** Each type's properties in the model's order. */
const MODEL_KEYS = new Map<string, readonly string[]>(relTypes.map((t) => [t, Object.keys(relSchemas[t].props.shape)]));

/**
 * A relationship with its properties in the model's order, then any others, the null ones left out, as toEdge
 * gives them. Loops, not entries and spreads: a capped view makes 30,000 of them.
 */
function edgeFrom(type: string, source: string, target: string, raw: Record<string, unknown>): GraphEdge {
  const model = MODEL_KEYS.get(type) ?? [];
  const properties: Record<string, Value> = {};
  for (const k of model) {
    if (!(k in raw)) continue;
    const v = toValue(raw[k]);
    if (v !== null) properties[k] = v;
  }
  for (const k of Object.keys(raw)) {
    if (model.includes(k)) continue;
    const v = toValue(raw[k]);
    if (v !== null) properties[k] = v;
  }
  return { id: edgeId(type, source, target), type, source, target, properties };
}

/** A relationship from the columns of `plainEdge`. */
const plainEdgeOf = (r: Neo4jRecord): GraphEdge => edgeFrom(str(r.get('type')), str(r.get('s')), str(r.get('t')), r.get('p') as Record<string, unknown>);

/** Columns of a relationship without its element ids: a Relationship value costs twice as much to send and map. */
const plainEdge = (a: string, b: string) => `type(r) AS type, ${a}.id AS s, ${b}.id AS t, properties(r) AS p`;

function edgeOf(r: Neo4jRecord): GraphEdge {
  const named = new Map([
    [str(r.get('se')), str(r.get('s'))],
    [str(r.get('te')), str(r.get('t'))],
  ]);
  return toEdge(r.get('r'), (k) => named.get(k));
}

/** A Lucene query for the normalised text: the phrase, or every word exactly, as a prefix or (4+ letters) with one edit. */
export function luceneQuery(needle: string): string {
  const escape = (s: string) => s.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
  const words = needle.split(/[\s/()、，,.-]+/).filter(Boolean);
  const word = (w: string) => {
    const e = escape(w);
    return `(${[e, `${e}*`, ...(w.length >= 4 ? [`${e}~1`] : [])].join(' OR ')})`;
  };
  const all = words.length ? `(${words.map(word).join(' AND ')})` : '';
  return [`"${escape(needle)}"`, all].filter(Boolean).join(' OR ');
}

export function neo4jViews(run: RecordRunner, counts: () => Promise<Counts>): ViewReads {
  const ids = async (cypher: string, params: Record<string, unknown>) => (await run(cypher, params)).map((r) => str(r.get('id')));
  // Read once: a reseed makes a new store (graph/runtime.ts). A database seeded before degrees were stored counts them.
  let stored: Promise<boolean> | undefined;
  const degreesStored = () =>
    (stored ??= run(queries.degreesStored).then(
      (rows) => rows[0]?.get('stored') === true,
      (err: unknown) => {
        stored = undefined;
        throw err;
      },
    ));
  const degreeOf = async (v: string) => ((await degreesStored()) ? `${v}.${DEGREE_PROPERTY}` : degree(v));

  return {
    async nodes(list, labels) {
      if (list.length === 0) return [];
      const out: GraphNode[] = [];
      for (const [label, ids] of byLabel([...new Set(list)], labels)) {
        const rows = await run(`UNWIND $ids AS i ${label ? `MATCH (n:${label} {id: i})` : byId} RETURN n`, { ids });
        for (const r of rows) out.push(toNode(r.get('n')));
      }
      return out;
    },

    async ranked({ ids: only, independent, limit }) {
      const filter = independent === undefined ? '' : `WHERE ${keep('n')}`;
      const d = await degreeOf('n');
      const params = { limit, ...(only ? { ids: [...new Set(only)] } : {}), ...(independent === undefined ? {} : { independent }) };
      // Stored: each label's top `limit` in its degree index's order (a partial sort by id within a degree), then
      // merged; each branch returns its columns, not the node (which the merge's sort would carry: 60 → 45 ms at 100k).
      const topOf = (l: string) =>
        `MATCH (n:${l}) WHERE n.${DEGREE_PROPERTY} >= 0${l === 'Provider' && independent !== undefined ? ' AND n.independent = $independent' : ''}
         WITH n.id AS id, n.${DEGREE_PROPERTY} AS d ORDER BY d DESC, id LIMIT toInteger($limit) RETURN id, '${l}' AS label, d`;
      const rows =
        !only && d !== degree('n')
          ? await run(`CALL () { ${nodeLabels.map(topOf).join(' UNION ALL ')} } WITH id, label, d ORDER BY d DESC, id LIMIT toInteger($limit) RETURN id, label, d`, params)
          : await run(
              `${only ? `UNWIND $ids AS i ${byId} WITH n ${filter}` : `MATCH (n:${LABELS}) ${filter}`} WITH n, ${d} AS d ORDER BY d DESC, n.id LIMIT toInteger($limit) RETURN n.id AS id, labels(n)[0] AS label, d`,
              params,
            );
      return rows.map((r): RankedNode => ({ id: str(r.get('id')), label: str(r.get('label')), degree: num(r.get('d')) }));
    },

    async edgesFrom(list, labels, minDegree = 0) {
      const out: GraphEdge[] = [];
      // Without stored degrees every relationship is read: counting the other end's would cost more than it saves.
      const floor = (await degreesStored()) ? `WHERE b.${DEGREE_PROPERTY} >= $min` : '';
      // A row per source with its relationships in a list: a record per relationship cost a tenth more to send and map.
      for (const [label, ids] of byLabel([...new Set(list)], labels)) {
        const rows = await run(
          `UNWIND $ids AS i ${label ? `MATCH (n:${label} {id: i})` : byId}
           CALL (n) { MATCH (n)-[r:${TYPES}]->(b:${LABELS}) ${floor} RETURN collect([type(r), b.id, properties(r)]) AS out }
           RETURN n.id AS s, out`,
          { ids, min: minDegree },
        );
        for (const r of rows) {
          const source = str(r.get('s'));
          for (const [type, target, p] of r.get('out') as [string, string, Record<string, unknown>][]) out.push(edgeFrom(type, source, target, p));
        }
      }
      return out;
    },

    async edges(refs, labels) {
      if (refs.length === 0) return [];
      // One row per source with its targets: a hub's thousand relationships out are then one expansion, not a
      // thousand (0.8 s for a page of 1,000 at 100k nodes).
      const wanted = new Set(refs.map((r) => r.id));
      const out: GraphEdge[] = [];
      for (const [label, group] of byLabel(refs, labels, (r) => r.source)) {
        const bySource = new Map<string, Set<string>>();
        for (const e of group) bySource.set(e.source, (bySource.get(e.source) ?? new Set()).add(e.target));
        const rows = await run(
          `UNWIND $sources AS g WITH g.s AS i, g.t AS targets, g.all AS all ${label ? `MATCH (n:${label} {id: i})` : byId}
           MATCH (n)-[r:${TYPES}]->(b) WHERE all OR b.id IN targets RETURN ${plainEdge('n', 'b')}`,
          // A hub's thousand targets would be compared with every row: its relationships are read whole and picked here.
          { sources: [...bySource].map(([source, targets]) => ({ s: source, t: [...targets], all: targets.size > MANY_TARGETS })) },
        );
        for (const r of rows) {
          const e = plainEdgeOf(r);
          if (wanted.has(e.id)) out.push(e);
        }
      }
      return out;
    },

    async countAmong(list) {
      const set = new Set(list);
      if (set.size === 0) return 0;
      const [r] = await run(`UNWIND $ids AS i ${byId} MATCH (n)-[:${TYPES}]->(b:${LABELS}) WHERE b.id IN $ids RETURN count(*) AS c`, { ids: [...set] });
      return num(r?.get('c'));
    },

    async incident(id) {
      const d = await degreeOf('b');
      const rows = await run(
        `WITH $id AS i ${byId} MATCH (n)-[r:${TYPES}]-(b:${LABELS})
         RETURN type(r) AS type, startNode(r) = n AS outgoing, b.id AS o, labels(b)[0] AS l, labels(n)[0] AS own, ${d} AS d`,
        { id },
      );
      return rows.map((r): Incident => {
        const other = str(r.get('o'));
        const type = str(r.get('type'));
        const edge = r.get('outgoing') === true ? ref(type, id, other) : ref(type, other, id);
        return { edge, other, otherLabel: str(r.get('l')), degree: num(r.get('d')), ownLabel: str(r.get('own')) };
      });
    },

    async withParts(list) {
      const out = new Set(list);
      for (let level = [...out]; level.length > 0; ) {
        const found = await ids(`UNWIND $ids AS i ${byId} MATCH (p:${LABELS})-[:PART_OF]->(n) RETURN DISTINCT p.id AS id`, { ids: level });
        level = found.filter((x) => !out.has(x));
        for (const x of level) out.add(x);
      }
      return [...out];
    },

    async neighbourhood(list) {
      if (list.length === 0) return [];
      const params = { ids: [...new Set(list)] };
      const found = await ids(`UNWIND $ids AS i ${byId} RETURN n.id AS id`, params);
      const others = await ids(`UNWIND $ids AS i ${byId} MATCH (n)-[:${TYPES}]-(b:${LABELS}) RETURN DISTINCT b.id AS id`, params);
      return [...new Set([...found, ...others])];
    },

    async countView(independent) {
      if (independent === undefined) return counts();
      const [n] = await run(`MATCH (n:${LABELS}) WHERE ${keep('n')} RETURN count(n) AS c`, { independent });
      const [e] = await run(`MATCH (a:${LABELS})-[r:${TYPES}]->(b:${LABELS}) WHERE ${keep('a')} AND ${keep('b')} RETURN count(r) AS c`, { independent });
      return { nodes: num(n?.get('c')), edges: num(e?.get('c')) };
    },

    async countByName() {
      const out: Record<string, number> = {};
      // Single-label and single-type counts come from Neo4j's count store.
      for (const l of nodeLabels) out[l] = num((await run(`MATCH (n:${l}) RETURN count(n) AS c`))[0]?.get('c'));
      for (const t of relTypes) out[t] = num((await run(`MATCH ()-[r:${t}]->() RETURN count(r) AS c`))[0]?.get('c'));
      return out;
    },

    async searchCandidates(needle, limit) {
      const columns = 'node.id AS id, labels(node)[0] AS label, node.name_en AS name_en, node.name_zh AS name_zh, node.abbr AS abbr';
      let rows: Neo4jRecord[];
      try {
        rows = await run(`CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($limit)}) YIELD node RETURN ${columns}`, {
          index: SEARCH_INDEX,
          query: luceneQuery(needle),
          limit,
        });
      } catch (err) {
        // A database seeded before the index existed: scan, as the embedded engine does, until the next seed.
        if (!(err instanceof Error && /no such fulltext schema index/i.test(err.message))) throw err;
        const field = (f: string) => `toLower(coalesce(node.${f}, '')) CONTAINS $q`;
        rows = await run(`MATCH (node:${LABELS}) WHERE ${SEARCH_FIELDS.map(field).join(' OR ')} RETURN ${columns} ORDER BY name_en, id LIMIT toInteger($limit)`, {
          q: needle,
          limit,
        });
      }
      return rows.map((r): SearchCandidate => {
        const abbr = toValue(r.get('abbr'));
        return { id: str(r.get('id')), label: str(r.get('label')), name_en: str(r.get('name_en')), name_zh: str(r.get('name_zh')), ...(typeof abbr === 'string' ? { abbr } : {}) };
      });
    },

    async readScope(scope) {
      const labels = scope.labels.join('|');
      const nodes = (await run(`MATCH (n:${labels}) RETURN n`)).map((r): GraphNode => toNode(r.get('n')));
      const edges = scope.types.length
        ? (await run(`MATCH (a:${labels})-[r:${scope.types.join('|')}]->(b:${labels}) RETURN r, ${ends('a', 'b')}`)).map((r) => edgeOf(r))
        : [];
      return { nodes: nodes.sort(sortById), edges: edges.sort(sortById) };
    },
  };
}
