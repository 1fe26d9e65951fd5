import { fileURLToPath } from 'node:url';

import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The package's own name resolves to the sources, so that a fixture's `eslint.config.mjs` can import
 * `eslint-plugin-http-status` as a user's does, with no build (tests/src/typedLinting.test.ts).
 */
export const pluginAlias = { find: /^eslint-plugin-http-status$/, replacement: fileURLToPath(new URL('src/index.ts', import.meta.url)) };

export default defineConfig({
  resolve: { alias: [pluginAlias] },
  test: {
    include: ['tests/**/*.test.ts'],
    // The language-server test needs the build: `npm run test:editor` (vitest.editor.config.ts) runs it.
    exclude: [...configDefaults.exclude, 'tests/editor/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
