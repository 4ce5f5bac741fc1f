import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // graph/ is the domain layer: it must never reach up into the app.
    files: ['graph/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '**/app/*'], message: 'graph/ must not import from app/' }] }],
    },
  },
  globalIgnores(['.next/**', 'node_modules/**', 'scratch/**', '.data/**', 'next-env.d.ts', 'test-results/**']),
]);
