// The export format's two conventions, in plain JavaScript so that the query
// worker process (which runs without a TypeScript loader) shares them.

/** A relationship's id: its type and the ids of its ends. */
export const edgeId = (type, source, target) => `${type}:${source}->${target}`;

/** Drops null-valued keys: Kuzu returns every declared column, Neo4j only the set ones. */
export function compact(props) {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}
