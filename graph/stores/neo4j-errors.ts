// Turns neo4j-driver errors into the app's coded errors (graph/errors.ts), so
// a Neo4j syntax error, write attempt, timeout or lost server reads the same
// as on Kuzu and never leaves as a stack of driver internals. Also names the
// file and line of a seed statement that Neo4j rejected.
import { GraphError, type Position } from '../errors';
import type { Statement } from '../seed/parse';

interface DriverError {
  code: string;
  message: string;
}

const isDriverError = (err: unknown): err is Error & DriverError =>
  err instanceof Error && typeof (err as Partial<DriverError>).code === 'string';

/** Neo4j appends "(line 1, column 8 (offset: 7))" to syntax and semantic errors. */
export function positionOf(message: string): Position | undefined {
  const m = message.match(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

/** The first line of a message, without Neo4j's position suffix. */
function headline(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '').trim();
}

/** The reason in a connection failure ("connect ECONNREFUSED 127.0.0.1:1"), not the driver's advice. */
function reasonOf(message: string): string {
  const caused = message.match(/Caused by: (.*)$/s);
  return (caused?.[1] ?? message).split('\n')[0]!.trim();
}

const unavailable = /^(ServiceUnavailable|SessionExpired)$|^Neo\.(ClientError\.Security\.|ClientError\.Database\.DatabaseNotFound|TransientError\.General\.DatabaseUnavailable)/;

/** The coded error for a driver error; anything else is returned unchanged. */
export function toGraphError(err: unknown, context: { timeoutMs?: number } = {}): unknown {
  if (err instanceof GraphError || !isDriverError(err)) return err;
  const { code, message } = err;
  if (/TransactionTimedOut/.test(code) || (/Terminated/.test(code) && /time(d)? ?out/i.test(message))) {
    // The same words as the Kuzu query worker's (graph/query/kuzu-pool.ts).
    const limit = context.timeoutMs ? `${context.timeoutMs} ms` : 'its time limit';
    return new GraphError('TIMEOUT', `the query did not finish within ${limit} and was stopped`);
  }
  if (/^Neo\.ClientError\.(Statement\.AccessMode|Security\.Forbidden)$|ForbiddenOnReadOnlyDatabase|NotALeader/.test(code)) {
    return new GraphError('READ_ONLY', `queries may only read: ${headline(message)}`);
  }
  if (/^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError)$/.test(code)) {
    const position = positionOf(message);
    return new GraphError('SYNTAX', headline(message), position ? { position } : {});
  }
  if (/^Neo\.ClientError\.Statement\.ParameterMissing$/.test(code)) return new GraphError('BAD_PARAMS', headline(message));
  if (unavailable.test(code)) return new GraphError('UNAVAILABLE', `Neo4j is unavailable: ${reasonOf(message)}`);
  if (/^Neo\.ClientError\.Statement\./.test(code)) return new GraphError('BAD_REQUEST', headline(message));
  return err;
}

/** The innermost cause: a routing failure wraps the connection error that explains it. */
function rootCause(err: unknown): unknown {
  let e = err;
  for (let i = 0; i < 10 && e instanceof Error && e.cause instanceof Error; i++) e = e.cause;
  return e;
}

/** Why the server at `uri` could not be used, as one line naming the URI (and the user, never the password). */
export function connectionError(uri: string, user: string, err: unknown): GraphError {
  const root = rootCause(err);
  const message = root instanceof Error ? root.message : String(root);
  const code = isDriverError(root) ? root.code : '';
  if (/^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit)$/.test(code)) {
    return new GraphError('UNAVAILABLE', `Neo4j at ${uri} refused user '${user}': ${headline(message)} (check NEO4J_USER and NEO4J_PASSWORD)`);
  }
  if (/^Unknown scheme/.test(message)) {
    return new GraphError('UNAVAILABLE', `cannot connect to Neo4j at ${uri}: the URI must start with bolt://, neo4j:// or neo4j+s:// (also bolt+s://, bolt+ssc://, neo4j+ssc://)`);
  }
  return new GraphError('UNAVAILABLE', `cannot connect to Neo4j at ${uri}: ${reasonOf(message).replace(/ Known routing table: .*$/, '')}`);
}

/** An error while seeding: a lost server stays UNAVAILABLE; anything else Neo4j refused is one line with its code. */
export function seedFailure(err: unknown): unknown {
  const mapped = toGraphError(err);
  if (mapped instanceof GraphError && mapped.code === 'UNAVAILABLE') return mapped;
  if (isDriverError(err)) return new Error(`Neo4j refused the seed: ${headline(err.message)} (${err.code})`);
  return err;
}

/** "file:line: message" for a seed statement Neo4j rejected (lines inside the statement are counted). */
export function neo4jProblem(st: Statement, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const position = positionOf(message);
  const line = position ? st.line + position.line - 1 : st.line;
  const code = isDriverError(err) && err.code.startsWith('Neo.') ? ` (${err.code})` : '';
  return `${st.file}:${line}: ${headline(message)}${code}`;
}
