import { z } from 'zod';
import { runtime } from '@/graph/runtime';
import { searchParams } from '../../../body';
import { handle } from '../../../http';

export const dynamic = 'force-dynamic';

const query = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await ctx.params;
    const { limit, offset } = searchParams(req, query);
    const { views } = await runtime();
    return Response.json(await views.neighbours(id, limit, offset));
  });
}
