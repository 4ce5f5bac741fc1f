import { z } from 'zod';
import { runtime } from '@/graph/runtime';
import { searchParams } from '../body';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

const query = z.object({
  independent: z.enum(['true', 'false'], { error: 'independent must be true or false' }).optional(),
  segment: z.string().max(200).optional(),
  layer: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
});

export function GET(req: Request) {
  return handle(async () => {
    const f = searchParams(req, query);
    const { landscape } = await runtime();
    return Response.json(
      landscape.filter({ ...f, independent: f.independent === undefined ? undefined : f.independent === 'true' }),
    );
  });
}
