import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from '../resolveStatus.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

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
