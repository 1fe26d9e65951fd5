import { createRequire } from 'node:module';

import { ESLint } from 'eslint';

import plugin from '../index.js';
import type { Format } from './parseArguments.js';

type SarifFormatter = (results: ESLint.LintResult[], data: { cwd: string; rulesMeta: object }) => string;

interface SarifLog {
  runs: { tool: { driver: { version?: string }; extensions?: object[] } }[];
}

const require = createRequire(import.meta.url);

/**
 * Renders lint results. `stylish` and `json` are ESLint's own formatters; `sarif` is
 * `@microsoft/eslint-formatter-sarif`, called directly with the rules' meta (it carries each rule's
 * description and docs URL into the log).
 */
export async function formatResults(
  format: Format,
  eslint: ESLint,
  results: ESLint.LintResult[],
  cwd: string,
): Promise<string> {
  if (format === 'sarif') return formatSarif(results, { cwd, rulesMeta: eslint.getRulesMetaForResults(results) });
  const formatter = await eslint.loadFormatter(format);
  return formatter.format(results);
}

function formatSarif(results: ESLint.LintResult[], data: { cwd: string; rulesMeta: object }): string {
  const sarif = require('@microsoft/eslint-formatter-sarif') as SarifFormatter;
  const log = JSON.parse(sarif(results, data)) as SarifLog;
  for (const run of log.runs) {
    // The formatter looks ESLint up through `require.main`, which an ES-module CLI does not have.
    run.tool.driver.version ??= ESLint.version;
    // SARIF's place for a plugin of the driver: code-review tools show where the rules come from.
    run.tool.extensions = [{ name: plugin.meta.name, version: plugin.meta.version }];
  }
  return JSON.stringify(log, null, 2);
}
