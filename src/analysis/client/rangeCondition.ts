import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { memberName } from '../ast/memberName.js';
import { unwrap, unwrapChain } from '../ast/unwrap.js';
import type { CodeCondition } from './StatusCheck.js';
import { subjectKey } from './subjectKey.js';

/** The codes a status can hold (RFC 9110 §15): a range check is read as the part of these it lets through. */
const FIRST = 100;
const LAST = 599;

/** `x >= n` and its kin, with the code on the right; the mirror image is read by flipping the operator. */
const FLIPPED: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/**
 * A range check on the status read at `key`, as the codes it lets through: `status >= 200` is `in
 * {200…599}`, `status < 300` is `in {100…299}`, so `status >= 200 && status < 300` is the 2xx range; and
 * fetch/ky/superagent's `res.ok` beside `res.status`, which is true exactly for 200–299 (Fetch standard).
 * Only integer literals bound a range. Undefined for anything else.
 */
export function rangeCondition(node: TSESTree.Node, key: string): CodeCondition | undefined {
  const expr = unwrapChain(node);
  if (expr.type === AST_NODE_TYPES.MemberExpression) return okFlag(expr, key);
  if (expr.type !== AST_NODE_TYPES.BinaryExpression || !(expr.operator in FLIPPED)) return undefined;
  const right = bound(expr.right);
  const left = bound(expr.left);
  if (right !== undefined && subjectKey(expr.left) === key) return range(expr.operator, right);
  if (left !== undefined && subjectKey(expr.right) === key) return range(FLIPPED[expr.operator]!, left);
  return undefined;
}

/** `res.ok` where the status is `res.status` (or `res.statusCode`). */
function okFlag(member: TSESTree.MemberExpression, key: string): CodeCondition | undefined {
  if (memberName(member) !== 'ok') return undefined;
  const response = subjectKey(member.object);
  return response !== undefined && (key === `${response}.status` || key === `${response}.statusCode`) ? between(200, 299) : undefined;
}

function bound(node: TSESTree.Node): number | undefined {
  const value = unwrap(node);
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number' && Number.isInteger(value.value) ? value.value : undefined;
}

/** `status <operator> n`. */
function range(operator: string, n: number): CodeCondition {
  switch (operator) {
    case '<':
      return between(FIRST, n - 1);
    case '<=':
      return between(FIRST, n);
    case '>':
      return between(n + 1, LAST);
    default:
      return between(n, LAST);
  }
}

function between(first: number, last: number): CodeCondition {
  const codes = new Set<number>();
  for (let code = Math.max(first, FIRST); code <= Math.min(last, LAST); code++) codes.add(code);
  return { sense: 'in', codes, strength: 'exact' };
}
