import type { ESLint, Linter } from 'eslint';

import pkg from '../package.json' with { type: 'json' };
import { rules } from '../rules/index.js';
import { deriveRuleEntries, deriveTestFileEntries, TEST_FILES, type ConfigName } from './configs.js';

const namespace = 'http-status';

// Typed with ESLint's own types, so that `defineConfig(httpStatus.configs.recommended)` and
// `plugins: { 'http-status': httpStatus }` type-check in a user's eslint.config.ts.
type Plugin = {
  meta: { name: string; version: string; namespace: string };
  rules: NonNullable<ESLint.Plugin['rules']>;
  configs: { recommended: Linter.Config[]; strict: Linter.Config[]; all: Linter.Config };
};

// typescript-eslint's rule type and ESLint's differ in their `context` types, though the objects are the same.
const plugin: Plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace },
  rules: rules as unknown as Plugin['rules'],
  configs: {} as Plugin['configs'],
};

// `recommended` and `strict` are flat config arrays: the rules, then the server rules (`docs.skipInTests`)
// turned off again for test files, whose 401s and 202s are mock servers. Spread them
// (`[...httpStatus.configs.recommended]`) or hand them to `defineConfig`, which flattens nested arrays.
// `all` turns every rule on everywhere: one object.
const ruleConfig = (config: ConfigName): Linter.Config => ({
  name: `${namespace}/${config}`,
  plugins: { [namespace]: plugin },
  rules: deriveRuleEntries(namespace, rules, config),
});

const withTestFiles = (config: ConfigName): Linter.Config[] => {
  const testEntries = deriveTestFileEntries(namespace, rules, config);
  return Object.keys(testEntries).length > 0
    ? [ruleConfig(config), { name: `${namespace}/${config}/tests`, files: TEST_FILES, rules: testEntries }]
    : [ruleConfig(config)];
};

plugin.configs.recommended = withTestFiles('recommended');
plugin.configs.strict = withTestFiles('strict');
plugin.configs.all = ruleConfig('all');

export default plugin;
