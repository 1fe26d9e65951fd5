import type { TSESLint } from '@typescript-eslint/utils';

import type { HttpStatusRuleDocs } from './createRule.js';

export type Severity = 'error' | 'warn';
type RuleLike = { meta: { docs?: Partial<HttpStatusRuleDocs> } };
export type ConfigName = 'recommended' | 'strict' | 'all';

/** MUST-level requirements are errors; SHOULD-level ones warnings. */
export const severityFor = (docs: Partial<HttpStatusRuleDocs> | undefined): Severity =>
  docs?.requirement === 'MUST' ? 'error' : 'warn';

/**
 * Derives a config's rule map from the rules' `meta.docs`, never from a hand-written list:
 * - `recommended`: rules with `docs.recommended`, at the level their RFC requirement implies;
 * - `strict`: the same rules, all at `error`;
 * - `all`: every rule, at `error`.
 */
export function deriveRuleEntries(
  namespace: string,
  rules: Record<string, RuleLike>,
  config: ConfigName,
): Record<string, Severity> {
  const entries: Record<string, Severity> = {};
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    if (config !== 'all' && docs?.recommended !== true) continue;
    entries[`${namespace}/${name}`] = config === 'recommended' ? severityFor(docs) : 'error';
  }
  return entries;
}

/**
 * Test files, where the server rules' findings are mock servers answering the client under test
 * (`sse.test.ts` answering `writeHead(401).end()`): on 22 public repositories, 37 of 123 findings.
 */
/** Source files only: a `files` pattern also makes ESLint lint what it matches, so `*.spec.*` would pull in `tsconfig.spec.json`. */
const SOURCE = '{js,cjs,mjs,jsx,ts,cts,mts,tsx}';
export const TEST_FILES = [`**/*.{test,spec}.${SOURCE}`, `**/{__tests__,__mocks__,test,tests}/**/*.${SOURCE}`];

/**
 * The rules a config turns off again for `TEST_FILES`: those with `docs.skipInTests` among the config's
 * rules. `all` turns every rule on everywhere, so it has none.
 */
export function deriveTestFileEntries(namespace: string, rules: Record<string, RuleLike>, config: ConfigName): Record<string, 'off'> {
  const entries: Record<string, 'off'> = {};
  if (config === 'all') return entries;
  for (const name of Object.keys(deriveRuleEntries(namespace, rules, config))) {
    if (rules[name.slice(namespace.length + 1)]?.meta.docs?.skipInTests === true) entries[name] = 'off';
  }
  return entries;
}

export type FlatConfig = TSESLint.FlatConfig.Config;
