import type { TSESTree } from '@typescript-eslint/utils';

import type { Context } from './Context.js';

/**
 * Whether `test` holds for `root` or any node below it, walking by the parser's visitor keys and stopping
 * at the first hit. Branches are small, so a walk per question is cheaper than indexing the file.
 */
export function someNode(root: TSESTree.Node, context: Context, test: (node: TSESTree.Node) => boolean): boolean {
  const keys = context.sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (test(node)) return true;
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) stack.push(item);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
  return false;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
