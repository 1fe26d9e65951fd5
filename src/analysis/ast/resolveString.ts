import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { constantInitializer } from './constantInitializer.js';
import type { Context } from './Context.js';
import { findVariable } from './findVariable.js';
import { unwrap } from './unwrap.js';

/** A string known from the file alone: a literal, a template without expressions, or a `const` holding one. */
export function resolveString(node: TSESTree.Node | null | undefined, context: Context, depth = 0): string | undefined {
  if (!node || depth > 4) return undefined;
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.Literal) return typeof expr.value === 'string' ? expr.value : undefined;
  if (expr.type === AST_NODE_TYPES.TemplateLiteral && expr.expressions.length === 0) return expr.quasis[0]?.value.cooked ?? undefined;
  if (expr.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(expr, context);
    const init = variable ? constantInitializer(variable) : undefined;
    return init ? resolveString(init, context, depth + 1) : undefined;
  }
  return undefined;
}
