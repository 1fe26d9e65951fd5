import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { unwrap } from './unwrap.js';

/** `status` for `res.status(…)`; undefined for computed or non-member callees. */
export function calleeMethod(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (!callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) return callee.property.name;
  return undefined;
}

/** The root object of a method chain: `res` in `res.status(401).set('A', 'b').json(x)`. */
export function chainRoot(node: TSESTree.Node): TSESTree.Node {
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      current = unwrap(current.callee.object);
    } else {
      return current;
    }
  }
}

/** The outermost call of the chain that `call` is part of: `res.status(401).json(x)` for `res.status(401)`. */
export function chainTop(call: TSESTree.CallExpression): TSESTree.CallExpression {
  let current = call;
  for (;;) {
    const member = current.parent;
    if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === current && member.parent?.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member) {
      current = member.parent;
    } else {
      return current;
    }
  }
}

/** The calls of a chain from its root outwards: `[status(401), set(…), json(x)]`. */
export function chainCalls(top: TSESTree.CallExpression): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  let current: TSESTree.Node = top;
  while (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    calls.unshift(current);
    current = unwrap(current.callee.object);
  }
  return calls;
}
