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

export async function capped(reads: ViewReads, rank: Ranking, max: number, first = FIRST_RANKED): Promise<Capped> {
  for (let limit = Math.min(max, first); ; limit = Math.min(max, limit * 4)) {
    const ranked = await rank(limit);
    // Every node the cap can keep is among these: all there are, or the first `max`. Else, should the cap have
    // room left after the last of them, it is read again from more.
    const all = ranked.length < limit || limit >= max;
    const done = await capRanked(reads, ranked, max, all);
    if (done) return done;
  }
}

/**
 * The cap over `ranked`, or undefined when it has room left after the last of them and `all` is false. Only
 * relationships to nodes at least as connected as the last of them are read: no other end can be kept.
 */
async function capRanked(reads: ViewReads, ranked: readonly RankedNode[], max: number, all: boolean): Promise<Capped | undefined> {
  const kept = new Set<string>();
  const nodes: string[] = [];
  const edges: EdgeRef[] = [];
  const pending = new Map<string, EdgeRef[]>();
  const labels = new Map(ranked.map((r) => [r.id, r.label]));
  const minDegree = ranked.at(-1)?.degree ?? 0;
  for (let at = 0, size = FIRST_CHUNK; at < ranked.length; ) {
    const chunk = ranked.slice(at, at + size).map((r) => r.id);
    at += chunk.length;
    const out = new Map<string, EdgeRef[]>();
    for (const e of await reads.refsFrom(chunk, labels, minDegree)) {
      const list = out.get(e.source);
      if (list) list.push(e);
      else out.set(e.source, [e]);
    }
    for (const id of chunk) {
      const own = out.get(id) ?? [];
      const joining = [...(pending.get(id) ?? []), ...own.filter((e) => e.target === id || kept.has(e.target))];
      if (nodes.length + edges.length + 1 + joining.length > max) return withProperties(reads, nodes, edges, labels, ranked[nodes.length - 1]?.degree);
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
  return all ? withProperties(reads, nodes, edges, labels, minDegree) : undefined;
}

/** The kept relationships with their properties, in the order they were kept. */
async function withProperties(reads: ViewReads, nodes: string[], refs: EdgeRef[], labels: Map<string, string>, minDegree = 0): Promise<Capped> {
  const read = new Map((await reads.edges(refs, labels, minDegree)).map((e) => [e.id, e]));
  return { nodes, edges: refs.map((r) => read.get(r.id)).filter((e): e is GraphEdge => e !== undefined), labels };
}
