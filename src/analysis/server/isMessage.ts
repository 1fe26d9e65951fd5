import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { memberName } from '../ast/memberName.js';
import { resolveString } from '../ast/resolveString.js';
import { unwrap } from '../ast/unwrap.js';

/**
 * Whether an argument of an http-errors-style call (`createError(401, msg, props)`, Koa's `ctx.throw`) is
 * the message, which http-errors tells from a props object by its runtime type: a string literal, a
 * template, a concatenation with a string, `err.message` / `err.msg`, or a `const` string. Anything else may
 * be an `Error` or a props object whose status and headers win, so it is not a message.
 */
export function isMessage(node: TSESTree.Node, context: Context): boolean {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.Literal) return typeof expr.value === 'string';
  if (expr.type === AST_NODE_TYPES.TemplateLiteral) return true;
  if (expr.type === AST_NODE_TYPES.BinaryExpression && expr.operator === '+') {
    return isMessage(expr.left, context) || isMessage(expr.right, context);
  }
  if (expr.type === AST_NODE_TYPES.MemberExpression) return /^(?:message|msg)$/i.test(memberName(expr) ?? '');
  return resolveString(expr, context) !== undefined;
}
