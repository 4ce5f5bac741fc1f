// The consistency audit (graph/audit/checks.ts) read from the store a part
// at a time, for /markets: the markets' own figures (Segments, PriceFacts
// and the PART_OF between Segments, bounded by the number of markets), then
// the rankings in pages of RANKINGS_PAGE, each with its segment, that
// segment's RANKED_IN relationships and their providers' names. What is kept
// is the count of checks and the first `cap` flagged and passed ones, so the
// server never holds the audit's whole part of the landscape: at 100k nodes
// that was 50,000 providers and 215,000 RANKED_IN. The checks and their
// order are those of auditGraph over the whole graph. Portable Cypher
// through GraphStore.query, as graph/landscape/markets.ts.
import { auditMarkets, auditRankings, type AuditCheck } from '../audit/checks';
import { edgeId, relSchemas, type GraphEdge, type GraphNode } from '../model';
import type { GraphStore, Value } from '../stores/types';

/** Rankings read at a time. */
export const RANKINGS_PAGE = 1_000;

export interface AuditSummary {
  /** Every check, shown or not. */
  total: number;
  passed: number;
  flagged: number;
  /** The first `cap` of the flagged checks then the passed ones, each in the audit's order. */
  items: AuditCheck[];
}

const RANKINGS = 'MATCH (k:Ranking) WHERE k.id > $after WITH k ORDER BY k.id LIMIT $page RETURN k';
const SEGMENTS = 'UNWIND $ids AS i MATCH (k:Ranking {id: i})-[:RANKS]->(s:Segment) RETURN k.id AS k, s';
/** RANKED_IN's properties by name, as the model declares them: a relationship value would need LadybugDB's map of every node id. */
const RANKED_COLUMNS = Object.keys(relSchemas.RANKED_IN.props.shape);
const RANKED = `UNWIND $ids AS i MATCH (p:Provider)-[r:RANKED_IN]->(s:Segment {id: i})
RETURN p.id AS _p, p.name_en AS _name, s.id AS _s${RANKED_COLUMNS.map((k) => `, r.${k} AS ${k}`).join('')}`;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const isNode = (v: Value | undefined): v is GraphNode => typeof v === 'object' && v !== null && 'labels' in v;

/** Counts the checks and keeps the first `cap` of each verdict. */
class Tally {
  total = 0;
  private readonly flagged: AuditCheck[] = [];
  private readonly passed: AuditCheck[] = [];
  private flaggedCount = 0;

  constructor(private readonly cap: number) {}

  add(checks: readonly AuditCheck[]) {
    for (const c of checks) {
      this.total++;
      if (!c.pass) this.flaggedCount++;
      const list = c.pass ? this.passed : this.flagged;
      if (list.length < this.cap) list.push(c);
    }
  }

  summary(): AuditSummary {
    return { total: this.total, passed: this.total - this.flaggedCount, flagged: this.flaggedCount, items: [...this.flagged, ...this.passed].slice(0, this.cap) };
  }
}

/** One page of rankings with what their checks read: their segments, those segments' RANKED_IN, the providers' names. */
async function rankingsPart(store: GraphStore, rankings: GraphNode[]): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const segments = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const r of (await store.query(SEGMENTS, { ids: rankings.map((k) => k.id) })).rows) {
    if (!isNode(r.s)) continue;
    segments.set(r.s.id, r.s);
    edges.push({ id: edgeId('RANKS', String(r.k), r.s.id), type: 'RANKS', source: String(r.k), target: r.s.id, properties: {} });
  }
  const providers = new Map<string, GraphNode>();
  for (const r of (await store.query(RANKED, { ids: [...segments.keys()] })).rows) {
    const [p, s] = [String(r._p), String(r._s)];
    if (!providers.has(p)) providers.set(p, { id: p, labels: ['Provider'], properties: typeof r._name === 'string' ? { name_en: r._name } : {} });
    const properties = Object.fromEntries(RANKED_COLUMNS.flatMap((k) => (r[k] === null || r[k] === undefined ? [] : [[k, r[k]]])));
    edges.push({ id: edgeId('RANKED_IN', p, s), type: 'RANKED_IN', source: p, target: s, properties });
  }
  return { nodes: [...rankings, ...segments.values(), ...providers.values()].sort(byId), edges: edges.sort(byId) };
}

/** The audit's count of checks and its first `cap` flagged and passed checks, read `page` rankings at a time. */
export async function readAudit(store: GraphStore, cap: number, page = RANKINGS_PAGE): Promise<AuditSummary> {
  const tally = new Tally(cap);
  for (let after = ''; ; ) {
    const rankings = (await store.query(RANKINGS, { after, page })).rows.map((r) => r.k).filter(isNode);
    if (rankings.length === 0) break;
    tally.add(auditRankings(await rankingsPart(store, rankings)));
    after = rankings.at(-1)!.id;
    if (rankings.length < page) break;
  }
  tally.add(auditMarkets(await store.views.readScope({ labels: ['Segment', 'PriceFact'], types: ['PART_OF'] })));
  return tally.summary();
}
