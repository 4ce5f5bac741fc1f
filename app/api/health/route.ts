import { runtime } from '@/graph/runtime';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

export function GET() {
  return handle(async () => {
    const rt = await runtime();
    const [version, counts] = await Promise.all([rt.store.version(), rt.store.counts()]);
    // `prepared`: the server's start-up reads are done (graph/runtime.ts); it answers before, only slower.
    return Response.json({ engine: rt.store.engine, version, ...counts, prepared: rt.prepared() });
  });
}
