import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { enclosingFunction } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { someNode } from '../ast/someNode.js';

/** `callbackUrl`, `callback_url`, `webhookUrl`, `notifyUri`, `notificationUrl`, `callback`. */
const CALLBACK_NAME = /^(?:callback|webhook|notify|notification)(?:[_-]?ur[il])?$/i;

/** How many enclosing functions are searched: the handler, and the handler around a callback it passes on. */
const DEPTH = 2;

/**
 * Whether the code around a response reads a callback URL from its input (`req.body.callbackUrl`,
 * `const { webhook_url } = body`, `event.notifyUrl`): such a 202 promises to call the client back when the
 * work is done (a webhook), instead of pointing it to a monitor to poll.
 */
export function promisesCallback(node: TSESTree.Node, context: Context): boolean {
  let fn = enclosingFunction(node);
  for (let depth = 0; fn && depth < DEPTH; depth += 1, fn = enclosingFunction(fn)) {
    if (someNode(fn, context, readsCallback)) return true;
  }
  return false;
}

function readsCallback(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) return CALLBACK_NAME.test(memberName(node) ?? '');
  // const { callbackUrl } = req.body
  if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern && !node.computed) {
    return node.key.type === AST_NODE_TYPES.Identifier && CALLBACK_NAME.test(node.key.name);
  }
  return false;
}
