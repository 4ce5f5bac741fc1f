// The workbench's side of the API: a query and its parameters to /api/cypher,
// the answer or the error as the workbench shows it, and /api/schema in the
// shape of the editor's autocomplete.
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import type { GraphSchema } from '@/graph/landscape/schema';
import { FUNCTIONS } from './functions';
import type { QueryError, QueryResult } from './values';

/**
 * /api/schema in the editor's schema shape. Labels and relationship types
 * carry their colon, as Neo4j Browser passes them: the editor replaces from
 * the colon on, so a bare name would drop it.
 */
export function editorSchema(schema: GraphSchema | undefined, params: string[]): EditorSupportSchema {
  return {
    labels: schema?.labels.map((l) => `:${l.name}`) ?? [],
    relationshipTypes: schema?.relationshipTypes.map((r) => `:${r.name}`) ?? [],
    propertyKeys: schema?.propertyKeys ?? [],
    functions: FUNCTIONS,
    parameters: params,
  };
}

export async function postQuery(query: string, params: Record<string, unknown>, signal: AbortSignal): Promise<QueryResult | QueryError> {
  let res: Response;
  try {
    res = await fetch('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, params }),
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { status: 0, code: 'NETWORK', message: (err as Error).message };
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: res.status, code: 'NOT_JSON', message: `HTTP ${res.status}: the answer is not JSON` };
  }
  if (!res.ok) {
    const e = (body as { error?: Partial<QueryError> }).error ?? {};
    return { status: res.status, code: e.code ?? 'ERROR', message: e.message ?? res.statusText, position: e.position, clause: e.clause, construct: e.construct };
  }
  return body as QueryResult;
}

export const isError = (r: QueryResult | QueryError): r is QueryError => 'code' in r && !('rows' in r);
