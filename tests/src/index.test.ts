import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import pkg from '../../package.json' with { type: 'json' };
import { deriveRuleEntries, deriveTestFileEntries, TEST_FILES } from '../../src/configs.js';
import type { HttpStatusRuleDocs } from '../../src/createRule.js';
import { lintConfig } from '../../src/cli/lintConfig.js';
import plugin from '../../src/index.js';

type Rule = TSESLint.RuleModule<string, readonly unknown[], HttpStatusRuleDocs>;
const rules = Object.entries(plugin.rules as unknown as Record<string, Rule>);
/** The config object that holds a preset's rules: the first of `recommended`/`strict`, `all` itself. */
const main = (config: 'recommended' | 'strict' | 'all') => (config === 'all' ? plugin.configs.all : plugin.configs[config][0]!);
// The server rules of recommended and strict (`require-201-location`, a server rule in `all` only, is not among them).
const serverRules = rules.filter(([, rule]) => rule.meta.docs?.skipInTests && rule.meta.docs.recommended).map(([name]) => `http-status/${name}`);

describe('plugin object', () => {
  it('carries meta from package.json, which ESLint uses for --cache and --concurrency', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'http-status' });
  });

  it('exports exactly the flat configs recommended, strict and all', () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(['all', 'recommended', 'strict']);
  });

  it.each(['recommended', 'strict', 'all'] as const)('names config %s and registers the plugin under http-status', (config) => {
    expect(main(config).name).toBe(`http-status/${config}`);
    expect(main(config).plugins).toEqual({ 'http-status': plugin });
    expect(main(config).plugins?.['http-status']).toBe(plugin);
  });

  it.each(['recommended', 'strict'] as const)('turns the server rules off for test files in %s, in a second, named entry', (config) => {
    expect(serverRules).toEqual([
      'http-status/no-body-with-bodyless-status',
      'http-status/no-redirect-status-override',
      'http-status/no-response-after-sent',
      'http-status/require-202-location',
      'http-status/require-206-content-range',
      'http-status/require-401-www-authenticate',
      'http-status/require-405-allow',
      'http-status/require-407-proxy-authenticate',
      'http-status/require-416-content-range',
      'http-status/require-426-upgrade',
      'http-status/require-redirect-location',
    ]);
    expect(plugin.configs[config]).toHaveLength(2);
    expect(plugin.configs[config][1]).toEqual({
      name: `http-status/${config}/tests`,
      files: TEST_FILES,
      rules: Object.fromEntries(serverRules.map((id) => [id, 'off'])),
    });
  });

  it('gives the CLI the test-file entry after the rules for recommended and strict, none for all', () => {
    const names = (preset: 'recommended' | 'strict' | 'all') => lintConfig({ preset }).map((config) => config.name);
    expect(names('recommended').slice(-2)).toEqual(['http-status/recommended', 'http-status/recommended/tests']);
    expect(names('strict').slice(-2)).toEqual(['http-status/strict', 'http-status/strict/tests']);
    expect(names('all').at(-1)).toBe('http-status/all');
  });

  it('keeps all one object that turns every rule on everywhere, test files too', () => {
    expect(Array.isArray(plugin.configs.all)).toBe(false);
  });

  const serverCode = 'export function h(req, res) { res.writeHead(401); res.end(); }\n';
  const clientCode = 'export async function f() { const res = await fetch(u); if (res.status === 200 || res.status === 202) return await res.json(); }\n';
  const lint = (configs: Parameters<Linter['verify']>[1], code: string, filename: string) =>
    new Linter({ configType: 'flat' }).verify(code, configs, filename).map((message) => message.ruleId);

  it.each(['src/sse.test.ts', 'src/api.spec.js', 'src/__tests__/sse.js', 'src/__mocks__/server.js', 'test/fixtures/server.js', 'packages/a/tests/server.mjs'])(
    'leaves the server rules silent in %s with recommended, and the client rule on',
    (filename) => {
      const configs = [{ languageOptions: { sourceType: 'module' as const } }, ...plugin.configs.recommended];
      expect(lint(configs, serverCode, filename)).toEqual([]);
      expect(lint(configs, clientCode, filename)).toEqual(['http-status/no-202-as-completion']);
    },
  );

  it('reports the server rules in source files with recommended, and in test files again after a later entry', () => {
    const configs = [{ languageOptions: { sourceType: 'module' as const } }, ...plugin.configs.recommended];
    expect(lint(configs, serverCode, 'src/server.js')).toEqual(['http-status/require-401-www-authenticate']);
    expect(lint(configs, serverCode, 'src/contest.js')).toEqual(['http-status/require-401-www-authenticate']);
    const reenabled = [...configs, { files: ['**/*.test.*'], rules: { 'http-status/require-401-www-authenticate': 'error' as const } }];
    expect(lint(reenabled, serverCode, 'src/sse.test.ts')).toEqual(['http-status/require-401-www-authenticate']);
  });

  it('sets recommended rules by their RFC requirement: MUST is error, SHOULD is warn', () => {
    const expected = Object.fromEntries(
      rules
        .filter(([, rule]) => rule.meta.docs?.recommended)
        .map(([name, rule]) => [`http-status/${name}`, rule.meta.docs?.requirement === 'MUST' ? 'error' : 'warn']),
    );
    expect(main('recommended').rules).toEqual(expected);
  });

  it('makes every recommended rule an error in strict', () => {
    const expected = Object.fromEntries(Object.keys(main('recommended').rules ?? {}).map((id) => [id, 'error']));
    expect(main('strict').rules).toEqual(expected);
  });

  it('turns every rule on as an error in all', () => {
    expect(plugin.configs.all.rules).toEqual(Object.fromEntries(rules.map(([name]) => [`http-status/${name}`, 'error'])));
  });

  it.each(['recommended', 'strict', 'all'] as const)('gives ESLint a valid %s config', (config) => {
    // Linter validates plugin, rule names and severities of each config object before linting.
    const messages = new Linter({ configType: 'flat' }).verify('export const ok = 200;\n', [
      { languageOptions: { sourceType: 'module' } },
      ...(config === 'all' ? [plugin.configs.all] : plugin.configs[config]),
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

  it('turns the rules with docs.skipInTests off for test files, in recommended and strict only', () => {
    const withServer = { ...fakeRules, 'server-rule': { meta: { docs: { ...docs(true, 'MUST').meta.docs, skipInTests: true } } } };
    expect(deriveTestFileEntries('ns', withServer, 'recommended')).toEqual({ 'ns/server-rule': 'off' });
    expect(deriveTestFileEntries('ns', withServer, 'strict')).toEqual({ 'ns/server-rule': 'off' });
    expect(deriveTestFileEntries('ns', withServer, 'all')).toEqual({});
  });

  it('derives all from every rule, at error', () => {
    expect(deriveRuleEntries('ns', fakeRules, 'all')).toEqual({
      'ns/must-rule': 'error',
      'ns/should-rule': 'error',
      'ns/opt-in-rule': 'error',
    });
  });
});
