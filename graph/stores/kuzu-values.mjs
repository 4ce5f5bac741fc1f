// Maps Kuzu's JavaScript values onto the store's plain values (nodes and
// relationships in the export format). Plain JavaScript, because the ad-hoc
// query worker runs it under an address-space limit that a TypeScript loader
// does not fit in. Relationships name their ends by internal id; `idOf` turns
// those into node ids.
import { compact, edgeId } from '../model/format.mjs';

export const internalKey = (id) => `${id.table}:${id.offset}`;

const isObj = (v) => typeof v === 'object' && v !== null && !(v instanceof Date);

function props(raw) {
  const out = {};
  for (const [k, v] of Object.entries(raw)) if (!k.startsWith('_')) out[k] = toValue(v, () => undefined);
  return compact(out);
}

export function toNode(raw) {
  return { id: String(raw.id), labels: [String(raw._label)], properties: props(raw) };
}

export function toEdge(raw, idOf) {
  const source = idOf(internalKey(raw._src)) ?? internalKey(raw._src);
  const target = idOf(internalKey(raw._dst)) ?? internalKey(raw._dst);
  const type = String(raw._label);
  return { id: edgeId(type, source, target), type, source, target, properties: props(raw) };
}

export function toValue(v, idOf) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map((x) => toValue(x, idOf));
  if (isObj(v)) {
    if ('_nodes' in v && '_rels' in v) return { nodes: v._nodes.map(toNode), edges: v._rels.map((r) => toEdge(r, idOf)) };
    if ('_src' in v && '_dst' in v && '_label' in v) return toEdge(v, idOf);
    if ('_label' in v && '_id' in v) return toNode(v);
    if ('offset' in v && 'table' in v && Object.keys(v).length === 2) return internalKey(v);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toValue(x, idOf)]));
  }
  return String(v);
}

/** Whether a value holds a relationship anywhere (its ends then need node ids). */
export function containsRelationship(v) {
  if (Array.isArray(v)) return v.some(containsRelationship);
  if (!isObj(v)) return false;
  if ('_src' in v && '_dst' in v) return true;
  return Object.values(v).some(containsRelationship);
}
