import { z } from 'zod';
import { PATH_LIMITS, pathsUpTo, shortestPath } from '@/graph/landscape/paths';
import { runtime } from '@/graph/runtime';
import { searchParams } from '../body';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

const query = z.object({
  from: z.string({ error: 'from (a node id) is required' }).min(1, 'from must not be empty').max(200),
  to: z.string({ error: 'to (a node id) is required' }).min(1, 'to must not be empty').max(200),
  /** shortest: one shortest path; all: every simple path up to k hops. */
  mode: z.enum(['shortest', 'all'], { error: 'mode must be shortest or all' }).default('shortest'),
  k: z.coerce.number({ error: 'k must be a number' }).int('k must be a whole number').min(1, 'k must be at least 1').max(PATH_LIMITS.maxK, `k must be at most ${PATH_LIMITS.maxK}`).default(3),
});

/** GET /api/paths?from=&to=[&mode=shortest|all][&k=]: paths between two nodes, read from the store a node at a time. */
export function GET(req: Request) {
  return handle(async () => {
    const { from, to, mode, k } = searchParams(req, query);
    const { store } = await runtime();
    return Response.json(mode === 'all' ? await pathsUpTo(store.views, from, to, k) : await shortestPath(store.views, from, to));
  });
}
