import type { Metadata } from 'next';
import { parseLang, type RawParams } from '../components/shared/lang';
import { modelUnits } from '../units';
import { parseIds } from './compare';
import CompareView from './CompareView';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Compare providers · Landscape Graph' };

// The providers of ?ids= are read in the browser through /api/nodes/:id, one
// bounded read each, as the details panel reads them.
export default async function ComparePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  return <CompareView initialIds={parseIds(params.ids)} initialLang={parseLang(params)} units={modelUnits()} />;
}
