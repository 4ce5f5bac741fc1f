import type { Metadata } from 'next';
import { auditGraph } from '@/graph/audit/checks';
import { marketFigures, marketShares } from '@/graph/landscape/markets';
import { rankings } from '@/graph/landscape/rankings';
import { AUDIT_SCOPE } from '@/graph/landscape/service';
import { runtime } from '@/graph/runtime';
import { parseLang, type RawParams } from '../components/shared/lang';
import MarketsView from './MarketsView';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Markets · Landscape Graph' };

// The market structure of the document: rankings, sizes and the consistency
// audit, read on the server straight from the graph; the charts draw in the
// browser (recharts, loaded on demand), the tables are in the first HTML.
export default async function MarketsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const { store, views } = await runtime();
  const [ranks, sizes, shares, audited] = await Promise.all([rankings(store), marketFigures(store), marketShares(store), views.scope('audit', AUDIT_SCOPE)]);
  return <MarketsView initialLang={parseLang(params)} rankings={ranks} sizes={sizes} shares={shares} audit={auditGraph(audited)} />;
}
