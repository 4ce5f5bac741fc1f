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
  // app/'s feature folders (../shared/design/app-layout.md): what several pages share lives in app/components/,
  // which imports no feature folder; a feature folder imports components/ and graph/, never another feature.
  {
    files: ['app/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '!@/app/components', '**/explorer/*', '**/value-chain/*', '**/query/*', '**/markets/*', '**/map/*'], message: 'app/components/ must not import a feature folder' }] }],
    },
  },
  ...['explorer', 'value-chain', 'query', 'markets', 'map'].map((feature) => ({
    files: [`app/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['explorer', 'value-chain', 'query', 'markets', 'map'].filter((f) => f !== feature).flatMap((f) => [`@/app/${f}/*`, `**/${f}/*`]),
              message: 'a feature folder must not import another feature folder (shared code goes to app/components/)',
            },
          ],
        },
      ],
    },
  })),
  globalIgnores(['.next/**', 'node_modules/**', 'scratch/**', '.data/**', 'next-env.d.ts', 'test-results/**']),
]);
