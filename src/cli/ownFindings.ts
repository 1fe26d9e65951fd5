import type { ESLint, Linter } from 'eslint';

import plugin from '../index.js';

const PREFIX = `${plugin.meta.namespace}/`;

/**
 * Keeps this plugin's findings and ESLint's own (parse errors have no rule). A project's
 * `// eslint-disable-line some-plugin/some-rule` names a rule this zero-config run does not load, and
 * ESLint reports each such comment as an error ("Definition for rule … was not found"): noise here, not a
 * finding. The counts are recomputed from the messages kept.
 */
export function ownFindings(results: ESLint.LintResult[]): ESLint.LintResult[] {
  return results.map((result) => {
    const messages = result.messages.filter(isOwn);
    if (messages.length === result.messages.length) return result;
    const errors = messages.filter((message) => message.severity === 2);
    const warnings = messages.filter((message) => message.severity === 1);
    return {
      ...result,
      messages,
      suppressedMessages: result.suppressedMessages.filter(isOwn),
      errorCount: errors.length,
      fatalErrorCount: errors.filter((message) => message.fatal).length,
      warningCount: warnings.length,
      fixableErrorCount: errors.filter((message) => message.fix).length,
      fixableWarningCount: warnings.filter((message) => message.fix).length,
    };
  });
}

const isOwn = (message: Linter.LintMessage): boolean => message.ruleId === null || message.ruleId.startsWith(PREFIX);
