// The capped view: the most connected nodes first, each with its
// relationships to the nodes before it, until the next node would pass `max`
// elements, so a bigger cap always shows a superset of a smaller one (the
// order graph/landscape/view.ts keeps in the browser). Read from the store in
// chunks of the ranking: each chunk's outgoing relationships come with it,
// and one that points at a node not yet taken waits until that node is
// (it joins there, or never), so what is read stays near what is kept and
// no hub's thousands of incoming relationships are read for nothing. The
// chunks read relationships without their properties (at 100k nodes a cap of
// 20,000 reads 46,000 and keeps 19,000); the kept ones' are read at the end.
import type { GraphEdge } from '../model';
import type { EdgeRef, RankedNode, ViewReads } from '../stores/types';

const FIRST_CHUNK = 256;
const MIN_CHUNK = 32;
const LAST_CHUNK = 4096;
/** Ranked nodes read at first, then four times as many while the cap has room: at 100k nodes a cap of 20,000 keeps 1,244. */
const FIRST_RANKED = 2048;

/** The `limit` most connected nodes (a prefix of one order, whatever the limit). */
export type Ranking = (limit: number) => Promise<readonly RankedNode[]>;

export interface Capped {
  /** Node ids in rank order. */
  nodes: string[];
  edges: GraphEdge[];
  /** Node id → label of every ranked node read. */
  labels: Map<string, string>;
}

export async function capped(reads: ViewReads, rank: Ranking, max: number): Promise<Capped> {
  const kept = new Set<string>();
  const nodes: string[] = [];
  const edges: EdgeRef[] = [];
  const pending = new Map<string, EdgeRef[]>();
  let limit = Math.min(max, FIRST_RANKED);
  let ranked = await rank(limit);
  const labels = new Map(ranked.map((r) => [r.id, r.label]));
  for (let at = 0, size = FIRST_CHUNK; ; ) {
    if (at >= ranked.length) {
      if (ranked.length < limit || limit >= max) break;
      limit = Math.min(max, limit * 4);
      ranked = await rank(limit);
      for (const r of ranked) labels.set(r.id, r.label);
      if (at >= ranked.length) break;
    }
    const chunk = ranked.slice(at, at + size).map((r) => r.id);
    at += chunk.length;
    const out = new Map<string, EdgeRef[]>();
    for (const e of await reads.refsFrom(chunk, labels)) {
      const list = out.get(e.source);
      if (list) list.push(e);
      else out.set(e.source, [e]);
    }
    for (const id of chunk) {
      const own = out.get(id) ?? [];
      const joining = [...(pending.get(id) ?? []), ...own.filter((e) => e.target === id || kept.has(e.target))];
      if (nodes.length + edges.length + 1 + joining.length > max) return withProperties(reads, nodes, edges, labels);
      kept.add(id);
      nodes.push(id);
      edges.push(...joining);
      pending.delete(id);
      for (const e of own) {
        if (e.target === id || kept.has(e.target)) continue;
        const list = pending.get(e.target);
        if (list) list.push(e);
        else pending.set(e.target, [e]);
      }
    }
    // The next chunk: as many nodes as the room left holds at the elements per node so far, and a tenth more.
    const used = nodes.length + edges.length;
    size = Math.max(MIN_CHUNK, Math.min(LAST_CHUNK, Math.ceil(((max - used) / (used / nodes.length)) * 1.1)));
  }
  return withProperties(reads, nodes, edges, labels);
}

/** The kept relationships with their properties, in the order they were kept. */
async function withProperties(reads: ViewReads, nodes: string[], refs: EdgeRef[], labels: Map<string, string>): Promise<Capped> {
  const read = new Map((await reads.edges(refs, labels)).map((e) => [e.id, e]));
  return { nodes, edges: refs.map((r) => read.get(r.id)).filter((e): e is GraphEdge => e !== undefined), labels };
}
