import { rankings } from '@/graph/landscape/rankings';
import { runtime } from '@/graph/runtime';
import { preload } from 'react-dom';
import Explorer from './explorer/Explorer';
import { parseLang, type RawParams } from './components/shared/lang';
import { graphUrl, parseState } from './explorer/urlState';
import { modelUnits } from './units';

export const dynamic = 'force-dynamic';

// The landscape explorer. The rankings are rendered on the server (readable
// before any script runs); the graph comes from GET /api/graph in the browser.
export default async function Home({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const initial = parseState(params);
  // The browser starts fetching the graph with the page, not after hydration.
  preload(graphUrl(initial.max), { as: 'fetch', crossOrigin: 'anonymous' });
  const { store } = await runtime();
  // The side panel lists the largest markets' rankings; all of them are on /markets.
  const ranks = await rankings(store, 12);
  return <Explorer initial={initial} urlHadLang={parseLang(params) !== undefined} rankings={ranks} units={modelUnits()} />;
}
