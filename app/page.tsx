import { rankings } from '@/graph/landscape/rankings';
import { runtime } from '@/graph/runtime';
import Explorer from './components/Explorer';
import { parseLang, parseState, type RawParams } from './components/urlState';
import { modelUnits } from './units';

export const dynamic = 'force-dynamic';

// The landscape explorer. The rankings are rendered on the server (readable
// before any script runs); the graph comes from GET /api/graph in the browser.
export default async function Home({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const { store } = await runtime();
  const ranks = await rankings(store);
  return <Explorer initial={parseState(params)} urlHadLang={parseLang(params) !== undefined} rankings={ranks} units={modelUnits()} />;
}
