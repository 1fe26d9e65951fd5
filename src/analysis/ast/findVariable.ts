import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { Context } from './Context.js';

/** The variable an identifier refers to, found by walking up from its scope. */
export function findVariable(identifier: TSESTree.Identifier, context: Context): TSESLint.Scope.Variable | undefined {
  let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(identifier);
  while (scope) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
    scope = scope.upper;
  }
  return undefined;
}

/**
 * Every reference to the binding `identifier` names: its variable's references, or, for a name declared
 * nowhere in the file (`res` in a snippet, a global), every unresolved reference to that name.
 */
export function identifierReferences(identifier: TSESTree.Identifier, context: Context): readonly TSESLint.Scope.Reference[] {
  const variable = findVariable(identifier, context);
  if (variable) return variable.references;
  const globalScope = context.sourceCode.scopeManager?.globalScope;
  return globalScope ? globalScope.through.filter((reference) => reference.identifier.name === identifier.name) : [];
}
