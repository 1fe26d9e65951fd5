import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/**
 * The name a call or `new` is made by: the property of a member callee (`status` in `res.status(…)`,
 * `Boom` in `new Boom.Boom(…)`), the name of an identifier callee (`createError(…)`), `super` for a
 * `super(…)` call; undefined for computed and other callees (`res[m](…)`, `f()()`).
 */
export function calleeName(callee: TSESTree.Node): string | undefined {
  switch (callee.type) {
    case AST_NODE_TYPES.Identifier:
      return callee.name;
    case AST_NODE_TYPES.MemberExpression:
      return !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : undefined;
    case AST_NODE_TYPES.Super:
      return 'super';
    default:
      return undefined;
  }
}
