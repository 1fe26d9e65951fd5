import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import { unwrap } from '../ast/unwrap.js';

/**
 * Identifies "the same response object" across statements: the variable a receiver identifier is bound to
 * (so a nested callback's `res` is its handler's `res`, and two handlers' `res` params differ), or, for a
 * receiver such as `this.res`, its text within the nearest enclosing function.
 */
export type ReceiverKey = TSESLint.Scope.Variable | string;

/** Keys already found: a file's end asks again for every event of every receiver with a status. */
const keys = new WeakMap<TSESTree.Node, ReceiverKey>();

export function receiverKey(receiver: TSESTree.Node, context: Context): ReceiverKey {
  let key = keys.get(receiver);
  if (key === undefined) {
    key = findKey(receiver, context);
    keys.set(receiver, key);
  }
  return key;
}

function findKey(receiver: TSESTree.Node, context: Context): ReceiverKey {
  const node = unwrap(receiver);
  if (node.type === AST_NODE_TYPES.Identifier) {
    return findVariable(node, context) ?? `global:${node.name}`;
  }
  let fn: TSESTree.Node | undefined = node.parent;
  while (
    fn &&
    fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
    fn.type !== AST_NODE_TYPES.FunctionExpression &&
    fn.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    fn = fn.parent;
  }
  return `${fn ? fn.range.join(':') : 'program'}:${context.sourceCode.getText(node)}`;
}
