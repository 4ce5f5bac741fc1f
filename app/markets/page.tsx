import type { Metadata } from 'next';
import { marketFigures, marketShares } from '@/graph/landscape/markets';
import { rankings } from '@/graph/landscape/rankings';
import { runtime } from '@/graph/runtime';
import { parseLang, parseShow, type RawParams } from '../components/shared/lang';
import { marketLists, rankingsFor } from './lists';
import MarketsView from './MarketsView';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Markets · Landscape Graph' };

// The market structure of the document: rankings, sizes and the consistency
// audit, read on the server straight from the graph; the charts draw in the
// browser (recharts, loaded on demand), the tables are in the first HTML.
export default async function MarketsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const show = parseShow(params);
  const { store, views } = await runtime();
  // The rankings are read largest first up to the page's count; the other lists are cut here, before they reach the page.
  const [ranks, schema, sizes, shares, audited] = await Promise.all([
    rankings(store, rankingsFor(show)),
    views.schema(),
    marketFigures(store),
    marketShares(store),
    views.audit(show),
  ]);
  const rankingTotal = schema.labels.find((l) => l.name === 'Ranking')?.count ?? ranks.length;
  return (
    <MarketsView
      initialLang={parseLang(params)}
      show={show}
      rankings={{ items: ranks, total: rankingTotal }}
      lists={marketLists(sizes, shares, audited, show)}
    />
  );
}
