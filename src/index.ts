import type { ESLint, Linter } from 'eslint';

import pkg from '../package.json' with { type: 'json' };
import { rules } from '../rules/index.js';
import { deriveRuleEntries, type ConfigName } from './configs.js';

const namespace = 'http-status';

// Typed with ESLint's own types, so that `defineConfig([httpStatus.configs.recommended])` and
// `plugins: { 'http-status': httpStatus }` type-check in a user's eslint.config.ts.
type Plugin = {
  meta: { name: string; version: string; namespace: string };
  rules: NonNullable<ESLint.Plugin['rules']>;
  configs: Record<ConfigName, Linter.Config>;
};

// typescript-eslint's rule type and ESLint's differ in their `context` types, though the objects are the same.
const plugin: Plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace },
  rules: rules as unknown as Plugin['rules'],
  configs: {} as Record<ConfigName, Linter.Config>,
};

for (const config of ['recommended', 'strict', 'all'] as const) {
  plugin.configs[config] = {
    name: `${namespace}/${config}`,
    plugins: { [namespace]: plugin },
    rules: deriveRuleEntries(namespace, rules, config),
  };
}

export default plugin;
