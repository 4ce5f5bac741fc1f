// The capped view: the most connected nodes first, each with its
// relationships to the nodes before it, until the next node would pass `max`
// elements, so a bigger cap always shows a superset of a smaller one (the
// order graph/landscape/view.ts keeps in the browser). A ranking is read
// from the store with the outgoing relationships of its nodes, and one that
// points at a node not yet taken waits until that node is (it joins there,
// or never); only relationships to nodes at least as connected as the
// ranking's last are read, so no hub's thousands of incoming relationships
// are read for nothing. They come with their properties: at 100k nodes a cap
// of 20,000 reads 30,000 relationships and keeps 18,700, and one read with
// properties took 200–280 ms where ends first and the kept ones' properties
// after took 430–500 ms on either engine (bench/views.ts). One read of the
// whole ranking, not chunks of it: each read costs LadybugDB a scan of the
// relationship tables (20–50 ms for the Provider's, whatever the number of
// ids), and chunks of 256 and 1,800 nodes took 300 ms where one of 2,048 took 210.
import type { GraphEdge } from '../model';
import type { RankedNode, ViewReads } from '../stores/types';

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

/** `first`: the ranked nodes to read at first (by default FIRST_RANKED); more are read while the cap has room. */
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

/** The cap over `ranked`, or undefined when it has room left after the last of them and `all` is false. */
async function capRanked(reads: ViewReads, ranked: readonly RankedNode[], max: number, all: boolean): Promise<Capped | undefined> {
  const labels = new Map(ranked.map((r) => [r.id, r.label]));
  const out = new Map<string, GraphEdge[]>();
  for (const e of await reads.edgesFrom(ranked.map((r) => r.id), labels, ranked.at(-1)?.degree ?? 0)) {
    const list = out.get(e.source);
    if (list) list.push(e);
    else out.set(e.source, [e]);
  }
  const kept = new Set<string>();
  const nodes: string[] = [];
  const edges: GraphEdge[] = [];
  const pending = new Map<string, GraphEdge[]>();
  for (const { id } of ranked) {
    const own = out.get(id) ?? [];
    const joining = [...(pending.get(id) ?? []), ...own.filter((e) => e.target === id || kept.has(e.target))];
    if (nodes.length + edges.length + 1 + joining.length > max) return { nodes, edges, labels };
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
  return all ? { nodes, edges, labels } : undefined;
}
