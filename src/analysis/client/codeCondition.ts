import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { memberName } from '../ast/memberName.js';
import { unwrap, unwrapChain } from '../ast/unwrap.js';
import { resolveStatus, resolveStatusSyntactically } from '../status/resolveStatus.js';
import { rangeCondition } from './rangeCondition.js';
import { resolveStatusSet } from './resolveStatusSet.js';
import { calledPredicate } from './smallPredicate.js';
import type { CodeCondition } from './StatusCheck.js';
import { subjectKey } from './subjectKey.js';

/** Reads `node` as `condition` instead: how a suggestion checks that dropping 202 changes nothing else. */
export interface ConditionOverride {
  readonly node: TSESTree.Node;
  readonly condition: CodeCondition;
}

const EQUAL = new Set(['===', '==']);
const NOT_EQUAL = new Set(['!==', '!=']);
const MAX_DEPTH = 4;

/**
 * What a boolean expression says about the status read at `key`, or undefined when nothing is known.
 * Comparisons (`===`, `==`, `!==`, `!=`) with a resolvable code, range checks (`status >= 200`, `res.ok`),
 * `includes`/`has` on a resolvable list, `!`, `&&` and `||`, a `const` holding such a condition, and a call
 * of a small predicate are understood; every other operand (`ready`, `res.redirected`) is an unknown
 * condition `U`, which is sound:
 * `C && U` can only be true when `C` is (necessary), `C || U` is true whenever `C` is (sufficient).
 */
export function codeCondition(
  node: TSESTree.Node,
  key: string,
  context: Context,
  override?: ConditionOverride,
  depth = 0,
): CodeCondition | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expr = unwrapChain(node);
  if (override && expr === override.node) return override.condition;
  switch (expr.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return comparison(expr, key, context) ?? rangeCondition(expr, key);
    case AST_NODE_TYPES.MemberExpression:
      return rangeCondition(expr, key);
    case AST_NODE_TYPES.UnaryExpression: {
      if (expr.operator !== '!') return undefined;
      const inner = codeCondition(expr.argument, key, context, override, depth + 1);
      return inner && negate(inner);
    }
    case AST_NODE_TYPES.LogicalExpression:
      if (expr.operator === '??') return undefined;
      return combine(
        expr.operator,
        codeCondition(expr.left, key, context, override, depth + 1),
        codeCondition(expr.right, key, context, override, depth + 1),
      );
    case AST_NODE_TYPES.CallExpression:
      return membership(expr, key, context) ?? predicateCall(expr, key, context, depth);
    case AST_NODE_TYPES.Identifier: {
      // const ok = res.status === 200 || res.status === 202; if (ok) …
      const variable = findVariable(expr, context);
      const init = variable ? constantInitializer(variable) : undefined;
      return init ? codeCondition(init, key, context, override, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** The condition of the opposite branch: `!(status in S)` is `status notIn S`, a necessary one turns sufficient. */
export function negate(condition: CodeCondition): CodeCondition {
  const strength = condition.strength === 'exact' ? 'exact' : condition.strength === 'necessary' ? 'sufficient' : 'necessary';
  return { sense: condition.sense === 'in' ? 'notIn' : 'in', codes: condition.codes, strength };
}

/** `left && right` / `left || right`, where an undefined side is an unknown condition. */
export function combine(operator: '&&' | '||', left: CodeCondition | undefined, right: CodeCondition | undefined): CodeCondition | undefined {
  if (!left && !right) return undefined;
  if (!left || !right) {
    const known = (left ?? right)!;
    if (operator === '&&') return known.strength === 'sufficient' ? undefined : { ...known, strength: 'necessary' };
    return known.strength === 'necessary' ? undefined : { ...known, strength: 'sufficient' };
  }
  const strength =
    left.strength === 'exact' && right.strength === 'exact'
      ? 'exact'
      : left.strength !== 'sufficient' && right.strength !== 'sufficient'
        ? 'necessary'
        : left.strength !== 'necessary' && right.strength !== 'necessary'
          ? 'sufficient'
          : undefined;
  if (!strength) return undefined;
  return { ...combineSets(operator, left, right), strength };
}

function combineSets(operator: '&&' | '||', left: CodeCondition, right: CodeCondition): Pick<CodeCondition, 'sense' | 'codes'> {
  const a = left.codes;
  const b = right.codes;
  const union = new Set([...a, ...b]);
  const intersection = new Set([...a].filter((code) => b.has(code)));
  const minus = (x: ReadonlySet<number>, y: ReadonlySet<number>) => new Set([...x].filter((code) => !y.has(code)));
  if (left.sense === right.sense) {
    // in A && in B = in A∩B; notIn A && notIn B = notIn A∪B; and the other way round for ||.
    const codes = (operator === '&&') === (left.sense === 'in') ? intersection : union;
    return { sense: left.sense, codes };
  }
  const positive = left.sense === 'in' ? a : b;
  const negative = left.sense === 'in' ? b : a;
  // in A && notIn B = in A∖B; in A || notIn B = notIn B∖A.
  return operator === '&&' ? { sense: 'in', codes: minus(positive, negative) } : { sense: 'notIn', codes: minus(negative, positive) };
}

function comparison(expr: TSESTree.BinaryExpression, key: string, context: Context): CodeCondition | undefined {
  const equal = EQUAL.has(expr.operator);
  if (!equal && !NOT_EQUAL.has(expr.operator)) return undefined;
  const other = subjectKey(expr.left) === key ? expr.right : subjectKey(expr.right) === key ? expr.left : undefined;
  const code = other && resolveStatus(other, context);
  return code === undefined ? undefined : { sense: equal ? 'in' : 'notIn', codes: new Set([code]), strength: 'exact' };
}

/** `[200, 202].includes(status)`, `OK_CODES.has(status)`. */
function membership(call: TSESTree.CallExpression, key: string, context: Context): CodeCondition | undefined {
  const callee = unwrapChain(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || call.arguments.length !== 1) return undefined;
  const method = memberName(callee);
  if (method !== 'includes' && method !== 'has') return undefined;
  if (subjectKey(call.arguments[0]!) !== key) return undefined;
  const set = resolveStatusSet(callee.object, context);
  return set ? { sense: 'in', codes: set.codes, strength: 'exact' } : undefined;
}

/**
 * `isSuccess(res.status)` with `const isSuccess = (s) => s === 200 || s === 202`, or `isDone(res)` with a
 * predicate over `r.status`: the predicate's condition, read with its parameter standing for the argument.
 */
function predicateCall(call: TSESTree.CallExpression, key: string, context: Context, depth: number): CodeCondition | undefined {
  const argument = call.arguments[0];
  const argumentKey = argument && subjectKey(argument);
  if (argumentKey === undefined || (key !== argumentKey && !key.startsWith(`${argumentKey}.`))) return undefined;
  const predicate = calledPredicate(call, context);
  if (!predicate) return undefined;
  return codeCondition(predicate.condition, predicate.parameter.name + key.slice(argumentKey.length), context, undefined, depth + 1);
}

/**
 * The code a comparison compares a possible status with, or undefined: used to find 202 cheaply. Only a
 * side shaped like a status read (`x.status`, `x.statusCode`, a plain name) is taken for the subject, so
 * `node.type === Types.X` costs two property-name tests; the type checker (when there is one) is only asked
 * when the subject reads like a status (`res.status`, `statusCode`).
 */
export function comparedCode(expr: TSESTree.BinaryExpression, context: Context): { code: number; subject: TSESTree.Node } | undefined {
  // Both orders, `status === 202` and `202 === status`; no array per call: equality checks are everywhere.
  return comparedCodeOn(expr.right, expr.left, context) ?? comparedCodeOn(expr.left, expr.right, context);
}

function comparedCodeOn(side: TSESTree.Node, other: TSESTree.Node, context: Context): { code: number; subject: TSESTree.Node } | undefined {
  const subject = unwrapChain(other);
  const statusName = subject.type === AST_NODE_TYPES.MemberExpression ? memberName(subject) : undefined;
  if (subject.type !== AST_NODE_TYPES.Identifier && (statusName === undefined || !STATUS_MEMBER.test(statusName))) return undefined;
  const value = unwrap(side);
  if (value.type === AST_NODE_TYPES.Literal) {
    return typeof value.value === 'number' && Number.isInteger(value.value) ? { code: value.value, subject: other } : undefined;
  }
  if (value.type !== AST_NODE_TYPES.Identifier && value.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const readsLikeStatus = statusName !== undefined || /status/i.test((subject as TSESTree.Identifier).name);
  const code = readsLikeStatus ? resolveStatus(value, context) : resolveStatusSyntactically(value, context);
  return code === undefined ? undefined : { code, subject: other };
}

const STATUS_MEMBER = /^(?:status|statusCode)$/;
