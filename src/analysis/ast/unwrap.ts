import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** Drops wrappers that do not change a value: `x as const`, `x!`, `<T>x`, `x satisfies T`. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** Drops `?.` chains as well as the TypeScript wrappers that do not change a value. */
export function unwrapChain(node: TSESTree.Node): TSESTree.Node {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.ChainExpression) current = unwrap(current.expression);
  return current;
}
