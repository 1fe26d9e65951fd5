import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import pkg from '../../package.json' with { type: 'json' };
import { deriveRuleEntries } from '../../src/configs.js';
import type { HttpStatusRuleDocs } from '../../src/createRule.js';
import plugin from '../../src/index.js';

type Rule = TSESLint.RuleModule<string, readonly unknown[], HttpStatusRuleDocs>;
const rules = Object.entries(plugin.rules as unknown as Record<string, Rule>);

describe('plugin object', () => {
  it('carries meta from package.json, which ESLint uses for --cache and --concurrency', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'http-status' });
  });

  it('exports exactly the flat configs recommended, strict and all', () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(['all', 'recommended', 'strict']);
  });

  it.each(['recommended', 'strict', 'all'] as const)('names config %s and registers the plugin under http-status', (config) => {
    expect(plugin.configs[config].name).toBe(`http-status/${config}`);
    expect(plugin.configs[config].plugins).toEqual({ 'http-status': plugin });
    expect(plugin.configs[config].plugins?.['http-status']).toBe(plugin);
  });

  it('sets recommended rules by their RFC requirement: MUST is error, SHOULD is warn', () => {
    const expected = Object.fromEntries(
      rules
        .filter(([, rule]) => rule.meta.docs?.recommended)
        .map(([name, rule]) => [`http-status/${name}`, rule.meta.docs?.requirement === 'MUST' ? 'error' : 'warn']),
    );
    expect(plugin.configs.recommended.rules).toEqual(expected);
  });

  it('makes every recommended rule an error in strict', () => {
    const expected = Object.fromEntries(Object.keys(plugin.configs.recommended.rules ?? {}).map((id) => [id, 'error']));
    expect(plugin.configs.strict.rules).toEqual(expected);
  });

  it('turns every rule on as an error in all', () => {
    expect(plugin.configs.all.rules).toEqual(Object.fromEntries(rules.map(([name]) => [`http-status/${name}`, 'error'])));
  });

  it.each(['recommended', 'strict', 'all'] as const)('gives ESLint a valid %s config', (config) => {
    // Linter validates plugin, rule names and severities of each config object before linting.
    const messages = new Linter({ configType: 'flat' }).verify('export const ok = 200;\n', [
      { languageOptions: { sourceType: 'module' } },
      plugin.configs[config],
    ]);
    expect(messages).toEqual([]);
  });
});

describe('deriveRuleEntries', () => {
  const docs = (recommended: boolean, requirement: 'MUST' | 'SHOULD'): { meta: { docs: HttpStatusRuleDocs } } => ({
    meta: { docs: { recommended, requirement, specification: 'RFC 9110' } },
  });
  const fakeRules = {
    'must-rule': docs(true, 'MUST'),
    'should-rule': docs(true, 'SHOULD'),
    'opt-in-rule': docs(false, 'MUST'),
  };

  it('derives recommended from docs.recommended and the severity from docs.requirement', () => {
    expect(deriveRuleEntries('ns', fakeRules, 'recommended')).toEqual({ 'ns/must-rule': 'error', 'ns/should-rule': 'warn' });
  });

  it('derives strict from the same rules, all at error', () => {
    expect(deriveRuleEntries('ns', fakeRules, 'strict')).toEqual({ 'ns/must-rule': 'error', 'ns/should-rule': 'error' });
  });

  it('derives all from every rule, at error', () => {
    expect(deriveRuleEntries('ns', fakeRules, 'all')).toEqual({
      'ns/must-rule': 'error',
      'ns/should-rule': 'error',
      'ns/opt-in-rule': 'error',
    });
  });
});
