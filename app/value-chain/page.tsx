import type { Metadata } from 'next';
import { VALUE_CHAIN_SCOPE } from '@/graph/landscape/service';
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
  // Cut on the server: only the providers shown reach the page (at 100k nodes all of them made 63 MB of HTML).
  const chain = valueChainOf(await views.scope('value-chain', VALUE_CHAIN_SCOPE), show);
  return <ValueChainView chain={chain} initialLang={parseLang(params) ?? 'en'} urlHadLang={parseLang(params) !== undefined} show={show} />;
}
