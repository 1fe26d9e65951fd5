import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../src/analysis/ast/Context.js';
import { memberName } from '../src/analysis/ast/memberName.js';
import { statusPositionListeners, type StatusPosition } from '../src/analysis/server/statusPositions.js';
import { mayHoldInvalidStatus } from '../src/analysis/gates/mayHoldInvalidStatus.js';
import { readStatusValues, type StatusValue } from '../src/analysis/status/readStatusValues.js';
import { createRule } from '../src/createRule.js';
import { statusEntry } from '../src/http/statusRegistry.js';

export type Options = [{ allowUnregistered?: boolean }];
export type MessageIds =
  | 'notInteger'
  | 'outOfRange'
  | 'outOfFetchRange'
  | 'notRedirect'
  | 'stringStatus'
  | 'unregistered'
  | 'statusOverwritten'
  | 'useNumber'
  | 'callStatus'
  | 'assignStatusCode';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export default createRule<Options, MessageIds>({
  name: 'valid-status-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every status a response is given to be a valid HTTP status code, as a number where the framework wants one.',
      recommended: true,
      // Invalid codes throw at run time in every framework; a test's mock with one is a broken test too.
      requirement: 'MUST',
      specification: 'RFC 9110 §15',
    },
    hasSuggestions: true,
    messages: {
      notInteger: 'Status {{value}} is not an integer; use a whole status code from 100 to 599.',
      outOfRange: 'Status {{value}} is outside 100–599, the range of HTTP status codes; use a valid code.',
      outOfFetchRange: 'Status {{value}} is outside 200–599, so {{api}} throws a RangeError; use a code in that range.',
      notRedirect: 'Status {{value}} is not a redirect status, so {{api}} throws a RangeError; use 301, 302, 303, 307 or 308.',
      stringStatus: 'Status {{text}} is a string, which {{api}} {{fate}}; pass the number {{value}}.',
      unregistered: 'Status {{value}} is not registered with IANA; use a registered code.',
      statusOverwritten: 'Assigning `{{target}}` replaces Express’s `status()` method and sends 200; call `{{target}}({{value}})`.',
      useNumber: 'Pass the number {{value}}.',
      callStatus: 'Call `{{target}}({{value}})` (Express).',
      assignStatusCode: 'Assign `{{object}}.statusCode = {{value}}`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowUnregistered: {
            type: 'boolean',
            description: 'Whether codes in 100–599 that IANA has not registered (`299`, `420`) are allowed.',
          },
        },
      },
    ],
    defaultOptions: [{ allowUnregistered: true }],
  },
  create(context, [{ allowUnregistered = true }]) {
    if (!mayHoldInvalidStatus(context, allowUnregistered)) return {};
    return statusPositionListeners(context, (position) => {
      const values = readStatusValues(position.node, context);
      if (position.overwrites) {
        if (values.length > 0) reportOverwrite(context, position.overwrites, position.node);
        return;
      }
      for (const value of values) check(context, position, value, allowUnregistered);
    });
  },
});

const FATE = { reject: 'rejects', message: 'takes as the message (and answers 500)' } as const;

function check(context: Context, position: StatusPosition, status: StatusValue, allowUnregistered: boolean): void {
  const { node, value } = status;
  const data = { value: String(value), api: position.api };
  const wrong = problem(position, value, allowUnregistered);
  // An invalid number is the finding even when it is also a string: fixing the type alone would not help.
  if (wrong) {
    context.report({ node, messageId: wrong, data });
    return;
  }
  if (!status.string || position.strings === 'coerce') return;
  const fix: TSESLint.ReportFixFunction | null = status.literal ? (fixer) => fixer.replaceText(node, String(value)) : null;
  context.report({
    node,
    messageId: 'stringStatus',
    data: { ...data, text: context.sourceCode.getText(node), fate: FATE[position.strings] },
    suggest: fix ? [{ messageId: 'useNumber', data, fix }] : [],
  });
}

/** What is wrong with `value` at `position`, if anything. */
function problem(position: StatusPosition, value: number, allowUnregistered: boolean): MessageIds | undefined {
  if (!Number.isInteger(value)) return 'notInteger';
  if (position.range === 'redirect') return REDIRECTS.has(value) ? undefined : 'notRedirect';
  if (value < 100 || value > 599) return 'outOfRange';
  if (position.range === 'fetch' && value < 200) return 'outOfFetchRange';
  if (!allowUnregistered && !statusEntry(value)) return 'unregistered';
  return undefined;
}

/** `res.status = 404`: the suggestions call the method, or set Node's `statusCode`, which Express shares. */
function reportOverwrite(context: Context, target: TSESTree.MemberExpression, value: TSESTree.Node): void {
  const { sourceCode } = context;
  const assignment = target.parent as TSESTree.AssignmentExpression;
  const targetText = sourceCode.getText(target);
  const objectText = sourceCode.getText(target.object);
  const valueText = sourceCode.getText(value);
  const data = { target: targetText, object: objectText, value: valueText };
  const statement = assignment.parent.type === AST_NODE_TYPES.ExpressionStatement;
  const raw = target.object.type === AST_NODE_TYPES.MemberExpression && memberName(target.object) === 'res';
  const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
  // `ctx.res` / `this.res` is Node's own response, which has no `status()`.
  if (statement && !raw) suggest.push({ messageId: 'callStatus', data, fix: (fixer) => fixer.replaceText(assignment, `${targetText}(${valueText})`) });
  suggest.push({ messageId: 'assignStatusCode', data, fix: (fixer) => fixer.replaceText(target.property, 'statusCode') });
  context.report({ node: target, messageId: 'statusOverwritten', data, suggest });
}
