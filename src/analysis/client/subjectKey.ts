import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { memberName } from '../ast/memberName.js';
import { unwrapChain } from '../ast/unwrap.js';

/**
 * The normalised text of a plain access path — `res.status`, `error.response?.status`, `this['status']`
 * all become dotted names (`res.status`, `error.response.status`, `this.status`) — or undefined for
 * anything else (calls, computed keys that are not string literals), which is never "the same subject".
 */
export function subjectKey(node: TSESTree.Node): string | undefined {
  const expr = unwrapChain(node);
  switch (expr.type) {
    case AST_NODE_TYPES.Identifier:
      return expr.name;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(expr);
      if (name === undefined) return undefined;
      const object = subjectKey(expr.object);
      return object === undefined ? undefined : `${object}.${name}`;
    }
    default:
      return undefined;
  }
}
