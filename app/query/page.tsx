import type { Metadata } from 'next';
import { modelUnits } from '../units';
import { parseWorkbenchUrl } from './storage';
import Workbench from './Workbench';

export const metadata: Metadata = { title: 'Query workbench · Landscape Graph' };

// The query workbench: the query and parameters come from the URL (a shared
// link restores them and runs the query); the editor, results and panels are
// client components.
export default async function QueryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const url = parseWorkbenchUrl(await searchParams);
  return <Workbench initial={url} units={modelUnits()} />;
}
