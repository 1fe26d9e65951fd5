import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { mergeListeners } from '../src/analysis/ast/mergeListeners.js';
import { collectResponseRecords } from '../src/analysis/server/collectResponseSites.js';
import { LoopStarts } from '../src/analysis/server/flow/loopStarts.js';
import { mayDoubleSend } from '../src/analysis/gates/mayDoubleSend.js';
import { responsesAfterSent } from '../src/analysis/server/responseAfterSent.js';
import { createRule } from '../src/createRule.js';

export type MessageIds =
  | 'sentAgain'
  | 'statusAfterSent'
  | 'headerAfterSent'
  | 'headerAfterHead'
  | 'statusAfterHead'
  | 'usedInLoop'
  | 'usedAfterHandOff'
  | 'returnBefore'
  | 'returnAfter';

const MESSAGES = { send: 'sentAgain', status: 'statusAfterSent', header: 'headerAfterSent' } as const;

export default createRule<[], MessageIds>({
  name: 'no-response-after-sent',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending, or setting a status or a header on, a response that was already sent.',
      recommended: true,
      skipInTests: true,
      requirement: 'MUST',
      specification: 'RFC 9110 §15 (exactly one final response per request); Node.js ERR_HTTP_HEADERS_SENT',
    },
    hasSuggestions: true,
    messages: {
      sentAgain: 'Response sent again after `{{first}}` on line {{line}}; end the path after the first send, e.g. with `return`.',
      statusAfterSent: 'Status set after `{{first}}` sent the response on line {{line}}; it is lost. Set it before the send.',
      headerAfterSent: 'Header set after `{{first}}` sent the response on line {{line}}; it never goes out. Set it before the send.',
      usedAfterHandOff: 'Response used after `{{first}}` on line {{line}} handed it to the error handler, which answers it; end the path there, e.g. with `return`.',
      usedInLoop: 'Response used again when the loop runs again, after `{{first}}` on line {{line}} sent it; send once, after the loop.',
      statusAfterHead: 'Status set after `{{first}}` wrote the head on line {{line}}; it is lost. Set it before `writeHead`.',
      headerAfterHead: 'Header set after `{{first}}` wrote the head on line {{line}}; Node throws ERR_HTTP_HEADERS_SENT. Set it first.',
      returnBefore: 'End the path at the first send: `return {{first}}`.',
      returnAfter: 'End the path with `return;` right after `{{first}}`.',
    },
    schema: [],
  },
  create(context) {
    // Most files send at most once, or never: decided on the tokens, once per file, with no listener left.
    if (!mayDoubleSend(context)) return {};
    const loops = new LoopStarts();
    const collect = collectResponseRecords(context, (records) => {
      for (const { after, fix } of responsesAfterSent(records, loops, context)) {
        const first = describeCall(after.first.node, context.sourceCode.getText.bind(context.sourceCode));
        const head = after.finishes === 'head' && after.does !== 'send';
        context.report({
          node: after.second.node,
          messageId:
            after.finishes === 'handOff'
              ? 'usedAfterHandOff'
              : after.again
                ? 'usedInLoop'
                : head
                  ? after.does === 'status'
                    ? 'statusAfterHead'
                    : 'headerAfterHead'
                  : MESSAGES[after.does],
          data: { first, line: after.first.node.loc.start.line },
          suggest: fix ? [{ messageId: fix.kind === 'before' ? 'returnBefore' : 'returnAfter', data: { first }, fix: fix.edit }] : [],
        });
      }
    });
    return mergeListeners([collect, loops.listeners]);
  },
});

/**
 * `res.status(500).json(…)` for a send with arguments, `res.end()` for one without, `res.statusCode = …`; a
 * helper's call or `next(err)` as written when it is short, else `sendError(res, …)`.
 */
function describeCall(node: TSESTree.Node, text: (node: TSESTree.Node) => string): string {
  if (node.type === AST_NODE_TYPES.AssignmentExpression) return `${text(node.left)} = …`;
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type !== AST_NODE_TYPES.MemberExpression) {
    const whole = text(node);
    if (whole.length <= 32 || node.arguments.length === 0) return whole;
    return `${text(node.callee)}(${text(node.arguments[0]!)}${node.arguments.length > 1 ? ', …' : ''})`;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return text(node);
  const callee = node.callee;
  const object = callee.object.type === AST_NODE_TYPES.CallExpression ? describeCall(callee.object, text) : text(callee.object);
  return `${object}.${text(callee.property)}(${node.arguments.length > 0 ? '…' : ''})`;
}
