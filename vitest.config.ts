import { configDefaults, defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/**/*.test.ts'],
    // Needs a Neo4j server: `NEO4J_URI=… npm run test:neo4j` (vitest.neo4j.config.ts).
    exclude: [...configDefaults.exclude, 'tests/neo4j/**'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
