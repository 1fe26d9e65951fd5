import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** Statements after which the rest of their statement list does not run. */
const EXITS = new Set<string>([
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
  AST_NODE_TYPES.BreakStatement,
  AST_NODE_TYPES.ContinueStatement,
]);

/**
 * The statements strictly between `a` and `b` when both stand in one statement list (a block, the program,
 * a `case`), in source order and with no `return`, `throw`, `break` or `continue` between them: then some
 * path runs both (`ctx.status = 204; … ctx.body = x;`). Undefined when they are not so placed, which
 * includes one of them under an `if` or in another function.
 */
export function statementsBetween(a: TSESTree.Node, b: TSESTree.Node): readonly TSESTree.Statement[] | undefined {
  const parent = a.parent;
  if (!parent || parent !== b.parent) return undefined;
  const list =
    parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program
      ? (parent.body as readonly TSESTree.Node[])
      : parent.type === AST_NODE_TYPES.SwitchCase
        ? parent.consequent
        : undefined;
  if (!list) return undefined;
  const [first, second] = a.range[0] <= b.range[0] ? [a, b] : [b, a];
  const start = list.indexOf(first);
  const end = list.indexOf(second);
  if (start < 0 || end < 0) return undefined;
  const between = list.slice(start + 1, end) as TSESTree.Statement[];
  return between.some((statement) => EXITS.has(statement.type)) || EXITS.has(first.type) ? undefined : between;
}
