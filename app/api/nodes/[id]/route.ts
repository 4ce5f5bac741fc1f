import { runtime } from '@/graph/runtime';
import { handle } from '../../http';

export const dynamic = 'force-dynamic';

export function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await ctx.params;
    const { views } = await runtime();
    return Response.json(await views.node(id));
  });
}
