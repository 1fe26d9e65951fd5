import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatusSyntactically } from '../status/resolveStatus.js';
import { comparedCode } from './codeCondition.js';
import { ACCEPTED } from './completionCodes.js';
import { keepOperandFix } from './removeAccepted.js';
import type { StatusSlip } from './StatusCheck.js';
import { statusSubject } from './statusSubject.js';

const COMPARISON = new Set(['===', '==', '!==', '!=']);
const EQUAL = new Set(['===', '==']);

/**
 * `status === 200 | 202` — `===` binds tighter than `|`, so this is `(status === 200) | 202`, which is 202
 * or 203 and always true — and its logical twin `status === 200 || 202`, always truthy. Only when 202 is
 * one of the two codes and the comparison reads a status.
 */
export function statusSlip(node: TSESTree.BinaryExpression | TSESTree.LogicalExpression, context: Context): StatusSlip | undefined {
  if (node.operator !== '|' && node.operator !== '||') return undefined;
  for (const [maybeComparison, maybeCode] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const comparison = unwrap(maybeComparison);
    const code = unwrap(maybeCode);
    if (comparison.type !== AST_NODE_TYPES.BinaryExpression || !COMPARISON.has(comparison.operator)) continue;
    if (code.type !== AST_NODE_TYPES.Literal && code.type !== AST_NODE_TYPES.Identifier && code.type !== AST_NODE_TYPES.MemberExpression) continue;
    const compared = comparedCode(comparison, context);
    if (!compared) continue;
    const bare = resolveStatusSyntactically(code, context);
    if (bare === undefined || bare < 100 || bare > 599 || (compared.code !== ACCEPTED && bare !== ACCEPTED)) continue;
    if (!statusSubject(compared.subject, context)) continue;
    // `status === 200 | 202` meant 200 or 202: keeping the comparison leaves 202 to the other path. With
    // `status === 202 | 200` or `status !== 200 | 202` no single edit says what was meant.
    const removeAccepted = bare === ACCEPTED && EQUAL.has(comparison.operator) ? keepOperandFix(node, comparison, context) : null;
    return { node, operator: node.operator, comparison, bareCode: bare, removeAccepted };
  }
  return undefined;
}
