import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatus } from './resolveStatus.js';

/** One status an expression may take, and the expression it comes from (where a report goes). */
export interface StatusCandidate {
  readonly status: number;
  readonly node: TSESTree.Node;
}

/**
 * The statuses a status expression may take: its resolved status, or, for `cond ? 403 : 401`, each branch
 * that resolves (nested conditionals too, bounded), each reported at its own branch. A branch that does not
 * resolve (`err ? err.status : 401`) adds nothing: the 401 branch is still a 401 on its path.
 */
export function resolveStatusCandidates(node: TSESTree.Node | null | undefined, context: Context, depth = 0): StatusCandidate[] {
  if (!node) return [];
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.ConditionalExpression && depth < 3) {
    return [...resolveStatusCandidates(expr.consequent, context, depth + 1), ...resolveStatusCandidates(expr.alternate, context, depth + 1)];
  }
  const status = resolveStatus(node, context);
  return status === undefined ? [] : [{ status, node }];
}
