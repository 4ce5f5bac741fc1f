// Reads a JSON request body within a size limit, so a client can neither
// exhaust the server with a large body nor get a stack trace for a bad one.
import type { z } from 'zod';
import { GraphError } from '@/graph/errors';

export const MAX_BODY_BYTES = 1024 * 1024;

async function readLimited(req: Request): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new GraphError('TOO_LARGE', `the request body is ${declared} bytes; the limit is 1 MB`);
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new GraphError('TOO_LARGE', 'the request body is larger than the 1 MB limit');
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Parses a JSON body with a zod schema; errors name the field that is wrong. */
export async function jsonBody<T>(req: Request, schema: z.ZodType<T>): Promise<T> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new GraphError('UNSUPPORTED_MEDIA_TYPE', `send the body as application/json (got ${type ? `"${type}"` : 'no content type'})`);
  }
  const text = await readLimited(req);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GraphError('BAD_REQUEST', `the body is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'body';
    const code = issue.path[0] === 'params' ? 'BAD_PARAMS' : 'BAD_REQUEST';
    throw new GraphError(code, `${where}: ${issue.message}`);
  }
  return parsed.data;
}

/** Parses URL search parameters with a zod schema. */
export function searchParams<T>(req: Request, schema: z.ZodType<T>): T {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GraphError('BAD_REQUEST', `${issue.path.join('.') || 'query string'}: ${issue.message}`);
  }
  return parsed.data;
}
