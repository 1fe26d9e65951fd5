import type { TSESTree } from '@typescript-eslint/utils';

import type { Context } from './Context.js';
import { pushChildren } from './pushChildren.js';

/**
 * Whether `test` holds for `root` or any node below it, walking by the parser's visitor keys and stopping
 * at the first hit. Branches are small, so a walk per question is cheaper than indexing the file.
 */
export function someNode(root: TSESTree.Node, context: Context, test: (node: TSESTree.Node) => boolean): boolean {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (test(node)) return true;
    pushChildren(node, context, stack);
  }
  return false;
}
