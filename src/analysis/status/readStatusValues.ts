import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatus } from './resolveStatus.js';

/** A value a status expression is known to take, raw: any number, or a numeric string. */
export interface StatusValue {
  /** The expression the value comes from: a branch of a conditional, else the whole expression. */
  readonly node: TSESTree.Node;
  /** The number it stands for (`200` for `'200'`), not necessarily an integer nor in range. */
  readonly value: number;
  /** True for a string (`'200'`), which some frameworks coerce and others reject. */
  readonly string: boolean;
  /** True when the value is written at `node` itself (`200`, `'200'`, `-1`), so an edit there is local. */
  readonly literal: boolean;
}

/** A string that reads as a number: `'200'`, `' 404 '`, `'200.5'`; not `'OK'` nor `''`. */
const NUMERIC = /^\s*-?\d+(?:\.\d+)?\s*$/;

/**
 * The values a status expression may take, read without judging them (unlike `resolveStatus`, which only
 * yields integers): number literals of any kind (`200.5`, `-1`, `0`), numeric strings written in place or
 * held by a `const`, whatever `resolveStatus` resolves (consts, enums, `StatusCodes.OK`, number-literal
 * types), and each branch of `cond ? a : b`. Anything else (a call such as `Number('200')`, a parameter) adds
 * nothing: unknown is silent.
 */
export function readStatusValues(node: TSESTree.Node | null | undefined, context: Context, depth = 0): StatusValue[] {
  if (!node) return [];
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.ConditionalExpression && depth < 3) {
    return [...readStatusValues(expr.consequent, context, depth + 1), ...readStatusValues(expr.alternate, context, depth + 1)];
  }
  const literal = literalValue(expr);
  if (literal) return [{ node, ...literal, literal: true }];
  if (expr.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(expr, context);
    const init = variable ? constantInitializer(variable) : undefined;
    const held = init ? literalValue(unwrap(init)) : undefined;
    if (held) return [{ node, ...held, literal: false }];
  }
  const status = resolveStatus(node, context);
  return status === undefined ? [] : [{ node, value: status, string: false, literal: false }];
}

/** `200`, `200.5`, `-1`, `+0`, `'200'`, `` `200` ``. */
function literalValue(expr: TSESTree.Node): { value: number; string: boolean } | undefined {
  if (expr.type === AST_NODE_TYPES.Literal) {
    if (typeof expr.value === 'number') return { value: expr.value, string: false };
    if (typeof expr.value === 'string' && NUMERIC.test(expr.value)) return { value: Number(expr.value), string: true };
    return undefined;
  }
  if (expr.type === AST_NODE_TYPES.TemplateLiteral && expr.expressions.length === 0) {
    const text = expr.quasis[0]?.value.cooked;
    return text != null && NUMERIC.test(text) ? { value: Number(text), string: true } : undefined;
  }
  if (expr.type === AST_NODE_TYPES.UnaryExpression && (expr.operator === '-' || expr.operator === '+')) {
    const argument = unwrap(expr.argument);
    if (argument.type === AST_NODE_TYPES.Literal && typeof argument.value === 'number') {
      return { value: expr.operator === '-' ? -argument.value : argument.value, string: false };
    }
  }
  return undefined;
}
