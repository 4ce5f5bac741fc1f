// Errors are values with codes. Where they become HTTP statuses is decided in
// one place (app/api/http.ts); graph/ only says what went wrong.
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_PARAMS'
  | 'SYNTAX'
  | 'READ_ONLY'
  /** A construct of Neo4j's Cypher the engine in use cannot answer as Neo4j does. */
  | 'UNSUPPORTED'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'NOT_FOUND'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export interface Position {
  line: number;
  column: number;
  offset: number;
}

export class GraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { position?: Position; clause?: string; construct?: string } = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}
