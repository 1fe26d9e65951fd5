import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { chainRoot } from '../ast/methodChain.js';
import { unwrap } from '../ast/unwrap.js';

/**
 * The long-lived object a method chain starts from, when it is one a response can live on: `res`,
 * `this.res`, `ctx.response`, `this`; never a call's result (`expect(x).to.have.status(401)`).
 */
export function callReceiver(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const root = chainRoot(call);
  let base = root;
  while (base.type === AST_NODE_TYPES.MemberExpression) base = unwrap(base.object);
  return base.type === AST_NODE_TYPES.Identifier || base.type === AST_NODE_TYPES.ThisExpression ? root : undefined;
}
