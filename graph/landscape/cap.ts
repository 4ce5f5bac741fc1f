// The capped view: the most connected nodes first, each with its
// relationships to the nodes before it, until the next node would pass `max`
// elements, so a bigger cap always shows a superset of a smaller one (the
// order graph/landscape/view.ts keeps in the browser). Read from the store in
// chunks of the ranking: each chunk's outgoing relationships come with it,
// and one that points at a node not yet taken waits until that node is
// (it joins there, or never), so what is read stays near what is kept and
// no hub's thousands of incoming relationships are read for nothing.
import type { GraphEdge } from '../model';
import type { RankedNode, ViewReads } from '../stores/types';

const FIRST_CHUNK = 256;
const MIN_CHUNK = 32;
const LAST_CHUNK = 4096;

export interface Capped {
  /** Node ids in rank order. */
  nodes: string[];
  edges: GraphEdge[];
}

export async function capped(reads: ViewReads, ranked: readonly RankedNode[], max: number): Promise<Capped> {
  const kept = new Set<string>();
  const nodes: string[] = [];
  const edges: GraphEdge[] = [];
  const pending = new Map<string, GraphEdge[]>();
  const labels = new Map(ranked.map((r) => [r.id, r.label]));
  for (let at = 0, size = FIRST_CHUNK; at < ranked.length; ) {
    const chunk = ranked.slice(at, at + size).map((r) => r.id);
    at += chunk.length;
    const out = new Map<string, GraphEdge[]>();
    for (const e of await reads.edgesFrom(chunk, labels)) {
      const list = out.get(e.source);
      if (list) list.push(e);
      else out.set(e.source, [e]);
    }
    for (const id of chunk) {
      const own = out.get(id) ?? [];
      const joining = [...(pending.get(id) ?? []), ...own.filter((e) => e.target === id || kept.has(e.target))];
      if (nodes.length + edges.length + 1 + joining.length > max) return { nodes, edges };
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
  return { nodes, edges };
}
