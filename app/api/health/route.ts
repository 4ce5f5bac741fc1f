import { sharedStore } from '@/graph/stores/shared';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

export function GET() {
  return handle(async () => {
    const store = await sharedStore();
    const [version, counts] = await Promise.all([store.version(), store.counts()]);
    return Response.json({ engine: store.engine, version, ...counts });
  });
}
