import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/**
 * A member's name: `x.name`, `x['name']`, or `x[401]` as `'401'`; undefined for any other computed key
 * (a variable, an expression), which names no member we can know.
 */
export function memberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  const key = member.property;
  return key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : undefined;
}
