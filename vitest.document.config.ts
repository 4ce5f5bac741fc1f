// `npm run test:document`: the committed index of the source document against
// the document itself, which lives in ../shared beside the repository (CI has
// it). Kept out of `npm test`, which runs on a plain clone.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/document/**/*.test.ts'],
    exclude: [],
  },
});
