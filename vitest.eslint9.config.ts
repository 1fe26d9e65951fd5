import { defineConfig } from 'vitest/config';

import base, { pluginAlias } from './vitest.config.js';

// The rule tests again, on ESLint 9 (installed as the npm alias `eslint-v9`; ESLint 10 is the devDependency).
// The alias covers modules vite transforms (tests, src); tests/eslint9Setup.ts, which must run before
// tests/setup.ts loads the RuleTester, covers CommonJS `require`s in node_modules (the RuleTester's own).
// tests/eslintVersion.test.ts checks both against ESLINT_MAJOR. (Not `mergeConfig`: it concatenates arrays.)
export default defineConfig({
  ...base,
  resolve: { alias: [{ find: /^eslint(\/.*)?$/, replacement: 'eslint-v9$1' }, pluginAlias] },
  test: {
    ...base.test,
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/eslint9Setup.ts', ...[base.test?.setupFiles ?? []].flat()],
    env: { ESLINT_MAJOR: '9' },
  },
});
