import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import type { FunctionNode } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { unwrapChain } from '../ast/unwrap.js';
import type { ParamRef } from './Summary.js';

/**
 * The parameter of `fn` an expression reads, if it reads one as it was passed: `code` for
 * `(res, code)`, `options.status` (or `options?.status`) for `(options)`, `status` for `({ status })` and
 * `({ status = 200 } = {})`, a constructor's `(public status: number)`. A parameter written anywhere in `fn`
 * (`code = code ?? 500`) is no longer what the call passed.
 */
export function paramRef(node: TSESTree.Node, fn: FunctionNode, context: Context): ParamRef | undefined {
  const expr = unwrapChain(node);
  if (expr.type === AST_NODE_TYPES.MemberExpression && !expr.computed) {
    const name = memberName(expr);
    const owner = name === undefined ? undefined : paramRef(expr.object, fn, context);
    return owner && owner.property === undefined && !owner.hasDefault ? { index: owner.index, property: name! } : undefined;
  }
  if (expr.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(expr, context);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== TSESLint.Scope.DefinitionType.Parameter || def.node !== fn) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  const declared = variable.identifiers[0];
  for (const [index, param] of fn.params.entries()) {
    const found = declares(param, declared);
    if (!found) continue;
    const { defaultNode, ...rest } = found;
    return { index, ...rest, ...(defaultNode ? { defaultValue: { node: defaultNode, context } } : {}) };
  }
  return undefined;
}

type Declared = Omit<ParamRef, 'index' | 'defaultValue'> & { defaultNode?: TSESTree.Node };

function declares(param: TSESTree.Parameter, identifier: TSESTree.Identifier | undefined): Declared | undefined {
  let pattern: TSESTree.Node = param;
  if (pattern.type === AST_NODE_TYPES.TSParameterProperty) pattern = pattern.parameter;
  let defaultNode: TSESTree.Node | undefined;
  if (pattern.type === AST_NODE_TYPES.AssignmentPattern) {
    defaultNode = pattern.right;
    pattern = pattern.left;
  }
  if (pattern === identifier) return defaultNode ? { hasDefault: true, defaultNode } : {};
  // `({ status = 200 } = {})`: an omitted options object is an empty one, so its properties keep their own defaults.
  const emptyDefault = defaultNode === undefined || (defaultNode.type === AST_NODE_TYPES.ObjectExpression && defaultNode.properties.length === 0);
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern || !emptyDefault) return undefined;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
    const value = property.value;
    if (value === identifier) return { property: property.key.name };
    if (value.type === AST_NODE_TYPES.AssignmentPattern && value.left === identifier) return { property: property.key.name, hasDefault: true, defaultNode: value.right };
  }
  return undefined;
}
