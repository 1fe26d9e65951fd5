import type { TSESTree } from '@typescript-eslint/utils';

import type { Context } from './Context.js';

const isNode = (value: unknown): value is TSESTree.Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Pushes the child nodes of `node` onto `stack`, by the parser's visitor keys: the step of every tree walk. */
export function pushChildren(node: TSESTree.Node, context: Context, stack: TSESTree.Node[]): void {
  for (const key of context.sourceCode.visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) stack.push(item);
    } else if (isNode(child)) {
      stack.push(child);
    }
  }
}
