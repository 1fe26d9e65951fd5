import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from './Context.js';
import { resolveString } from './resolveString.js';

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

/** The value of a non-computed, non-spread property `name` of an object literal (last one wins). */
export function findProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  let found: TSESTree.Node | undefined;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key = property.key;
    const keyName = key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
    if (keyName === name) found = property.value;
  }
  return found;
}
