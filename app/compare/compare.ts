// Providers side by side, from what /api/nodes/:id answers for each: one row
// per fact (profile, listing, layers, value-chain roles, and rank, revenue and
// share in every market any of them is ranked in), one cell per provider, each
// with the section of the document it comes from. A fact the graph does not
// state for a provider is an empty cell, which the page shows as "not stated":
// never a zero, never a guess. Pure, so the table and its CSV are one shape.
import type { GraphEdge, GraphNode } from '@/graph/model';
import { formatFigure, type Units } from '@/app/components/details/figures';
import type { Lang } from '@/app/components/shared/i18n';
import { nameOf } from '@/app/components/shared/names';
import type { CompareStrings } from './strings';

/** What GET /api/nodes/:id answers. */
export interface NodeAnswer {
  node: GraphNode;
  neighbours: { edge: GraphEdge; node: GraphNode }[];
}

export interface Cell {
  text: string;
  /** The document's section heading the fact comes from. */
  source?: string;
}

export type Group = 'profile' | 'listing' | 'layers' | 'roles' | 'markets';

export interface CompareRow {
  key: string;
  group: Group;
  fact: string;
  /** One per provider, in the order given; undefined: not stated. */
  cells: (Cell | undefined)[];
}

export const MAX_PROVIDERS = 6;

const sourceOf = (props: Record<string, unknown>) => (typeof props.sourceSection === 'string' ? props.sourceSection : undefined);

/** The cells of a fact that may have several values per provider (listings, layers): joined, with their sources. */
function joined(parts: { text: string; source?: string }[]): Cell | undefined {
  if (!parts.length) return undefined;
  const sources = [...new Set(parts.map((p) => p.source).filter((s): s is string => !!s))];
  return { text: parts.map((p) => p.text).join('; '), source: sources.join('; ') || undefined };
}

const outgoing = (a: NodeAnswer, type: string) => a.neighbours.filter((n) => n.edge.type === type && n.edge.source === a.node.id);

export function compareRows(providers: NodeAnswer[], units: Units, lang: Lang, t: CompareStrings): CompareRow[] {
  const rows: CompareRow[] = [];
  const prop = (group: Group, key: string, fact: string, show: (v: unknown) => string) =>
    rows.push({
      key,
      group,
      fact,
      cells: providers.map((a) => {
        const v = a.node.properties[key];
        return v === undefined || v === null ? undefined : { text: show(v), source: sourceOf(a.node.properties) };
      }),
    });
  prop('profile', 'independent', t.independent, (v) => (v === true ? t.yes : t.no));
  prop('profile', 'corporate_status', t.corporateStatus, (v) => t.statuses[String(v)] ?? String(v));
  prop('profile', 'founded', t.founded, (v) => String(v));

  rows.push({
    key: 'listing',
    group: 'listing',
    fact: t.listing,
    cells: providers.map((a) =>
      joined(
        outgoing(a, 'LISTED_ON').map(({ edge, node }) => {
          const kind = edge.properties.listing === 'primary' ? t.primary : edge.properties.listing === 'secondary' ? t.secondary : undefined;
          const year = typeof edge.properties.year === 'number' ? edge.properties.year : undefined;
          const extra = [kind, year].filter((x) => x !== undefined).join(', ');
          return { text: extra ? `${nameOf(node, lang)} (${extra})` : nameOf(node, lang), source: sourceOf(edge.properties) };
        }),
      ),
    ),
  });
  for (const [key, group, type, fact] of [
    ['layers', 'layers', 'OFFERS', t.layers],
    ['roles', 'roles', 'PLAYS_ROLE', t.roles],
  ] as const) {
    rows.push({
      key,
      group,
      fact,
      cells: providers.map((a) => joined(outgoing(a, type).map(({ edge, node }) => ({ text: nameOf(node, lang), source: sourceOf(edge.properties) })))),
    });
  }

  // Every market any of them is ranked in, by name; a rank, a revenue and a share row each.
  const markets = new Map<string, GraphNode>();
  for (const a of providers) for (const { node } of outgoing(a, 'RANKED_IN')) markets.set(node.id, node);
  const unit = units.RANKED_IN ?? {};
  for (const market of [...markets.values()].sort((x, y) => nameOf(x, lang).localeCompare(nameOf(y, lang)))) {
    const name = nameOf(market, lang);
    for (const [key, fact] of [
      ['rank', t.rank(name)],
      ['revenue', t.revenue(name)],
      ['share', t.share(name)],
    ] as const) {
      rows.push({
        key: `${market.id}:${key}`,
        group: 'markets',
        fact,
        cells: providers.map((a) => {
          const edge = outgoing(a, 'RANKED_IN').find((n) => n.node.id === market.id)?.edge;
          const v = edge?.properties[key];
          if (!edge || typeof v !== 'number') return undefined;
          const u = key === 'revenue' && typeof edge.properties.revenue_unit === 'string' ? edge.properties.revenue_unit : (unit[key] ?? '');
          const shown = `${key === 'rank' ? '#' : ''}${formatFigure(key, v, u)}${u === '%' ? '%' : u && u !== 'rank' ? ` ${u}` : ''}`;
          const year = typeof edge.properties.year === 'number' ? ` (${edge.properties.year})` : '';
          return { text: shown + year, source: sourceOf(edge.properties) };
        }),
      });
    }
  }
  return rows;
}

/** The table as CSV rows: a header of the providers' names, then each fact with its value and source per provider. */
export function compareTable(providers: NodeAnswer[], rows: CompareRow[], lang: Lang, t: CompareStrings): string[][] {
  const header = [t.fact, ...providers.flatMap((a) => [nameOf(a.node, lang), `${nameOf(a.node, lang)} · ${t.source}`])];
  return [header, ...rows.map((r) => [r.fact, ...r.cells.flatMap((c) => (c ? [c.text, c.source ?? ''] : [t.notStated, '']))])];
}

/** The ids of a URL's ?ids=, at most MAX_PROVIDERS, each once. */
export function parseIds(raw: string | string[] | undefined): string[] {
  const text = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  return [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))].slice(0, MAX_PROVIDERS);
}
