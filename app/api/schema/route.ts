import { schemaOf } from '@/graph/landscape/schema';
import { runtime } from '@/graph/runtime';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

export function GET() {
  return handle(async () => {
    const { landscape } = await runtime();
    return Response.json(schemaOf(landscape.doc));
  });
}
