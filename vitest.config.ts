import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The language-server test needs the build: `npm run test:editor` (vitest.editor.config.ts) runs it.
    exclude: [...configDefaults.exclude, 'tests/editor/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
