import type { Metadata } from 'next';
import { runtime } from '@/graph/runtime';
import { parseLang, parseShow, type RawParams } from '../components/shared/lang';
import { valueChainOf } from './valueChain';
import ValueChainView from './ValueChainView';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Value chain · Landscape Graph' };

export default async function ValueChainPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const { views } = await runtime();
  const show = parseShow(params);
  // Only the providers shown are read and reach the page (at 100k nodes all of them made 63 MB of HTML).
  const part = await views.valueChain(show);
  const chain = valueChainOf(part.doc, show, part.totals);
  return <ValueChainView chain={chain} initialLang={parseLang(params) ?? 'en'} urlHadLang={parseLang(params) !== undefined} show={show} />;
}
