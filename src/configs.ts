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

export type FlatConfig = TSESLint.FlatConfig.Config;
