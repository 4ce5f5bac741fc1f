// Paths between two nodes, read from the store a node's relationships at a
// time (ViewReads.incident, bounded by the node's degree), never the whole
// graph: the shortest path by a breadth-first search from both ends, and
// every simple path up to k hops (for the value chain: how a provider's
// service reaches end users). Relationships are followed either way, as
// Neo4j Browser and Bloom do; each path lists them with their direction.
// The same code on both engines: only the reads are engine-specific.
import { GraphError } from '../errors';
import type { GraphEdge, GraphNode } from '../model';
import type { EdgeRef, Incident, ViewReads } from '../stores/types';

export interface Path {
  /** Node ids from `from` to `to`. */
  nodes: string[];
  /** Relationship ids between them, in order. */
  edges: string[];
}

export interface PathsAnswer {
  paths: Path[];
  /** The nodes and relationships on the paths, with their properties. */
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when a budget stopped the search: a path may exist beyond it, or more paths than were listed. */
  truncated: boolean;
}

export const PATH_LIMITS = {
  /** Hops of a shortest path at most. */
  maxHops: 8,
  /** Hops of "all paths up to k" at most. */
  maxK: 5,
  /** Paths listed at most. */
  maxPaths: 100,
  /** Nodes whose relationships a search reads at most. */
  maxReads: 2_000,
};

async function known(reads: ViewReads, ids: string[]): Promise<void> {
  const found = new Set((await reads.nodes(ids)).map((n) => n.id));
  for (const id of ids) if (!found.has(id)) throw new GraphError('NOT_FOUND', `no node with id "${id}"`);
}

async function answer(reads: ViewReads, paths: Path[], truncated: boolean, refs: Map<string, EdgeRef>): Promise<PathsAnswer> {
  const nodeIds = [...new Set(paths.flatMap((p) => p.nodes))];
  const edgeIds = new Set(paths.flatMap((p) => p.edges));
  const nodes = await reads.nodes(nodeIds);
  const edges = await reads.edges([...edgeIds].map((id) => refs.get(id)!));
  return { paths, nodes: nodes.sort((a, b) => a.id.localeCompare(b.id)), edges: edges.sort((a, b) => a.id.localeCompare(b.id)), truncated };
}

/** A reader of nodes' relationships that reads each node once and counts its reads against the budget. */
function incidents(reads: ViewReads) {
  const seen = new Map<string, Incident[]>();
  /** The relationships read so far, by id. */
  const refs = new Map<string, EdgeRef>();
  return {
    refs,
    get count() {
      return seen.size;
    },
    async of(id: string): Promise<Incident[]> {
      let at = seen.get(id);
      if (!at) {
        seen.set(id, (at = await reads.incident(id)));
        for (const inc of at) refs.set(inc.edge.id, inc.edge);
      }
      return at;
    },
  };
}

/** The shortest path from `from` to `to` (one of them, when several are as short), within maxHops. */
export async function shortestPath(reads: ViewReads, from: string, to: string, maxHops = PATH_LIMITS.maxHops): Promise<PathsAnswer> {
  await known(reads, [from, to]);
  if (from === to) return answer(reads, [{ nodes: [from], edges: [] }], false, new Map());
  const at = incidents(reads);
  // Breadth-first from both ends; each side remembers how it reached a node.
  const back = [new Map<string, { prev: string; edge: string } | null>([[from, null]]), new Map<string, { prev: string; edge: string } | null>([[to, null]])];
  const frontiers = [[from], [to]];
  let truncated = false;
  for (let hops = 0; hops < maxHops; hops++) {
    // Grow the smaller side.
    const side = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
    const next: string[] = [];
    for (const id of frontiers[side]!) {
      if (at.count >= PATH_LIMITS.maxReads) {
        truncated = true;
        break;
      }
      for (const inc of (await at.of(id)).sort((a, b) => a.edge.id.localeCompare(b.edge.id))) {
        if (back[side]!.has(inc.other)) continue;
        back[side]!.set(inc.other, { prev: id, edge: inc.edge.id });
        if (back[1 - side]!.has(inc.other)) return answer(reads, [join(back as [Back, Back], inc.other)], false, at.refs);
        next.push(inc.other);
      }
    }
    frontiers[side] = next;
    if (truncated || !next.length) break;
  }
  return answer(reads, [], truncated, at.refs);
}

type Back = Map<string, { prev: string; edge: string } | null>;

/** The path through `meet`, from the first side's start to the second side's. */
function join([fromSide, toSide]: [Back, Back], meet: string): Path {
  const nodes = [meet];
  const edges: string[] = [];
  for (let step = fromSide.get(meet); step; step = fromSide.get(step.prev)) {
    nodes.unshift(step.prev);
    edges.unshift(step.edge);
  }
  for (let step = toSide.get(meet); step; step = toSide.get(step.prev)) {
    nodes.push(step.prev);
    edges.push(step.edge);
  }
  return { nodes, edges };
}

/** Every simple path (no node twice) from `from` to `to` of at most k hops, shortest first, at most maxPaths. */
export async function pathsUpTo(reads: ViewReads, from: string, to: string, k: number): Promise<PathsAnswer> {
  if (!Number.isInteger(k) || k < 1 || k > PATH_LIMITS.maxK) throw new GraphError('BAD_REQUEST', `k must be a whole number from 1 to ${PATH_LIMITS.maxK}`);
  await known(reads, [from, to]);
  const at = incidents(reads);
  const found: Path[] = [];
  let truncated = false;
  const walk = async (path: Path): Promise<void> => {
    const here = path.nodes.at(-1)!;
    if (here === to && path.edges.length) {
      found.push(path);
      return;
    }
    if (path.edges.length >= k) return;
    if (found.length >= PATH_LIMITS.maxPaths || at.count >= PATH_LIMITS.maxReads) {
      truncated = true;
      return;
    }
    for (const inc of (await at.of(here)).sort((a, b) => a.edge.id.localeCompare(b.edge.id))) {
      if (path.nodes.includes(inc.other) || path.edges.includes(inc.edge.id)) continue;
      await walk({ nodes: [...path.nodes, inc.other], edges: [...path.edges, inc.edge.id] });
    }
  };
  await walk({ nodes: [from], edges: [] });
  if (found.length > PATH_LIMITS.maxPaths) truncated = true;
  found.sort((a, b) => a.edges.length - b.edges.length || a.edges.join().localeCompare(b.edges.join()));
  return answer(reads, found.slice(0, PATH_LIMITS.maxPaths), truncated, at.refs);
}
