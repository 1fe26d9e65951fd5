import type { TSESLint } from '@typescript-eslint/utils';

import pkg from '../package.json' with { type: 'json' };
import { rules } from '../rules/index.js';
import { deriveRuleEntries, type ConfigName } from './configs.js';

export const namespace = 'http-status';

type Plugin = TSESLint.FlatConfig.Plugin & {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName, TSESLint.FlatConfig.Config>;
};

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace },
  rules,
  configs: {} as Record<ConfigName, TSESLint.FlatConfig.Config>,
} satisfies Plugin;

for (const config of ['recommended', 'strict', 'all'] as const) {
  plugin.configs[config] = {
    name: `${namespace}/${config}`,
    plugins: { [namespace]: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: deriveRuleEntries(namespace, rules, config),
  };
}


export default plugin as Plugin;
