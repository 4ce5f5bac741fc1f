import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Browser tests: Playwright (playwright-core) driving Debian's Chromium against
// the real app (next start) on real LadybugDB. `npm run test:browser`.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
