// The Cypher that the Neo4j store and loader share. A Neo4j database may hold
// other data (and holds our :LandscapeSeed record), so "the landscape" there is
// the nodes with a label of the model and the relationships of the model's
// types between them; counts, export and the seed's delete all use this.
import { nodeLabels, relTypes } from '../model';

/** Label of the one node that records which seeds built the graph; outside the model. */
export const SEED_LABEL = 'LandscapeSeed';

export const modelParams = () => ({ labels: [...nodeLabels], types: [...relTypes] });

const inModel = (v: string) => `any(l IN labels(${v}) WHERE l IN $labels)`;
const modelEdge = `MATCH (a)-[r]->(b) WHERE type(r) IN $types AND ${inModel('a')} AND ${inModel('b')}`;

/**
 * Sums of single-label and single-type counts, which Neo4j answers from its count store without reading
 * the graph (the scans of countNodes/countEdges took 0.5–1.2 s at 100k nodes). They count a node once per
 * model label and every relationship of a model type, so they equal the scans for the landscape a seed
 * writes (one label a node, model types between model nodes).
 */
const sumOf = (parts: string[]) => `CALL () { ${parts.join(' UNION ALL ')} } RETURN sum(c) AS c`;

export const queries = {
  countModelNodes: sumOf(nodeLabels.map((l) => `MATCH (n:${l}) RETURN count(n) AS c`)),
  countModelEdges: sumOf(relTypes.map((t) => `MATCH ()-[r:${t}]->() RETURN count(r) AS c`)),
  countNodes: `MATCH (n) WHERE ${inModel('n')} RETURN count(n) AS c`,
  countEdges: `${modelEdge} RETURN count(r) AS c`,
  exportNodes: `MATCH (n) WHERE ${inModel('n')} RETURN n`,
  exportEdges: `${modelEdge} RETURN a.id AS s, r, b.id AS t`,
  deleteModel: `MATCH (n) WHERE ${inModel('n')} DETACH DELETE n`,
  /** Node ids of relationship ends that a result did not include. */
  idsByElementId: 'MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id',
  version: "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
  readSeed: `MATCH (m:${SEED_LABEL} {id: 'seed'}) RETURN m.checksum AS checksum, m.nodes AS nodes, m.edges AS edges, m.engine AS engine, m.seededAt AS seededAt`,
  // `degrees` names the seed whose transaction also wrote every node's degree (graph/seed/degrees.ts): a seed of
  // an earlier version leaves it unset or naming another checksum, and the views count degrees instead.
  writeSeed: `MERGE (m:${SEED_LABEL} {id: 'seed'}) SET m.checksum = $checksum, m.nodes = $nodes, m.edges = $edges, m.engine = $engine, m.seededAt = $seededAt, m.degrees = $checksum`,
  degreesStored: `MATCH (m:${SEED_LABEL} {id: 'seed'}) RETURN m.degrees = m.checksum AS stored`,
} as const;
