// `npm run test:neo4j`: everything that must hold on a real Neo4j 5, on a
// server the global setup starts (tools/neo4j/, Java 17+ and Maven) or the one
// at NEO4J_URI: the Neo4j-only specs (tests/neo4j/), the store conformance
// suite on both engines, the HTTP API and security corpus, and the browser
// tests against `next start` on Neo4j. The files share one database, so they
// run one at a time.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';
import browser from './vitest.browser.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/neo4j/**/*.test.ts', 'tests/graph/stores/conformance/**/*.test.ts', 'tests/app/api/**/*.test.ts', 'tests/graph/query/differential/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    exclude: [],
    globalSetup: ['tests/neo4j/setup.ts'],
    fileParallelism: false,
    testTimeout: browser.test?.testTimeout,
    hookTimeout: browser.test?.hookTimeout,
  },
});
