import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { constantInitializer, findVariable, unwrap } from './resolveStatus.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

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

/** The name of a property key: `a`, `'a'`, `['a']` or a computed `[CONST]`; undefined when not knowable. */
export function propertyKeyName(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition, context: Context): string | undefined {
  const key = property.key;
  if (!property.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
    return undefined;
  }
  return resolveString(key, context);
}

/**
 * Calls `visit` with the name of every property of an object literal whose key is knowable, and returns
 * whether all of them were: a spread or an unknowable computed key makes the object incomplete.
 */
export function forEachPropertyKey(
  object: TSESTree.ObjectExpression,
  context: Context,
  visit: (name: string, property: TSESTree.Property) => void,
): boolean {
  let complete = true;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) {
      complete = false;
      continue;
    }
    const name = propertyKeyName(property, context);
    if (name === undefined) complete = false;
    else visit(name, property);
  }
  return complete;
}
