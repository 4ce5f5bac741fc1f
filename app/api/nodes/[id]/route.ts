import { GraphError } from '@/graph/errors';
import { runtime } from '@/graph/runtime';
import { handle } from '../../http';

export const dynamic = 'force-dynamic';

export function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await ctx.params;
    const { landscape } = await runtime();
    const node = landscape.byId.get(id);
    if (!node) throw new GraphError('NOT_FOUND', `no node with id "${id}"`);
    const neighbours = landscape.edgesOf(id).map((edge) => ({
      edge,
      node: landscape.byId.get(edge.source === id ? edge.target : edge.source),
    }));
    return Response.json({ node, provenance: { sourceSection: node.properties.sourceSection ?? null }, neighbours });
  });
}
