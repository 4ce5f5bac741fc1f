// `npm run test:neo4j`: the specs that need a real Neo4j 5, on a server the
// global setup starts (tools/neo4j/, Java 17+ and Maven) or the one at
// NEO4J_URI. The files share one database, so they run one at a time.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/neo4j/**/*.test.ts'],
    exclude: [],
    globalSetup: ['tests/neo4j/setup.ts'],
    fileParallelism: false,
  },
});
