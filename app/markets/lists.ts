// The lists of /markets cut at the page's cap on the server, each with its
// total, so a big landscape's page carries what it shows and says how much
// more there is (at 100k nodes the whole lists made 371 MB of HTML). Pure.
import type { AuditCheck } from '@/graph/audit/checks';
import type { AuditSummary } from '@/graph/landscape/audit';
import type { MarketFigures, MarketShare } from '@/graph/landscape/markets';

export interface Shown<T> {
  items: T[];
  total: number;
}

export interface MarketLists {
  markets: Shown<MarketFigures>;
  parts: Shown<MarketFigures>;
  penetration: Shown<MarketFigures>;
  shares: Shown<MarketShare>;
  /** Flagged checks first; `passed` and `flagged` count every check, shown or not. */
  audit: Shown<AuditCheck> & { passed: number; flagged: number };
}

const cut = <T>(list: T[], cap: number): Shown<T> => ({ items: list.slice(0, cap), total: list.length });
const bySize = (a: MarketFigures, b: MarketFigures) => (b.size_2023 ?? b.size_2028e ?? 0) - (a.size_2023 ?? a.size_2028e ?? 0);

export function marketLists(sizes: MarketFigures[], shares: MarketShare[], audit: AuditSummary, cap: number): MarketLists {
  return {
    markets: cut(sizes.filter((m) => m.level === 'market').sort(bySize), cap),
    parts: cut(sizes.filter((m) => m.level !== 'market' && (m.size_2023 !== null || m.size_2028e !== null)).sort(bySize), cap),
    penetration: cut(sizes.filter((m) => m.penetration_2023 !== null || m.penetration_2028e !== null), cap),
    shares: cut(shares, cap),
    // The audit comes cut at the cap by the store's reader (graph/landscape/audit.ts), with its counts.
    audit: { items: audit.items.slice(0, cap), total: audit.total, passed: audit.passed, flagged: audit.flagged },
  };
}

/** Rankings per page: each is a card with its chart, so fewer than the other lists' rows. */
export const rankingsFor = (show: number) => Math.max(1, Math.ceil(show / 5));
