// The explorer's bounded reads (ViewReads) on LadybugDB, in its own dialect:
// `label(n)`, COUNT subqueries, list lambdas. Measured on the 100k synthetic
// landscape (bench/views.ts): a node looked up by id is an index lookup per
// node table, so lists of ids go in through UNWIND (`n.id IN $ids` scans and
// took 4–8 s for 20,000 ids, UNWIND 0.2 s); degrees are the column every seed
// writes (graph/seed/degrees.ts): ranking 100k nodes by it takes 40–60 ms,
// counting their relationships 150–1,000 ms.
import { compact, DEGREE_PROPERTY, edgeId, nodeLabels, relSchemas, relTypes, type GraphDocument, type GraphEdge, type GraphNode, type RelType } from '../model';
import { toNode, toValue } from './kuzu-values.mjs';
import type { Counts, EdgeRef, Incident, RankedNode, ViewReads } from './types';

/** Runs one query of the engine's own dialect; rows hold the engine's values. */
export type RawRunner = (cypher: string, params?: Record<string, unknown>) => Promise<{ rows: Record<string, unknown>[] }>;

const keep = (v: string) => `(label(${v}) <> 'Provider' OR ${v}.independent = $independent)`;
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const plain = (v: unknown) => (typeof v === 'bigint' ? toValue(v, () => undefined) : v);

/** A relationship value with its ends named by the node ids the same row returned. */
function edgeOf(raw: Record<string, unknown>, source: string, target: string): GraphEdge {
  const type = String(raw._label) as RelType;
  const keys = Object.keys(relSchemas[type]?.props.shape ?? {});
  const properties = compact(Object.fromEntries(keys.map((k) => [k, plain(raw[k])])));
  return { id: edgeId(type, source, target), type, source, target, properties };
}

const isLabel = (l: string) => (nodeLabels as readonly string[]).includes(l);

function groupBy<T>(items: Iterable<T>, key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

const ref = (type: string, source: string, target: string): EdgeRef => ({ id: edgeId(type, source, target), type, source, target });

/** The columns `keys` of a row as a relationship's properties, the null ones left out (as compact). A loop: a capped view makes 26,000. */
function columnsOf(row: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = row[k];
    if (v !== null && v !== undefined) out[k] = plain(v);
  }
  return out;
}

/** `search`: the database's index of names (ladybug-search.mjs), where LadybugDB has no full-text search offline. */
export function ladybugViews(raw: RawRunner, counts: () => Promise<Counts>, search: ViewReads['searchCandidates']): ViewReads {
  const ids = async (cypher: string, params: Record<string, unknown>) => (await raw(cypher, params)).rows.map((r) => String(r.id));
  const num = (v: unknown) => Number(plain(v));

  return {
    async nodes(list, labels) {
      // A node table's index alone is about 5× faster than an id looked up in every table.
      // An id of unknown label is looked up in each table's index in turn: unlabelled, the engine scans every
      // table (100 ms for one id at 100k nodes, 1 ms a table by index).
      const groups = groupBy([...new Set(list)], (id) => labels?.get(id) ?? '');
      const out: GraphNode[] = [];
      for (const [label, ids] of groups) {
        for (const l of isLabel(label) ? [label] : nodeLabels) {
          const { rows } = await raw(`UNWIND $ids AS i MATCH (n:${l} {id: i}) RETURN n`, { ids });
          for (const r of rows) out.push(toNode(r.n as Record<string, unknown>) as GraphNode);
        }
      }
      return out;
    },

    async ranked({ ids: only, independent, limit }) {
      const filter = independent === undefined ? '' : `WHERE ${keep('n')}`;
      const source = only ? `UNWIND $ids AS i MATCH (n {id: i}) ${filter}` : `MATCH (n) ${filter}`;
      const { rows } = await raw(
        `${source} RETURN n.id AS id, label(n) AS label, n.${DEGREE_PROPERTY} AS d ORDER BY d DESC, id LIMIT $limit`,
        { limit, ...(only ? { ids: [...new Set(only)] } : {}), ...(independent === undefined ? {} : { independent }) },
      );
      return rows.map((r): RankedNode => ({ id: String(r.id), label: String(r.label), degree: num(r.d) }));
    },

    async edgesFrom(list, labels, minDegree = 0) {
      // Per source label and relationship type, the type's columns by name: a relationship value costs 18 µs a row
      // to read, its ends and columns 5–8 µs.
      const out: GraphEdge[] = [];
      for (const [label, ids] of groupBy([...new Set(list)], (id) => labels?.get(id) ?? '')) {
        if (!isLabel(label)) {
          const { rows } = await raw(`UNWIND $ids AS i MATCH (a {id: i})-[r]->(b) WHERE b.${DEGREE_PROPERTY} >= $min RETURN a.id AS s, b.id AS t, r`, { ids, min: minDegree });
          for (const row of rows) out.push(edgeOf(row.r as Record<string, unknown>, String(row.s), String(row.t)));
          continue;
        }
        for (const type of relTypes.filter((t) => relSchemas[t].pairs.some(([from]) => from === label))) {
          const keys = Object.keys(relSchemas[type].props.shape);
          const { rows } = await raw(
            `UNWIND $ids AS i MATCH (a:${label} {id: i})-[r:${type}]->(b) WHERE b.${DEGREE_PROPERTY} >= $min RETURN a.id AS s, b.id AS t${keys.map((k) => `, r.${k} AS ${k}`).join('')}`,
            { ids, min: minDegree },
          );
          for (const row of rows) {
            const [source, target] = [String(row.s), String(row.t)];
            out.push({ id: edgeId(type, source, target), type, source, target, properties: columnsOf(row, keys) });
          }
        }
      }
      return out;
    },

    async edges(refs, labels) {
      // By source and type, to the wanted targets (a list lookup, 2 µs a row): an UNWIND of (source, target)
      // pairs looked both ends up in every table and took a minute for 18,000 relationships of the 100k landscape.
      const out: GraphEdge[] = [];
      const wanted = new Set(refs.map((r) => r.id));
      const groups = groupBy(refs, (r) => `${r.type} ${labels?.get(r.source) ?? ''}`);
      for (const [key, group] of groups) {
        const [type, label] = key.split(' ') as [string, string];
        const keys = Object.keys(relSchemas[type as RelType]?.props.shape ?? {});
        const a = label && isLabel(label) ? `a:${label}` : 'a';
        const ids = [...new Set(group.map((r) => r.source))];
        const targets = [...new Set(group.map((r) => r.target))];
        // The list is scanned for every row: a hub's own thousand relationships out are read whole and picked here.
        const list = targets.length <= 4 * ids.length;
        const { rows } = await raw(
          `UNWIND $ids AS i MATCH (${a} {id: i})-[r:${type}]->(b)${list ? ' WHERE list_contains($targets, b.id)' : ''}
           RETURN a.id AS s, b.id AS t${keys.map((k) => `, r.${k} AS ${k}`).join('')}`,
          list ? { ids, targets } : { ids },
        );
        for (const row of rows) {
          const e = ref(type, String(row.s), String(row.t));
          if (wanted.has(e.id)) out.push({ ...e, properties: columnsOf(row, keys) });
        }
      }
      return out;
    },

    async countAmong(list) {
      const set = new Set(list);
      if (set.size === 0) return 0;
      const targets = await ids('UNWIND $ids AS i MATCH (a {id: i})-[]->(b) RETURN b.id AS id', { ids: [...set] });
      return targets.filter((t) => set.has(t)).length;
    },

    async incident(id) {
      // Each direction on its own, so each row knows which end is the source (a self-loop comes twice, at both ends).
      const degreeOf = `b.${DEGREE_PROPERTY} AS d`;
      const out = await raw(`MATCH (a {id: $id})-[r]->(b) RETURN label(r) AS type, b.id AS o, label(b) AS l, label(a) AS own, ${degreeOf}`, { id });
      const into = await raw(`MATCH (a {id: $id})<-[r]-(b) RETURN label(r) AS type, b.id AS o, label(b) AS l, label(a) AS own, ${degreeOf}`, { id });
      const incident = (row: Record<string, unknown>, outgoing: boolean): Incident => {
        const other = String(row.o);
        const edge = outgoing ? ref(String(row.type), id, other) : ref(String(row.type), other, id);
        return { edge, other, otherLabel: String(row.l), degree: num(row.d), ownLabel: String(row.own) };
      };
      return [...out.rows.map((r) => incident(r, true)), ...into.rows.map((r) => incident(r, false))];
    },

    async withParts(list) {
      // Level by level: a variable-length PART_OF pattern over every node table took 0.6 s, a level 6 ms.
      const out = new Set(list);
      for (let level = [...out]; level.length > 0; ) {
        const found = await ids('UNWIND $ids AS i MATCH (p)-[:PART_OF]->(s {id: i}) RETURN DISTINCT p.id AS id', { ids: level });
        level = found.filter((x) => !out.has(x));
        for (const x of level) out.add(x);
      }
      return [...out];
    },

    async neighbourhood(list) {
      if (list.length === 0) return [];
      const params = { ids: [...new Set(list)] };
      const found = await ids('UNWIND $ids AS i MATCH (a {id: i}) RETURN a.id AS id', params);
      const others = await raw('UNWIND $ids AS i MATCH (a {id: i})-[]-(b) RETURN DISTINCT b.id AS id', params);
      return [...new Set([...found, ...others.rows.map((r) => String(r.id))])];
    },

    async countView(independent) {
      if (independent === undefined) return counts();
      const n = await raw(`MATCH (n) WHERE ${keep('n')} RETURN count(n) AS c`, { independent });
      const e = await raw(`MATCH (a)-[r]->(b) WHERE ${keep('a')} AND ${keep('b')} RETURN count(r) AS c`, { independent });
      return { nodes: num(n.rows[0]!.c), edges: num(e.rows[0]!.c) };
    },

    async countByName() {
      const out: Record<string, number> = {};
      for (const l of nodeLabels) out[l] = num((await raw(`MATCH (n:${l}) RETURN count(n) AS c`)).rows[0]!.c);
      for (const t of relTypes) out[t] = num((await raw(`MATCH ()-[r:${t}]->() RETURN count(r) AS c`)).rows[0]!.c);
      return out;
    },

    searchCandidates(needle, limit, hits) {
      return search(needle, limit, hits);
    },

    async readScope(scope) {
      const nodes: GraphNode[] = [];
      for (const label of scope.labels) {
        const { rows } = await raw(`MATCH (n:${label}) RETURN n`);
        for (const r of rows) nodes.push(toNode(r.n as Record<string, unknown>) as GraphNode);
      }
      const inScope = new Set<string>(scope.labels);
      const edges: GraphEdge[] = [];
      for (const type of scope.types) {
        for (const [from, to] of relSchemas[type].pairs) {
          if (!inScope.has(from) || !inScope.has(to)) continue;
          const { rows } = await raw(`MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS s, b.id AS t, r`);
          for (const row of rows) edges.push(edgeOf(row.r as Record<string, unknown>, String(row.s), String(row.t)));
        }
      }
      return { nodes: nodes.sort(byId), edges: edges.sort(byId) } satisfies GraphDocument;
    },
  };
}
