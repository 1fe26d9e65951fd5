import type { ESLint, Linter } from 'eslint';

import plugin from '../index.js';
import { messageCounts } from './messageCounts.js';

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
    return { ...result, messages, suppressedMessages: result.suppressedMessages.filter(isOwn), ...messageCounts(messages) };
  });
}

const isOwn = (message: Linter.LintMessage): boolean => message.ruleId === null || message.ruleId.startsWith(PREFIX);
