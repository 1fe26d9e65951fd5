import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { unwrap } from '../ast/unwrap.js';

const { DefinitionType } = TSESLint.Scope;

/** A function whose whole body is one condition over its first parameter. */
export interface SmallPredicate {
  readonly fn: TSESTree.FunctionLike;
  readonly parameter: TSESTree.Identifier;
  readonly condition: TSESTree.Expression;
  /** The name callers use: `isSuccess` in `const isSuccess = (s) => …` or `function isSuccess(s) { return … }`. */
  readonly name: TSESTree.Identifier;
}

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/**
 * Reads `const isSuccess = (s) => s === 200 || s === 202`, `function isOk(res) { return res.status === 200 }`
 * and their function-expression twins; anything with more than the one `return` is not small.
 */
export function smallPredicate(fn: TSESTree.Node): SmallPredicate | undefined {
  if (
    fn.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
    fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
    fn.type !== AST_NODE_TYPES.FunctionExpression
  ) {
    return undefined;
  }
  const parameter = fn.params[0];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const condition = predicateCondition(fn);
  const name = predicateName(fn);
  return condition && name ? { fn, parameter, condition, name } : undefined;
}

/** The predicate a call's callee refers to, when it is declared in this file: `isSuccess` in `isSuccess(res.status)`. */
export function calledPredicate(call: TSESTree.CallExpression, context: Context): SmallPredicate | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(callee, context);
  const def = variable?.defs[0];
  if (!variable || !def) return undefined;
  if (def.type === DefinitionType.FunctionName) return smallPredicate(def.node);
  const init = constantInitializer(variable);
  return init ? smallPredicate(unwrap(init)) : undefined;
}

function predicateCondition(fn: FunctionNode): TSESTree.Expression | undefined {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body;
  const [only, ...rest] = fn.body.body;
  return rest.length === 0 && only?.type === AST_NODE_TYPES.ReturnStatement && only.argument ? only.argument : undefined;
}

function predicateName(fn: FunctionNode): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ?? undefined;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id;
  return undefined;
}
