// Every seed stores each node's degree (its relationships in the whole
// landscape, graph/model/ddl.ts: DEGREE_PROPERTY) once the landscape is
// loaded, in the load's own transaction, so "most connected first" is a read
// of one column (LadybugDB) or of a range index (Neo4j) rather than a count of
// every node's relationships on each first view. The counts are the ones the
// views counted at query time before (graph/stores/*-views.ts), so rankings
// are unchanged.
import type { ManagedTransaction } from 'neo4j-driver';
import { DEGREE_PROPERTY, nodeLabels, relTypes } from '../model';

/** LadybugDB: per node table (its dialect cannot SET from a COUNT subquery). */
export const kuzuDegreeStatements = (): string[] =>
  nodeLabels.map((l) => `MATCH (n:${l}) OPTIONAL MATCH (n)-[r]-() WITH n, count(r) AS d SET n.${DEGREE_PROPERTY} = d`);

/** Neo4j: per label, the model's relationship types to the model's nodes, as the views' COUNT { } counts them. */
export const neo4jDegreeStatements = (): string[] =>
  nodeLabels.map((l) => `MATCH (n:${l}) SET n.${DEGREE_PROPERTY} = COUNT { (n)-[:${relTypes.join('|')}]-(:${nodeLabels.join('|')}) }`);

export async function writeKuzuDegrees(exec: (cypher: string) => Promise<unknown>): Promise<void> {
  for (const st of kuzuDegreeStatements()) await exec(st);
}

export async function writeNeo4jDegrees(tx: ManagedTransaction): Promise<void> {
  for (const st of neo4jDegreeStatements()) await tx.run(st);
}
