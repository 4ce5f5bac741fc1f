// Maps neo4j-driver values onto the store's plain values, in exactly the
// shapes the Kuzu store produces (kuzu-values.ts), so callers cannot tell the
// engines apart. Also maps parameters the other way (JS integers → Integer).
//
// A Relationship names its ends only by element id, while a GraphEdge names
// them by the nodes' `id` property. Mapping one therefore needs an
// element id → node id lookup:
//   1. `collectNodeIds(values)` reads it off every Node (also inside lists,
//      maps and paths) of a record or result;
//   2. `relationshipEnds(values)` lists the end element ids; those that step 1
//      did not find must be fetched (the store does it with one extra query,
//      in the same transaction, since element ids are only stable within one);
//   3. `toValue(v, idOf)` maps, asking `idOf` for each end. An end that `idOf`
//      cannot name is written as its element id (as the Kuzu store writes an
//      unresolved internal id), never dropped.
// A Path carries its own nodes, so its edges never need `idOf`.
import neo4j, { type Integer, type Node, type Path, type Relationship } from 'neo4j-driver';
import { compact, DEGREE_PROPERTY, nodeLabels, nodeSchemas, relSchemas, relTypes, type GraphEdge, type GraphNode } from '../model';
import { edgeId } from '../seed/check';
import type { GraphPath, Value } from './types';

/** Element id of a node → its `id` property; undefined when unknown. */
export type EndResolver = (elementId: string) => string | undefined;

const noEnds: EndResolver = () => undefined;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v));

function integer(i: Integer | bigint): number | string {
  if (typeof i === 'bigint') return Number.isSafeInteger(Number(i)) ? Number(i) : i.toString();
  return i.inSafeRange() ? i.toNumber() : i.toString();
}

/** The node's `id` property; a node without one (outside the model) is named by its element id. */
export function nodeId(node: Node): string {
  const id: unknown = node.properties.id;
  if (id === null || id === undefined) return node.elementId;
  return typeof id === 'string' ? id : String(toValue(id));
}

// Neo4j returns properties in an order of its own; Kuzu returns its table's
// columns, which are the model's. Ordering by the model makes both engines
// print the same bytes (`npm run export -- --format json`); properties outside
// the model follow in the server's order, but for the degree every seed stores
// (graph/model/ddl.ts: DEGREE_PROPERTY), which is no property of the landscape.
const modelOrder = new Map<string, { keys: string[]; known: Set<string> }>(
  [
    ...nodeLabels.map((l): [string, string[]] => [l, Object.keys(nodeSchemas[l].shape)]),
    ...relTypes.map((t): [string, string[]] => [t, Object.keys(relSchemas[t].props.shape)]),
  ].map(([name, keys]) => [name, { keys, known: new Set(keys) }]),
);

function props(raw: Record<string, unknown>, labelOrType: string | undefined): Record<string, unknown> {
  const order = labelOrType === undefined ? undefined : modelOrder.get(labelOrType);
  const keys = order ? [...order.keys.filter((k) => k in raw), ...Object.keys(raw).filter((k) => !order.known.has(k) && k !== DEGREE_PROPERTY)] : Object.keys(raw);
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = toValue(raw[k]);
  return compact(out);
}

export function toNode(node: Node): GraphNode {
  return { id: nodeId(node), labels: [...node.labels], properties: props(node.properties, node.labels[0]) };
}

export function toEdge(rel: Relationship, idOf: EndResolver = noEnds): GraphEdge {
  const source = idOf(rel.startNodeElementId) ?? rel.startNodeElementId;
  const target = idOf(rel.endNodeElementId) ?? rel.endNodeElementId;
  return { id: edgeId(rel.type, source, target), type: rel.type, source, target, properties: props(rel.properties, rel.type) };
}

export function toPath(path: Path): GraphPath {
  const nodes = [path.start, ...path.segments.map((s) => s.end)];
  const ids = new Map(nodes.map((n) => [n.elementId, nodeId(n)]));
  return { nodes: nodes.map(toNode), edges: path.segments.map((s) => toEdge(s.relationship, (e) => ids.get(e))) };
}

/** Maps one driver value; `idOf` names relationship ends (see the header). */
export function toValue(v: unknown, idOf: EndResolver = noEnds): Value {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v) || typeof v === 'bigint') return integer(v as Integer | bigint);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (neo4j.isNode(v)) return toNode(v);
  if (neo4j.isRelationship(v)) return toEdge(v, idOf);
  if (neo4j.isPath(v)) return toPath(v);
  if (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isDuration(v) ||
    neo4j.isPoint(v) ||
    neo4j.isUUID(v) ||
    neo4j.isUnsupportedType(v)
  ) {
    return v.toString();
  }
  if (neo4j.isVector(v)) return Array.from(v.asTypedArray() as ArrayLike<number | bigint>, (x) => toValue(x));
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map((x) => toValue(x, idOf));
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toValue(x, idOf)]));
  return String(v);
}

/** Walks lists, maps and paths of driver values, calling `visit` on each Node and Relationship. */
function walk(v: unknown, visit: (x: Node | Relationship) => void): void {
  if (v === null || typeof v !== 'object') return;
  if (neo4j.isNode(v) || neo4j.isRelationship(v)) visit(v);
  else if (neo4j.isPath(v)) {
    visit(v.start);
    for (const s of v.segments) [s.relationship, s.end].forEach(visit);
  } else if (Array.isArray(v)) v.forEach((x) => walk(x, visit));
  else if (isPlainObject(v)) Object.values(v).forEach((x) => walk(x, visit));
}

/** Element id → node id for every Node in `values` (added to `into`). */
export function collectNodeIds(values: unknown, into = new Map<string, string>()): Map<string, string> {
  walk(values, (x) => {
    if (neo4j.isNode(x)) into.set(x.elementId, nodeId(x));
  });
  return into;
}

/** Element ids of the ends of every Relationship in `values`. */
export function relationshipEnds(values: unknown): Set<string> {
  const ends = new Set<string>();
  walk(values, (x) => {
    if (neo4j.isRelationship(x)) ends.add(x.startNodeElementId).add(x.endNodeElementId);
  });
  return ends;
}

/**
 * Parameters for the driver. A JS number is sent as a Cypher FLOAT, which
 * `LIMIT $n` or `range(1, $n)` refuse; integers are sent as INTEGER instead
 * (as Kuzu reads them), and 17 = 17.0 still holds in Neo4j's comparisons.
 */
export function toDriverParams(params: Record<string, unknown> = {}): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    return v;
  };
  return convert(params) as Record<string, unknown>;
}
