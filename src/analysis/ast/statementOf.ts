import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** The expression statement `node` is the whole of, through one `await`: `res.end();`, `await reply.send();`. */
export function statementOf(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) parent = parent.parent;
  return parent?.type === AST_NODE_TYPES.ExpressionStatement ? parent : undefined;
}
