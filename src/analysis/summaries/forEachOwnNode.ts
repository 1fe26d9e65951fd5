import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { pushChildren } from '../ast/pushChildren.js';
import { isFunction } from '../ast/functions.js';

/**
 * Calls `visit` on every node of a function's (or class member's) body that runs as part of it: nested
 * functions are callbacks with returns and parameters of their own and are skipped, except arrows when
 * `intoArrows` (a constructor's `this` is the same inside them).
 */
export function forEachOwnNode(root: TSESTree.Node, context: Context, visit: (node: TSESTree.Node) => void, intoArrows = false): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== root && isFunction(node) && !(intoArrows && node.type === AST_NODE_TYPES.ArrowFunctionExpression)) continue;
    visit(node);
    pushChildren(node, context, stack);
  }
}
