import { ESLint, type Rule } from 'eslint';

import plugin from '../index.js';
import { rulesConfig } from './lintConfig.js';
import type { Preset } from './lintConfig.js';
import type { Format } from './parseArguments.js';
import { sarifLog, type SarifRule } from './sarifLog.js';

export interface FormatContext {
  /** The run's base folder: SARIF URIs are relative to it. */
  basePath: string;
  /** The plugin config the run used: SARIF lists its rules at their levels. */
  preset: Preset;
}

/** Renders lint results: `stylish` and `json` are ESLint's own formatters, `sarif` is `sarifLog.ts`. */
export async function formatResults(format: Format, eslint: ESLint, results: ESLint.LintResult[], context: FormatContext): Promise<string> {
  if (format === 'sarif') {
    return JSON.stringify(sarifLog(results, { basePath: context.basePath, rules: presetRules(context.preset), eslintVersion: ESLint.version }), null, 2);
  }
  const formatter = await eslint.loadFormatter(format);
  return formatter.format(results);
}

/** The rules `preset` turns on, with their meta and level. */
function presetRules(preset: Preset): SarifRule[] {
  const prefix = `${plugin.meta.namespace}/`;
  return Object.entries(rulesConfig(preset).rules ?? {}).flatMap(([id, entry]) => {
    const rule: Rule.RuleModule | undefined = plugin.rules[id.slice(prefix.length)];
    const level = Array.isArray(entry) ? entry[0] : entry;
    if (!rule?.meta || level === 'off' || level === 0 || level === undefined) return [];
    return [{ id, meta: rule.meta, severity: level === 'error' || level === 2 ? ('error' as const) : ('warn' as const) }];
  });
}
