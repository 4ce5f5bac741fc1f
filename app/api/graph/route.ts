import { z } from 'zod';
import { VIEW_DEFAULT_MAX, VIEW_MAX } from '@/graph/landscape/view';
import { runtime } from '@/graph/runtime';
import { searchParams } from '../body';
import { streamJson } from '../json-stream';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

const query = z.object({
  independent: z.enum(['true', 'false'], { error: 'independent must be true or false' }).optional(),
  segment: z.string().max(200).optional(),
  layer: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  /** Nodes + relationships at most; the most connected nodes come first. */
  max: z.coerce.number({ error: 'max must be a number' }).int('max must be a whole number').min(1, 'max must be at least 1').max(VIEW_MAX, `max must be at most ${VIEW_MAX}`).default(VIEW_DEFAULT_MAX),
});

export function GET(req: Request) {
  return handle(async () => {
    const { max, ...f } = searchParams(req, query);
    const { views } = await runtime();
    return streamJson({ ...(await views.view({ ...f, independent: f.independent === undefined ? undefined : f.independent === 'true' }, max)) });
  });
}
