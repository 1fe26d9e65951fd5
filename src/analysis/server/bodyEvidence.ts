import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { forEachPropertyKey } from '../ast/propertyKeyName.js';
import { resolveString } from '../ast/resolveString.js';
import { unwrap } from '../ast/unwrap.js';
import { NO_BODY, UNKNOWN_BODY, type BodyEvidence } from './ResponseSite.js';

/**
 * Whether literal body text points somewhere: a URL (`https://…`, `www.…`) or anything path-like, i.e. a `/`
 * touching a non-space character (`/jobs/1`, `jobs/1`). That also counts `and/or` as a link: a false
 * pointer only silences the rule, a missed one would report a correct response.
 */
export const textHasLink = (text: string): boolean => /[a-z][\w+.-]*:\/\/|\bwww\.|\/[^\s/]|[^\s/]\//i.test(text);

/**
 * Reads a response body as written: a literal object (its keys, nested ones too, so `{ links: { self } }` and
 * `{ data: { statusUrl } }` both show their link), `JSON.stringify({…})`, literal text (a string, a template
 * without expressions), or a `const` bound to one of these. `undefined`/absent/`null` is no body; anything
 * else (a template with expressions such as `` `see ${url}` ``, a call, a parameter) is unknown.
 */
export function readBody(node: TSESTree.Node | null | undefined, context: Context, depth = 0): BodyEvidence {
  if (!node) return NO_BODY;
  if (depth > 4) return UNKNOWN_BODY;
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.ObjectExpression) {
    const keys = new Set<string>();
    const complete = collectKeys(expr, context, keys, 0);
    return { kind: 'object', keys, complete };
  }
  if (expr.type === AST_NODE_TYPES.Identifier) {
    if (expr.name === 'undefined') return NO_BODY;
    const variable = findVariable(expr, context);
    const init = variable ? constantInitializer(variable) : undefined;
    return init ? readBody(init, context, depth + 1) : UNKNOWN_BODY;
  }
  if (expr.type === AST_NODE_TYPES.Literal && expr.value === null) return NO_BODY;
  if (expr.type === AST_NODE_TYPES.Literal || expr.type === AST_NODE_TYPES.TemplateLiteral) {
    const text = resolveString(expr, context);
    return text === undefined ? UNKNOWN_BODY : { kind: 'text', hasLink: textHasLink(text) };
  }
  // JSON.stringify({ … })
  if (
    expr.type === AST_NODE_TYPES.CallExpression &&
    expr.callee.type === AST_NODE_TYPES.MemberExpression &&
    expr.callee.object.type === AST_NODE_TYPES.Identifier &&
    expr.callee.object.name === 'JSON' &&
    expr.callee.property.type === AST_NODE_TYPES.Identifier &&
    expr.callee.property.name === 'stringify'
  ) {
    return readBody(expr.arguments[0], context, depth + 1);
  }
  return UNKNOWN_BODY;
}

function collectKeys(object: TSESTree.ObjectExpression, context: Context, keys: Set<string>, depth: number): boolean {
  let nestedComplete = true;
  const complete = forEachPropertyKey(object, context, (name, property) => {
    keys.add(name);
    const value = unwrap(property.value);
    if (depth < 3 && value.type === AST_NODE_TYPES.ObjectExpression) nestedComplete = collectKeys(value, context, keys, depth + 1) && nestedComplete;
  });
  return complete && nestedComplete;
}
