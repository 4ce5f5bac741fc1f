// The consistency audit: figures the document states twice, recomputed from
// the graph. A failing check is reported with both sources; the data is never
// "fixed", because a discrepancy may be the document's own.
import type { GraphDocument, GraphEdge, GraphNode } from '../model';
import { cagr, div, mid, overlaps, scale, stated, sum, type Interval } from './interval';

export interface AuditCheck {
  check: string;
  stated: number;
  computed: number;
  /** Recomputed minus stated; `pass` says whether rounding explains it. */
  difference: number;
  pass: boolean;
  statedAt: string;
  computedFrom: string;
}

const num = (x: unknown) => (typeof x === 'number' ? x : undefined);
const where = (el: GraphNode | GraphEdge, prop: string) =>
  `${'labels' in el ? el.id : el.id}.${prop} (${String(el.properties.sourceSection ?? 'no sourceSection')})`;

// Precision of each kind of figure as the document writes it.
const DEC = { share: 1, revenue: 2, size: 1, cagr: 1, price: 1 } as const;

function result(check: string, st: number, dec: number, computed: Interval, statedAt: string, computedFrom: string): AuditCheck {
  const s = stated(st, dec);
  return {
    check,
    stated: st,
    computed: Math.round(mid(computed) * 1000) / 1000,
    difference: Math.round((mid(computed) - st) * 1000) / 1000,
    pass: overlaps(s, computed),
    statedAt,
    computedFrom,
  };
}

/** Every check of the audit, in its order: the rankings' (auditRankings), then the markets' (auditMarkets). */
export function auditGraph(doc: GraphDocument): AuditCheck[] {
  return [...auditRankings(doc), ...auditMarkets(doc)];
}

const namer = (byId: Map<string, GraphNode>) => (id: string) => String(byId.get(id)?.properties.name_en ?? id);

/**
 * The checks of the rankings of `doc`, in its order: top-5 totals, shares against revenue ÷ market total, market
 * total against the segment. `doc` needs each ranking's RANKS segment, that segment's RANKED_IN relationships and
 * the names of their providers; a part of the landscape holding some rankings gives those rankings' checks.
 */
export function auditRankings(doc: GraphDocument): AuditCheck[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const out: AuditCheck[] = [];
  const name = namer(byId);

  // Indexes, so that the audit stays linear in the size of the graph.
  const ranksOf = new Map<string, string>();
  const rankedIn = new Map<string, GraphEdge[]>();
  for (const e of doc.edges) {
    if (e.type === 'RANKS' && !ranksOf.has(e.source)) ranksOf.set(e.source, e.target);
    if (e.type === 'RANKED_IN') {
      const list = rankedIn.get(e.target);
      if (list) list.push(e);
      else rankedIn.set(e.target, [e]);
    }
  }

  // Rankings: top-5 totals, shares against revenue ÷ market total, market total against the segment.
  for (const ranking of doc.nodes.filter((n) => n.labels.includes('Ranking'))) {
    const rp = ranking.properties;
    const segId = ranksOf.get(ranking.id);
    if (!segId) continue;
    const ranked = (rankedIn.get(segId) ?? []).filter((e) => e.properties.year === rp.year);
    const total = num(rp.market_total);
    // A ranking may list more than five; the top-5 totals are those of ranks 1 to 5.
    const top5 = ranked.filter((e) => (num(e.properties.rank) ?? Infinity) <= 5);
    const revenues = top5.map((e) => num(e.properties.revenue)).filter((x): x is number => x !== undefined);
    const shares = top5.map((e) => num(e.properties.share)).filter((x): x is number => x !== undefined);
    const from = `${top5.length} RANKED_IN → ${segId} (${String(top5[0]?.properties.sourceSection ?? '')})`;
    if (num(rp.top5_revenue) !== undefined && revenues.length) {
      out.push(result(`${name(ranking.id)}: top-5 revenue = sum of the five`, rp.top5_revenue as number, DEC.revenue, sum(revenues.map((r) => stated(r, DEC.revenue))), where(ranking, 'top5_revenue'), from));
    }
    if (num(rp.top5_share) !== undefined && shares.length) {
      out.push(result(`${name(ranking.id)}: top-5 share = sum of the five`, rp.top5_share as number, DEC.share, sum(shares.map((s) => stated(s, DEC.share))), where(ranking, 'top5_share'), from));
    }
    if (total !== undefined) {
      for (const e of ranked) {
        const rev = num(e.properties.revenue);
        const share = num(e.properties.share);
        if (rev === undefined || share === undefined) continue;
        out.push(result(`${name(e.source)} in ${name(segId)}: share = revenue ÷ market total`, share, DEC.share, scale(div(stated(rev, DEC.revenue), stated(total, DEC.size)), 100), where(e, 'share'), `${e.id}.revenue ÷ ${ranking.id}.market_total`));
      }
      const seg = byId.get(segId);
      const size = num(seg?.properties.size_2023);
      if (seg && size !== undefined && rp.year === 2023) {
        out.push(result(`${name(ranking.id)}: market total = ${name(segId)} size 2023`, total, DEC.size, stated(size, DEC.size), where(ranking, 'market_total'), where(seg, 'size_2023')));
      }
    }
  }

  return out;
}

/**
 * The checks of the markets of `doc`, in its order: CAGRs against sizes, price and cost CAGRs against values,
 * shares of a parent market against sizes, and parts that add up to the whole. `doc` needs the Segments, the
 * PriceFacts and the PART_OF relationships between Segments.
 */
export function auditMarkets(doc: GraphDocument): AuditCheck[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const out: AuditCheck[] = [];
  const name = namer(byId);

  // Market CAGRs against start and end sizes.
  for (const seg of doc.nodes.filter((n) => n.labels.includes('Segment'))) {
    const p = seg.properties;
    const [s, e, g] = [num(p.size_2023), num(p.size_2028e), num(p.cagr_2023_2028e)];
    if (s !== undefined && e !== undefined && g !== undefined) {
      out.push(result(`${name(seg.id)}: CAGR 2023–2028E from sizes`, g, DEC.cagr, cagr(stated(s, DEC.size), stated(e, DEC.size), 5), where(seg, 'cagr_2023_2028e'), `${seg.id}.size_2023 → size_2028e`));
    }
  }

  // Price and cost CAGRs against start and end values.
  for (const f of doc.nodes.filter((n) => n.labels.includes('PriceFact'))) {
    const p = f.properties;
    const [s, e, g, y0, y1] = [num(p.start_value), num(p.end_value), num(p.cagr), num(p.year_from), num(p.year_to)];
    if (s !== undefined && e !== undefined && g !== undefined && y0 !== undefined && y1 !== undefined && y1 > y0) {
      out.push(result(`${name(f.id)}: CAGR ${y0}–${y1} from values`, g, DEC.cagr, cagr(stated(s, DEC.price), stated(e, DEC.price), y1 - y0), where(f, 'cagr'), `${f.id}.start_value → end_value`));
    }
  }

  // Shares of a parent market against the sizes; parts that add up to the whole.
  const partOf = doc.edges.filter((e) => e.type === 'PART_OF' && byId.get(e.source)?.labels.includes('Segment'));
  for (const e of partOf) {
    const child = byId.get(e.source)!;
    const parent = byId.get(e.target);
    for (const year of ['2023', '2028e'] as const) {
      const share = num(e.properties[`share_${year}`]);
      const cs = num(child.properties[`size_${year}`]);
      const ps = num(parent?.properties[`size_${year}`]);
      if (share === undefined || cs === undefined || ps === undefined || !parent) continue;
      out.push(result(`${name(child.id)}: share of ${name(parent.id)} ${year.toUpperCase()} = size ÷ size`, share, DEC.share, scale(div(stated(cs, DEC.size), stated(ps, DEC.size)), 100), where(e, `share_${year}`), `${where(child, `size_${year}`)} ÷ ${where(parent, `size_${year}`)}`));
    }
  }
  const partsOf = new Map<string, GraphEdge[]>();
  for (const e of partOf) {
    const list = partsOf.get(e.target);
    if (list) list.push(e);
    else partsOf.set(e.target, [e]);
  }
  for (const [pid, all] of partsOf) {
    const parts = all.filter((e) => num(e.properties.share_2023) !== undefined);
    const shareSum = parts.reduce((a, e) => a + (e.properties.share_2023 as number), 0);
    if (parts.length < 2 || Math.abs(shareSum - 100) > 1) continue; // not a partition of the parent
    const parent = byId.get(pid)!;
    const sizes = parts.map((e) => num(byId.get(e.source)?.properties.size_2023));
    const ps = num(parent.properties.size_2023);
    const names = parts.map((e) => name(e.source)).join(' + ');
    out.push(result(`${names} = 100% of ${name(pid)} 2023`, 100, DEC.share, sum(parts.map((e) => stated(e.properties.share_2023 as number, DEC.share))), `shares of ${pid}`, parts.map((e) => where(e, 'share_2023')).join(' + ')));
    if (ps !== undefined && sizes.every((x) => x !== undefined)) {
      out.push(result(`${names} = ${name(pid)} size 2023`, ps, DEC.size, sum(sizes.map((x) => stated(x!, DEC.size))), where(parent, 'size_2023'), parts.map((e) => where(byId.get(e.source)!, 'size_2023')).join(' + ')));
    }
  }
  return out;
}
