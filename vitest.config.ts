import { configDefaults, defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/**/*.test.ts'],
    // Needs a Neo4j server: `NEO4J_URI=… npm run test:neo4j` (vitest.neo4j.config.ts).
    // tests/browser/**: in a real browser, `npm run test:browser` (vitest.browser.config.ts).
    // tests/document/**: needs ../shared, `npm run test:document` (vitest.document.config.ts).
    exclude: [...configDefaults.exclude, 'tests/neo4j/**', 'tests/browser/**', 'tests/document/**'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
