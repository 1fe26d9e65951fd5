import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The plugin: ESM and CommonJS with declarations. `cjsInterop` plus `shims` keep
    // `require('eslint-plugin-http-status')` returning the plugin itself, not `{ default }`.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    cjsInterop: true,
    splitting: false,
    sourcemap: false,
  },
  {
    // The zero-config CLI: ESM only, with a shebang.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    splitting: false,
  },
]);
