// The one place where graph errors become HTTP responses. Nothing else in
// app/ picks a status code for an error, and no stack trace leaves the server.
import { GraphError, type ErrorCode } from '@/graph/errors';

const status: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  BAD_PARAMS: 400,
  SYNTAX: 400,
  UNSUPPORTED: 400,
  READ_ONLY: 403,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TIMEOUT: 504,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export function errorResponse(err: unknown): Response {
  const e =
    err instanceof GraphError ? err : new GraphError('INTERNAL', 'the server could not answer this request; see its log');
  if (!(err instanceof GraphError)) console.error(err);
  return Response.json({ error: { code: e.code, message: e.message, ...e.details } }, { status: status[e.code] });
}

/** Runs a handler body and maps any thrown error to its response. */
export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    return errorResponse(err);
  }
}
