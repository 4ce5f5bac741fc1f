import { runtime } from '@/graph/runtime';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

export function GET() {
  return handle(async () => {
    const { views } = await runtime();
    return Response.json(await views.schema());
  });
}
