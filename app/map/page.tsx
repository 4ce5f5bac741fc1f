import type { Metadata } from 'next';
import { readMarketMap } from '@/graph/landscape/market-map';
import { runtime } from '@/graph/runtime';
import { parseLang, type RawParams } from '../components/shared/lang';
import MapView from './MapView';
import type { ProvidersFilter } from './mapView';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Market map · Landscape Graph' };

const filters: ProvidersFilter[] = ['all', 'independent', 'non-independent'];

// Read on the server from the store (a few aggregate reads), drawn in the first HTML.
export default async function MapPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const { store } = await runtime();
  const providers = filters.find((f) => f === params.providers) ?? 'all';
  return <MapView map={await readMarketMap(store)} initialLang={parseLang(params)} initialProviders={providers} />;
}
