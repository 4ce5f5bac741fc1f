// Driver errors become the app's coded errors. The errors are real
// neo4j-driver Neo4jError objects with the codes and messages Neo4j 5 sends.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/errors';
import { connectionError, neo4jProblem, seedFailure, toGraphError } from '../../../graph/stores/neo4j-errors';

const neo4jError = (message: string, code: string, gqlStatus = '50N42') =>
  new neo4j.Neo4jError(message, code, gqlStatus, 'error: general processing exception');

const syntax = neo4jError(
  "Invalid input 'RETRN': expected 'FOREACH', 'CALL', 'CREATE' or 'MATCH' (line 2, column 1 (offset: 10))\n\"RETRN n\"\n ^",
  'Neo.ClientError.Statement.SyntaxError',
  '42001',
);

describe('query errors from Neo4j become coded errors', () => {
  it('reports a syntax error as SYNTAX with its line, column and offset, without the caret drawing', () => {
    const err = toGraphError(syntax) as GraphError;
    expect(err).toBeInstanceOf(GraphError);
    expect(err.code).toBe('SYNTAX');
    expect(err.message).toBe("Invalid input 'RETRN': expected 'FOREACH', 'CALL', 'CREATE' or 'MATCH'");
    expect(err.details.position).toEqual({ line: 2, column: 1, offset: 10 });
  });

  it('reports a write refused by the READ access mode as READ_ONLY', () => {
    const err = toGraphError(
      neo4jError('Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)', 'Neo.ClientError.Statement.AccessMode'),
    ) as GraphError;
    expect(err.code).toBe('READ_ONLY');
    expect(err.message).toMatch(/read access mode/);
  });

  it('reports a transaction stopped by its client timeout as TIMEOUT, naming the limit', () => {
    const err = toGraphError(
      neo4jError(
        'The transaction has not completed within the timeout specified at its start by the client. You may want to retry with a longer timeout.',
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      ),
      { timeoutMs: 250 },
    ) as GraphError;
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toBe('the query did not finish within 250 ms and was stopped');
  });

  it('reports a missing parameter as BAD_PARAMS and a lost server as UNAVAILABLE', () => {
    expect((toGraphError(neo4jError('Expected parameter(s): limit', 'Neo.ClientError.Statement.ParameterMissing')) as GraphError).code).toBe(
      'BAD_PARAMS',
    );
    const lost = toGraphError(neo4jError('Connection was closed by server', neo4j.error.SERVICE_UNAVAILABLE)) as GraphError;
    expect(lost.code).toBe('UNAVAILABLE');
  });

  it('passes any other error through unchanged', () => {
    const other = new Error('boom');
    expect(toGraphError(other)).toBe(other);
    const internal = neo4jError('out of memory', 'Neo.DatabaseError.General.UnknownError');
    expect(toGraphError(internal)).toBe(internal);
  });
});

describe('connection failures name the URI in one line', () => {
  it('keeps the cause of a refused connection, not the driver\'s advice', () => {
    const err = connectionError(
      'bolt://localhost:7687',
      'neo4j',
      neo4jError(
        'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
        neo4j.error.SERVICE_UNAVAILABLE,
      ),
    );
    expect(err.code).toBe('UNAVAILABLE');
    expect(err.message).toBe('cannot connect to Neo4j at bolt://localhost:7687: connect ECONNREFUSED 127.0.0.1:7687');
  });

  it('says which user was refused, and never the password', () => {
    const err = connectionError(
      'neo4j+s://abc.databases.neo4j.io',
      'neo4j',
      neo4jError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized'),
    );
    expect(err.message).toBe(
      "Neo4j at neo4j+s://abc.databases.neo4j.io refused user 'neo4j': The client is unauthorized due to authentication failure. (check NEO4J_USER and NEO4J_PASSWORD)",
    );
  });
});

describe('a seed that Neo4j refuses outside a statement', () => {
  it('says so in one line with the Neo4j code, instead of a read-only query error', () => {
    const forbidden = neo4jError(
      "Schema operations are not allowed for user 'reader' with roles [PUBLIC, reader].",
      'Neo.ClientError.Security.Forbidden',
    );
    expect((seedFailure(forbidden) as Error).message).toBe(
      "Neo4j refused the seed: Schema operations are not allowed for user 'reader' with roles [PUBLIC, reader]. (Neo.ClientError.Security.Forbidden)",
    );
    expect((seedFailure(neo4jError('Connection was closed by server', neo4j.error.SERVICE_UNAVAILABLE)) as GraphError).code).toBe('UNAVAILABLE');
  });
});

describe('a seed statement Neo4j rejects is reported as file:line', () => {
  it('counts the lines inside the statement and adds the Neo4j code', () => {
    const st = { file: 'cypher/20-segments.cypher', line: 40, text: 'MATCH …' };
    expect(neo4jProblem(st, syntax)).toBe(
      "cypher/20-segments.cypher:41: Invalid input 'RETRN': expected 'FOREACH', 'CALL', 'CREATE' or 'MATCH' (Neo.ClientError.Statement.SyntaxError)",
    );
    const constraint = neo4jError(
      "Node(12) already exists with label `Provider` and property `id` = 'the-group'",
      'Neo.ClientError.Schema.ConstraintValidationFailed',
    );
    expect(neo4jProblem(st, constraint)).toBe(
      "cypher/20-segments.cypher:40: Node(12) already exists with label `Provider` and property `id` = 'the-group' (Neo.ClientError.Schema.ConstraintValidationFailed)",
    );
  });
});
