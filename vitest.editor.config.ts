import { defineConfig } from 'vitest/config';

// `npm run test:editor` only: tests/editor/ starts the ESLint language server on the built plugin (dist/),
// so it runs after a build, outside `npm test` (which tests the sources and needs no build).
export default defineConfig({
  test: {
    include: ['tests/editor/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
