import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { resolveStatus } from '../../../../src/analysis/status/resolveStatus.js';

/** A test-only rule: reports the resolved status of the first argument of every `probe(x)` call. */
export const statusProbe = ESLintUtils.RuleCreator.withoutDocs<[], 'resolved' | 'unresolved'>({
  meta: { type: 'problem', messages: { resolved: '{{status}}', unresolved: 'unresolved' }, schema: [] },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
        const status = resolveStatus(node.arguments[0], context);
        context.report(
          status === undefined ? { node, messageId: 'unresolved' } : { node, messageId: 'resolved', data: { status: String(status) } },
        );
      },
    };
  },
});

export const resolved = (status: number) => ({ messageId: 'resolved' as const, data: { status: String(status) } });
export const unresolved = { messageId: 'unresolved' as const };
