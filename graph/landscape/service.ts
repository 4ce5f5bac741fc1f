// The explorer's views answered by the store: the capped and filtered graph,
// a node with its neighbours, neighbour pages, search, the schema's counts,
// and the parts of the landscape the value chain and the audit read. Each
// answer is read with bounded queries (graph/stores/types.ts: ViewReads) and
// kept in a small cache of answers (cache.ts) for as long as this service,
// which the runtime replaces when the data is reseeded. Answers are the ones
// the in-memory Landscape (view.ts) gives for the same graph.
import { GraphError } from '../errors';
import { nodeLabels, type GraphDocument, type GraphEdge, type GraphNode } from '../model';
import type { GraphStore, Incident, ViewReads } from '../stores/types';
import { readAudit, type AuditSummary } from './audit';
import { ViewCache } from './cache';
import { capped, type Ranking } from './cap';
import { readChainPart, type ChainPart } from './chain';
import { schemaFrom, type GraphSchema } from './schema';
import { rankHits, type SearchHit } from './search';
import { VIEW_DEFAULT_MAX, type GraphView, type LandscapeFilters, type NeighbourPage } from './view';

/** Hits of `q` whose neighbourhood a `q` filter shows, as in the browser's Landscape. */
const FILTER_HITS = 50;
/** Search candidates read per hit asked for: the store's order is close to the score's, not the same. */
const CANDIDATES_PER_HIT = 10;
const MIN_CANDIDATES = 200;

export interface NodeAnswer {
  node: GraphNode;
  provenance: { sourceSection: string | null };
  neighbours: { edge: GraphEdge; node: GraphNode | undefined }[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const labelsOf = (node: GraphNode, incident: readonly Incident[]) =>
  new Map([[node.id, node.labels[0] ?? ''], ...incident.map((i): [string, string] => [i.other, i.otherLabel])]);
const docWeight = (d: GraphDocument) => d.nodes.length + d.edges.length;

export class LandscapeService {
  readonly cache: ViewCache;
  private readonly reads: ViewReads;

  constructor(
    private readonly store: GraphStore,
    cache = new ViewCache(),
  ) {
    this.reads = store.views;
    this.cache = cache;
  }

  /** GET /api/graph: the filtered view, capped at `max` elements. */
  view(f: LandscapeFilters, max: number): Promise<GraphView> {
    const key = `view:${JSON.stringify([f.independent ?? null, f.segment ?? null, f.layer ?? null, f.q ?? null, max])}`;
    return this.cache.get(key, () => this.readView(f, max), docWeight);
  }

  /**
   * Per filter, how many nodes each cap read so far kept. A cap keeps a subset of what any bigger cap keeps, so
   * the ranking it reads need be no longer than that, and one more to see that the next does not fit: at 100k
   * nodes a cap of 19,999 after one of 20,000 reads 1,245 ranked nodes and 19,000 relationships, not the first
   * ranking's 2,048 and 29,600. Only a length to read: the answer is the store's.
   */
  private readonly keptBy = new Map<string, { max: number; nodes: number }[]>();

  private firstRanking(filters: string, max: number): number | undefined {
    const known = (this.keptBy.get(filters) ?? []).filter((k) => k.max >= max).map((k) => k.nodes + 1);
    return known.length ? Math.min(...known) : undefined;
  }

  private noteKept(filters: string, max: number, nodes: number) {
    const list = this.keptBy.get(filters) ?? [];
    this.keptBy.set(filters, [...list.filter((k) => k.max !== max), { max, nodes }].slice(-8));
  }

  private async readView(f: LandscapeFilters, max: number): Promise<GraphView> {
    const set = await this.filterSet(f);
    let total: { nodes: number; edges: number };
    let rank: Ranking;
    if (set) {
      // The candidates with independence applied, most connected first: the filtered view's nodes.
      const ranked = await this.reads.ranked({ ids: set, independent: f.independent, limit: set.length });
      total = { nodes: ranked.length, edges: await this.reads.countAmong(ranked.map((r) => r.id)) };
      rank = async (limit) => ranked.slice(0, limit);
    } else {
      total = await this.reads.countView(f.independent);
      rank = (limit) => this.reads.ranked({ independent: f.independent, limit: Math.min(limit, total.nodes) });
    }
    const truncated = total.nodes + total.edges > max;
    const filters = JSON.stringify([f.independent ?? null, f.segment ?? null, f.layer ?? null, f.q ?? null]);
    const { nodes: ids, edges, labels } = await capped(this.reads, rank, max, this.firstRanking(filters, max));
    this.noteKept(filters, max, ids.length);
    const found = new Map((await this.reads.nodes(ids, labels)).map((n) => [n.id, n]));
    const nodes = ids.map((id) => found.get(id)).filter((n): n is GraphNode => n !== undefined);
    // The whole filtered graph is in the export's order; a capped one keeps the ranking's.
    return { nodes: truncated ? nodes : nodes.sort(byId), edges: edges.sort(byId), total, truncated };
  }

  /** The node ids the segment, layer and text filters leave (undefined: no such filter, every node). */
  private async filterSet(f: LandscapeFilters): Promise<string[] | undefined> {
    let keep: Set<string> | undefined;
    const narrow = (ids: string[]) => {
      keep = keep ? new Set(ids.filter((id) => keep!.has(id))) : new Set(ids);
    };
    if (f.segment) narrow(await this.reads.neighbourhood(await this.reads.withParts([f.segment])));
    if (f.layer) narrow(await this.reads.neighbourhood(await this.reads.withParts([f.layer])));
    if (f.q) narrow(await this.reads.neighbourhood((await this.search(f.q, FILTER_HITS)).map((h) => h.id)));
    return keep && [...keep];
  }

  /** GET /api/nodes/:id: the node, its provenance and every relationship with the node at its other end. */
  node(id: string): Promise<NodeAnswer> {
    return this.cache.get(
      `node:${id}`,
      async () => {
        const [node] = await this.reads.nodes([id]);
        if (!node) throw new GraphError('NOT_FOUND', `no node with id "${id}"`);
        const incident = (await this.reads.incident(id)).sort((a, b) => byId(a.edge, b.edge));
        const labels = labelsOf(node, incident);
        const others = new Map((await this.reads.nodes(incident.map((i) => i.other), labels)).map((n) => [n.id, n]));
        const edges = new Map((await this.reads.edges(incident.map((i) => i.edge), labels)).map((e) => [e.id, e]));
        return {
          node,
          provenance: { sourceSection: typeof node.properties.sourceSection === 'string' ? node.properties.sourceSection : null },
          neighbours: incident.flatMap((i) => {
            const edge = edges.get(i.edge.id);
            return edge ? [{ edge, node: others.get(i.other) }] : [];
          }),
        };
      },
      (a) => 1 + a.neighbours.length * 2,
    );
  }

  /** GET /api/nodes/:id/neighbors: a page of relationships, the most connected neighbours first. */
  neighbours(id: string, limit: number, offset = 0): Promise<NeighbourPage> {
    return this.cache.get(
      `neighbours:${JSON.stringify([id, limit, offset])}`,
      async () => {
        // The node itself is looked up only when it has no relationships (an unknown id's label is not known, and
        // finding it costs a look in every label's index); a page names its own end by id.
        const all = (await this.reads.incident(id)).sort(
          (a, b) => b.degree - a.degree || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0) || (a.edge.id < b.edge.id ? -1 : 1),
        );
        if (all.length === 0 && (await this.reads.nodes([id])).length === 0) throw new GraphError('NOT_FOUND', `no node with id "${id}"`);
        const page = all.slice(offset, offset + limit);
        const labels = new Map(page.flatMap((i): [string, string][] => [[i.other, i.otherLabel], [id, i.ownLabel]]));
        const found = new Map((await this.reads.nodes(page.map((i) => i.other), labels)).map((n) => [n.id, n]));
        const nodes = [...new Set(page.map((i) => i.other))].map((o) => found.get(o)).filter((n): n is GraphNode => n !== undefined);
        const read = new Map((await this.reads.edges(page.map((i) => i.edge), labels)).map((e) => [e.id, e]));
        const edges = page.map((i) => read.get(i.edge.id)).filter((e): e is GraphEdge => e !== undefined);
        return { nodes, edges, total: all.length, offset, truncated: offset + edges.length < all.length };
      },
      docWeight,
    );
  }

  /** GET /api/search. */
  search(q: string, limit = 20): Promise<SearchHit[]> {
    return this.cache.get(
      `search:${JSON.stringify([q, limit])}`,
      async () => {
        const needle = q.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
        if (!needle) return [];
        const candidates = await this.reads.searchCandidates(needle, Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_HIT), limit);
        return rankHits(candidates, q, limit);
      },
      (hits) => hits.length,
    );
  }

  /** GET /api/schema: the model's labels and types with the store's counts. */
  schema(): Promise<GraphSchema> {
    return this.cache.get('schema', async () => schemaFrom(await this.reads.countByName()), () => 1);
  }

  /** What /markets shows of the consistency audit: its counts and first `cap` flagged and passed checks (audit.ts). */
  audit(cap: number): Promise<AuditSummary> {
    return this.cache.get(`audit:${cap}`, () => readAudit(this.store, cap), (a) => 1 + a.items.length);
  }

  /** What /value-chain draws: the chain with at most `cap` providers at each role and layer, and their totals (chain.ts). */
  valueChain(cap: number): Promise<ChainPart> {
    return this.cache.get(`chain:${cap}`, () => readChainPart(this.store, cap), (p) => docWeight(p.doc));
  }

  /**
   * Runs each read a view may make once, on an id no node has (no rows, no answer kept): LadybugDB builds its index
   * of names for search (0.7–0.8 s at 100k nodes, not at a user's first search); Neo4j plans a query text
   * at its first run, and a fresh server's first hub page of 1,000 took 466 ms where the second took 78 (at 100k
   * nodes; planning the label-less lookup alone, 160–250 ms). The plans stay in Neo4j's query cache.
   */
  async prepare(opts: { rereads?: number } = {}): Promise<void> {
    const none = '\u0000 no such node';
    const labels = new Map(nodeLabels.map((l, i) => [`${none} ${i}`, l]));
    const ids = [...labels.keys()];
    // LadybugDB builds its index of names at the first search (graph/stores/ladybug-search.mjs).
    await this.reads.searchCandidates(none, 1, 1);
    await this.reads.incident(none);
    await this.reads.nodes([none]);
    await this.reads.ranked({ ids: [none], limit: 1 });
    await this.reads.neighbourhood([none]);
    await this.reads.withParts([none]);
    await this.reads.countAmong([none]);
    for (const id of ids) {
      await this.reads.nodes([id], labels);
      await this.reads.edgesFrom([id], labels);
      await this.reads.edges([{ id: `${id}>`, type: 'PART_OF', source: id, target: none }], labels);
    }
    // `rereads`: the default view read again that many times, its answer not kept, so that a JIT-compiled engine
    // (Neo4j's JVM) has compiled the big reads' paths before a user's first one.
    for (let i = 0; i < (opts.rereads ?? 0); i++) await this.readView({}, VIEW_DEFAULT_MAX);
  }

  get engine(): GraphStore['engine'] {
    return this.store.engine;
  }
}
