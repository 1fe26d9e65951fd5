import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { unwrap } from './unwrap.js';

const cache = new WeakMap<object, ReadonlySet<string>>();

/** Initialisers a binding can be followed through: `401`, `OTHER`, `Codes.X`, `{ status: 401 }`, `require('m')`. */
function followable(init: TSESTree.Expression): boolean {
  const value = unwrap(init);
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.ObjectExpression:
      return true;
    case AST_NODE_TYPES.CallExpression:
      return value.callee.type === AST_NODE_TYPES.Identifier && value.callee.name === 'require';
    default:
      return false;
  }
}

/**
 * The names that some binding of the file holds a followable value under: an import specifier
 * (`import { ACCEPTED } from …`), or a variable declared with an initialiser that is a literal, a name, a
 * member, an object literal or a `require(…)`, or destructured (`const { A } = …`). Read once per file from
 * its scopes.
 *
 * A cheap test before a scope lookup: most identifiers handed to a call are parameters (`req`, `err`,
 * `next`) or hold a call's result, and no constant can come from them. It is by name, so a name that is a
 * constant anywhere in the file is looked up everywhere: a superset, never a miss.
 */
export function constantNames(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const known = cache.get(sourceCode);
  if (known) return known;
  const names = new Set<string>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      const def = variable.defs[0];
      if (!def) continue;
      if (def.type === TSESLint.Scope.DefinitionType.ImportBinding) {
        if (def.node.type === AST_NODE_TYPES.ImportSpecifier) names.add(variable.name);
      } else if (def.type === TSESLint.Scope.DefinitionType.Variable && def.node.init) {
        if (def.node.id.type !== AST_NODE_TYPES.Identifier || followable(def.node.init)) names.add(variable.name);
      }
    }
  }
  cache.set(sourceCode, names);
  return names;
}
