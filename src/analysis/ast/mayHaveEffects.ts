import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from './Context.js';
import { someNode } from './someNode.js';

/** Nodes whose evaluation may do something besides giving a value. */
const EFFECTS = new Set<string>([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.YieldExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.ImportExpression,
]);

/**
 * Whether evaluating `node` may have an effect (a call, `await`, an assignment…), so that an edit that
 * drops it would change more than the value: `json(await load())` cannot just become `end()`. Getters are
 * taken to be plain reads.
 */
export function mayHaveEffects(node: TSESTree.Node, context: Context): boolean {
  return someNode(node, context, (child) => EFFECTS.has(child.type) && !isStringify(child));
}

/** `JSON.stringify(x)` only reads `x` (its arguments are walked on their own). */
const isStringify = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.CallExpression &&
  node.callee.type === AST_NODE_TYPES.MemberExpression &&
  node.callee.object.type === AST_NODE_TYPES.Identifier &&
  node.callee.object.name === 'JSON' &&
  node.callee.property.type === AST_NODE_TYPES.Identifier &&
  node.callee.property.name === 'stringify';
