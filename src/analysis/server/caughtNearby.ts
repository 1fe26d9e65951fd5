import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { isFunction } from '../ast/functions.js';

/**
 * Whether an error raised at `node` (`throw new UnauthorizedException()`, `ctx.throw(401)`,
 * `throw createError(401)`) is thrown inside the `try` block of a `try … catch` in its own function: the
 * catch may turn it into another response (`catch (e) { throw new ApiException(e) }`, seen on novu, where a
 * 401 went out as a 400), so it is not known to become the response. A catch that only rethrows what it
 * caught (`catch (e) { throw e; }`, or with a log before) lets it through.
 */
export function caughtNearby(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && !isFunction(current); child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler && !rethrows(current.handler)) return true;
  }
  return false;
}

/** `catch (e) { …; throw e; }`: the last statement rethrows the caught error itself. */
function rethrows(handler: TSESTree.CatchClause): boolean {
  const last = handler.body.body.at(-1);
  const param = handler.param;
  return (
    last?.type === AST_NODE_TYPES.ThrowStatement &&
    param?.type === AST_NODE_TYPES.Identifier &&
    last.argument.type === AST_NODE_TYPES.Identifier &&
    last.argument.name === param.name &&
    !handler.body.body.slice(0, -1).some((statement) => statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement)
  );
}
