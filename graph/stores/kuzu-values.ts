// Maps Kuzu's JavaScript values onto the store's plain values. Relationships
// in Kuzu name their ends by internal id; `idOf` turns those into node ids.
import { compact, type GraphEdge, type GraphNode } from '../model';
import { edgeId } from '../seed/check';
import type { Value } from './types';

export interface KuzuInternalId {
  offset: number | bigint;
  table: number | bigint;
}
export const internalKey = (id: KuzuInternalId) => `${id.table}:${id.offset}`;

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !(v instanceof Date);

function props(raw: Raw, drop: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!k.startsWith('_') && !drop.includes(k)) out[k] = toValue(v, () => undefined);
  return compact(out);
}

export function toNode(raw: Raw): GraphNode {
  return { id: String(raw.id), labels: [String(raw._label)], properties: props(raw, []) };
}

export function toEdge(raw: Raw, idOf: (key: string) => string | undefined): GraphEdge {
  const source = idOf(internalKey(raw._src as KuzuInternalId)) ?? internalKey(raw._src as KuzuInternalId);
  const target = idOf(internalKey(raw._dst as KuzuInternalId)) ?? internalKey(raw._dst as KuzuInternalId);
  const type = String(raw._label);
  return { id: edgeId(type, source, target), type, source, target, properties: props(raw, []) };
}

export function toValue(v: unknown, idOf: (key: string) => string | undefined): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map((x) => toValue(x, idOf));
  if (isObj(v)) {
    if ('_nodes' in v && '_rels' in v) {
      return {
        nodes: (v._nodes as Raw[]).map(toNode),
        edges: (v._rels as Raw[]).map((r) => toEdge(r, idOf)),
      };
    }
    if ('_src' in v && '_dst' in v && '_label' in v) return toEdge(v, idOf);
    if ('_label' in v && '_id' in v) return toNode(v);
    if ('offset' in v && 'table' in v && Object.keys(v).length === 2) return internalKey(v as unknown as KuzuInternalId);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toValue(x, idOf)]));
  }
  return String(v);
}
