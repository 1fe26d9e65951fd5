import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** The initialiser of a binding that holds one value for its whole life: `const x = …`, or a `let` never reassigned. */
export function constantInitializer(variable: TSESLint.Scope.Variable): TSESTree.Expression | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== TSESLint.Scope.DefinitionType.Variable || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  const declaration = def.parent;
  if (declaration.kind !== 'const') {
    const writes = variable.references.filter((reference) => reference.isWrite());
    if (writes.length !== 1 || !writes[0]!.init) return undefined;
  }
  return def.node.init;
}
