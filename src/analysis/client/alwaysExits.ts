import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/**
 * Whether control never runs past `statement`: it returns, throws, breaks or continues on every path that
 * is plain to see (`{ …; return x; }`, `if (a) throw e; else return b;`).
 */
export function alwaysExits(statement: TSESTree.Node): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some(alwaysExits);
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && alwaysExits(statement.consequent) && alwaysExits(statement.alternate);
    default:
      return false;
  }
}
