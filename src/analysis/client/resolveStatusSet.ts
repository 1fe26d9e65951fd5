import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { memberName } from '../ast/memberName.js';
import { findProperty } from '../ast/propertyKeyName.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatus } from '../status/resolveStatus.js';

/** A list of status codes known from the file: the codes, each element that names one, and whether the list is written in place. */
export interface StatusSet {
  readonly codes: ReadonlySet<number>;
  readonly elements: readonly { readonly node: TSESTree.Node; readonly code: number }[];
  /** The array literal when it is written where it is used (`[200, 202].includes(s)`): only then is editing it local. */
  readonly inlineArray: TSESTree.ArrayExpression | undefined;
}

/**
 * Resolves a collection of status codes: an array literal, `new Set([…])`, or a `const` (or a `const`
 * object's property) holding one — `[200, 202]`, `OK_CODES`, `STATUS.SUCCESS`. Every element must resolve
 * (no spreads, holes or unknown names); otherwise undefined.
 */
export function resolveStatusSet(node: TSESTree.Node, context: Context, depth = 0): StatusSet | undefined {
  if (depth > 4) return undefined;
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.ArrayExpression) {
    const set = fromArray(expr, context);
    return set && depth === 0 ? { ...set, inlineArray: expr } : set;
  }
  if (expr.type === AST_NODE_TYPES.NewExpression && expr.callee.type === AST_NODE_TYPES.Identifier && expr.callee.name === 'Set') {
    const argument = expr.arguments[0];
    return argument && unwrap(argument).type === AST_NODE_TYPES.ArrayExpression ? fromArray(unwrap(argument) as TSESTree.ArrayExpression, context) : undefined;
  }
  if (expr.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(expr, context);
    const init = variable ? constantInitializer(variable) : undefined;
    return init ? resolveStatusSet(init, context, depth + 1) : undefined;
  }
  if (expr.type === AST_NODE_TYPES.MemberExpression && expr.object.type === AST_NODE_TYPES.Identifier) {
    const name = memberName(expr);
    const variable = findVariable(expr.object, context);
    const init = variable ? constantInitializer(variable) : undefined;
    const object = init ? unwrap(init) : undefined;
    if (name === undefined || object?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    const property = findProperty(object, name);
    return property ? resolveStatusSet(property, context, depth + 1) : undefined;
  }
  return undefined;
}

function fromArray(array: TSESTree.ArrayExpression, context: Context): StatusSet | undefined {
  const elements: { node: TSESTree.Node; code: number }[] = [];
  for (const element of array.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const code = resolveStatus(element, context);
    if (code === undefined) return undefined;
    elements.push({ node: element, code });
  }
  return elements.length === 0 ? undefined : { codes: new Set(elements.map((e) => e.code)), elements, inlineArray: undefined };
}
