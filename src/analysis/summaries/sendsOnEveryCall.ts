import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import type { FunctionNode } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { unwrap } from '../ast/unwrap.js';
import { FINISHERS } from '../server/responseMethods.js';
import { forEachOwnNode } from './forEachOwnNode.js';

/**
 * Whether every call of `fn` sends the response it is given as its parameter `index`: a statement of the
 * function's own body that every call reaches (nothing before it may `return` or `throw`) is a chain on
 * that parameter that finishes it (`res.status(code).json(…)`, `res.end()`), or the arrow's body is one.
 *
 * ```js
 * function sendError(res, code, message) { log(message); res.status(code).json({ message }); }
 * const notFound = (res) => res.status(404).end();
 * ```
 * Async functions and generators are left out: what they send may come after their caller's next step.
 * `sendFile`, `download` and `render` write the head later; they are left out too.
 */
export function sendsOnEveryCall(fn: FunctionNode, index: number, context: Context): boolean {
  if (fn.async || fn.generator) return false;
  const param = fn.params[index];
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const body = fn.body;
  if (!body) return false;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return finishesOn(body, param.name);
  for (const statement of body.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && finishesOn(statement.expression, param.name)) return true;
    if (mayLeave(statement, context)) return false;
  }
  return false;
}

/** `res.status(code).json(x)` with `res` named `name`: a chain down to the name with a finishing call in it. */
function finishesOn(expression: TSESTree.Node, name: string): boolean {
  let current = unwrap(expression);
  let finishes = false;
  while (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    if (FINISHERS.has(memberName(current.callee) ?? '')) finishes = true;
    current = unwrap(current.callee.object);
  }
  return finishes && current.type === AST_NODE_TYPES.Identifier && current.name === name;
}

/** Whether `statement` may leave the function: a `return` or a `throw` in it, outside nested functions. */
function mayLeave(statement: TSESTree.Statement, context: Context): boolean {
  let leaves = false;
  forEachOwnNode(statement, context, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement) leaves = true;
  });
  return leaves;
}
