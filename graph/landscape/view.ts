// Views of a landscape for the explorer: filtering by provider independence,
// segment, layer and text, a node with its neighbours, and search. They work
// on the exported graph, which is small and read-only, so every engine gives
// the same answers.
import type { GraphDocument, GraphEdge, GraphNode } from '../model';

export interface LandscapeFilters {
  independent?: boolean;
  segment?: string;
  layer?: string;
  q?: string;
}

export class Landscape {
  readonly byId: Map<string, GraphNode>;
  private readonly adjacency = new Map<string, GraphEdge[]>();

  constructor(readonly doc: GraphDocument) {
    this.byId = new Map(doc.nodes.map((n) => [n.id, n]));
    for (const e of doc.edges) {
      for (const end of [e.source, e.target]) {
        const list = this.adjacency.get(end) ?? [];
        list.push(e);
        this.adjacency.set(end, list);
      }
    }
  }

  edgesOf(id: string): GraphEdge[] {
    return this.adjacency.get(id) ?? [];
  }

  /** A node and everything below it along PART_OF (sub-markets, sub-layers). */
  private withParts(id: string): Set<string> {
    const out = new Set([id]);
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      for (const e of this.edgesOf(cur)) {
        if (e.type === 'PART_OF' && e.target === cur && !out.has(e.source)) {
          out.add(e.source);
          stack.push(e.source);
        }
      }
    }
    return out;
  }

  /** The core nodes and their direct neighbours. */
  private neighbourhood(core: Set<string>): Set<string> {
    const out = new Set(core);
    for (const id of core) for (const e of this.edgesOf(id)) out.add(e.source === id ? e.target : e.source);
    return out;
  }

  filter(f: LandscapeFilters): GraphDocument {
    let keep: Set<string> | undefined;
    const narrow = (ids: Set<string>) => {
      keep = keep ? new Set([...keep].filter((id) => ids.has(id))) : ids;
    };
    if (f.segment) narrow(this.neighbourhood(this.withParts(f.segment)));
    if (f.layer) narrow(this.neighbourhood(this.withParts(f.layer)));
    if (f.q) narrow(this.neighbourhood(new Set(this.search(f.q, 50).map((m) => m.id))));
    let nodes = keep ? this.doc.nodes.filter((n) => keep!.has(n.id)) : this.doc.nodes;
    if (f.independent !== undefined) {
      nodes = nodes.filter((n) => n.labels[0] !== 'Provider' || n.properties.independent === f.independent);
    }
    const ids = new Set(nodes.map((n) => n.id));
    return { nodes, edges: this.doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
  }

  neighbours(id: string, limit: number): { nodes: GraphNode[]; edges: GraphEdge[]; total: number; truncated: boolean } {
    const all = this.edgesOf(id);
    const edges = all.slice(0, limit);
    const nodes = edges.map((e) => this.byId.get(e.source === id ? e.target : e.source)!).filter(Boolean);
    return { nodes, edges, total: all.length, truncated: all.length > limit };
  }

  search(q: string, limit = 20): SearchHit[] {
    const needle = normalise(q);
    if (!needle) return [];
    const hits: SearchHit[] = [];
    for (const n of this.doc.nodes) {
      const fields = [n.properties.name_en, n.properties.name_zh, n.id, n.properties.abbr].filter((x): x is string => typeof x === 'string');
      let best = 0;
      for (const field of fields) best = Math.max(best, score(normalise(field), needle));
      if (best > 0) {
        hits.push({ id: n.id, label: n.labels[0]!, name_en: String(n.properties.name_en), name_zh: String(n.properties.name_zh), score: best });
      }
    }
    hits.sort((a, b) => b.score - a.score || a.name_en.localeCompare(b.name_en));
    return hits.slice(0, limit);
  }
}

export interface SearchHit {
  id: string;
  label: string;
  name_en: string;
  name_zh: string;
  score: number;
}

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Exact > whole word > prefix > substring > a near miss (one edit) of a word. */
function score(field: string, needle: string): number {
  if (field === needle) return 100;
  const words = field.split(/[\s/()、，,.-]+/).filter(Boolean);
  if (words.includes(needle)) return 80;
  if (field.startsWith(needle) || words.some((w) => w.startsWith(needle))) return 60;
  if (field.includes(needle)) return 40;
  if (needle.length >= 4 && words.some((w) => withinOneEdit(w.slice(0, needle.length + 1), needle))) return 20;
  return 0;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
