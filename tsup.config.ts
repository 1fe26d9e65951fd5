import { fileURLToPath } from 'node:url';

import { defineConfig, type Options } from 'tsup';

/**
 * The CLI modules import the plugin as `../index.js` (src/cli → src/index.ts). In dist they sit beside the
 * plugin's own build, so that import becomes the external `./index.js`: one plugin object, not a copy per file.
 */
const sharePluginBuild: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'share-plugin-build',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: './index.js', external: true } : undefined,
    );
  },
};

/**
 * The built plugin does not depend on `@typescript-eslint/utils` at run time: npm would install its required
 * peer `typescript` for every user. Its imports resolve to src/runtime/typescriptEslintUtils.ts, which gives
 * the few values the rules use from `@typescript-eslint/types` and `@typescript-eslint/scope-manager`.
 */
export const typescriptEslintUtilsRuntime: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'typescript-eslint-utils-runtime',
  setup(build) {
    build.onResolve({ filter: /^@typescript-eslint\/utils(?:\/eslint-utils)?$/ }, () => ({
      path: fileURLToPath(new URL('src/runtime/typescriptEslintUtils.ts', import.meta.url)),
    }));
  },
};

/**
 * The zero-config CLI; tests/src/cli/bin.test.ts builds the same entries into a folder of its own.
 */
export const cliBuild: Options = {
  // The zero-config CLI: ESM only, with a shebang. `lint-config` is the CLI's flat config builder, reused
  // by scripts/{demo,bench,smoke}.js; `eslint-options` is the options module ESLint's worker threads
  // import when `--concurrency` is on (options holding a plugin object cannot be cloned to workers).
  entry: {
    cli: 'src/cli/main.ts',
    'lint-config': 'src/cli/lintConfig.ts',
    'eslint-options': 'src/cli/eslintOptionsModule.ts',
  },
  format: ['esm'],
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  splitting: false,
  esbuildPlugins: [sharePluginBuild, typescriptEslintUtilsRuntime],
};

export default defineConfig([
  {
    // The plugin: ESM and CommonJS with declarations. `require('eslint-plugin-http-status')` must return
    // the plugin itself, not `{ default }`. tsup's `cjsInterop` fixes the declarations (`export =`), but
    // its code half only runs with `splitting`, which routes CJS through sucrase and turns every `?.` in
    // the rules into a helper call. So the CJS build gets the one line itself; src/index.ts has a default
    // export only, and scripts/check-package.js (in `npm run lint`) checks the built files.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    cjsInterop: true,
    splitting: false,
    sourcemap: false,
    footer: ({ format }) => (format === 'cjs' ? { js: 'module.exports = module.exports.default;' } : {}),
    esbuildPlugins: [typescriptEslintUtilsRuntime],
  },
  cliBuild,
]);
