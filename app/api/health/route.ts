import { runtime } from '@/graph/runtime';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

export function GET() {
  return handle(async () => {
    const { store } = await runtime();
    const [version, counts] = await Promise.all([store.version(), store.counts()]);
    return Response.json({ engine: store.engine, version, ...counts });
  });
}
