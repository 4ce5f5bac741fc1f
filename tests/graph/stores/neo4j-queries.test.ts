// The Cypher the Neo4j store and loader send cannot be run here (no server),
// so each query is checked with Neo4j's own parser and semantic analysis.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { nodeLabels, relTypes } from '../../../graph/model';
import { modelParams, queries, SEED_LABEL } from '../../../graph/stores/neo4j-queries';

const parameters = { ...modelParams(), ids: ['4:x:1'], checksum: 'c', nodes: 1, edges: 1, engine: 'neo4j 5', seededAt: 'now' };

describe("the Neo4j store's queries under Neo4j's Cypher parser", () => {
  it.each(Object.entries(queries))('%s has no errors and no warnings', (_name, query) => {
    expect(lintCypherQuery(query, { parameters }).diagnostics.map((d) => d.message)).toEqual([]);
  });

  it('catches an undeclared parameter, so the check above can fail', () => {
    expect(lintCypherQuery(queries.countNodes, {}).diagnostics.map((d) => d.message)).toEqual(['Parameter $labels is not defined.']);
  });
});

describe('the landscape inside a Neo4j database that may hold other data', () => {
  it('is the nodes of the model labels and the relationships of the model types', () => {
    expect(modelParams()).toEqual({ labels: nodeLabels, types: relTypes });
  });

  it('keeps the seed record under a label outside the model', () => {
    expect(nodeLabels).not.toContain(SEED_LABEL);
    expect(queries.readSeed).toContain(`:${SEED_LABEL}`);
  });
});
