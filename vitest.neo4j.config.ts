// The Neo4j integration tests (tests/neo4j/), which need a real server and so
// are not part of `npm test`: `NEO4J_URI=bolt://localhost:7687
// NEO4J_PASSWORD=landscape-graph npm run test:neo4j` (see README, "Use your own Neo4j").
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

if (!process.env.NEO4J_URI) {
  throw new Error('npm run test:neo4j needs a Neo4j server: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD); see README "Use your own Neo4j"');
}

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/neo4j/**/*.test.ts'],
    exclude: [],
    // The files share one database.
    fileParallelism: false,
  },
});
