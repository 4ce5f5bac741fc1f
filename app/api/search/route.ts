import { z } from 'zod';
import { runtime } from '@/graph/runtime';
import { searchParams } from '../body';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

const query = z.object({
  q: z.string({ error: 'q (the text to search for) is required' }).min(1, 'q must not be empty').max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export function GET(req: Request) {
  return handle(async () => {
    const { q, limit } = searchParams(req, query);
    const { views } = await runtime();
    return Response.json({ hits: await views.search(q, limit) });
  });
}
