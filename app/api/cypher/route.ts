import { z } from 'zod';
import { runAdHoc } from '@/graph/query/service';
import { runtime } from '@/graph/runtime';
import { jsonBody } from '../body';
import { handle } from '../http';

export const dynamic = 'force-dynamic';

const body = z.object({
  query: z.string({ error: 'query must be a string of Cypher' }),
  params: z.record(z.string(), z.unknown(), { error: 'params must be an object of name → value' }).optional(),
});

export function POST(req: Request) {
  return handle(async () => {
    const { query, params } = await jsonBody(req, body);
    const { adHoc } = await runtime();
    return Response.json(await runAdHoc(adHoc, query, params));
  });
}
