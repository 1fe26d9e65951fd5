import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { forEachPropertyKey } from '../ast/propertyKeyName.js';
import { resolveString } from '../ast/resolveString.js';
import { unwrap } from '../ast/unwrap.js';
import { NO_BODY, PRESENT_BODY, UNKNOWN_BODY, type BodyEvidence, type Framework } from './ResponseSite.js';

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
 * else (a template with expressions such as `` `see ${url}` ``, a call, a parameter) is unknown, and
 * `present` when it is a value nonetheless (see `isPresent`).
 */
export function readBody(node: TSESTree.Node | null | undefined, context: Context, depth = 0): BodyEvidence {
  if (!node) return NO_BODY;
  if (depth > 4) return UNKNOWN_BODY;
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.ObjectExpression) {
    const keys = new Set<string>();
    const complete = collectKeys(expr, context, keys, 0);
    return { kind: 'object', keys, complete, present: true };
  }
  if (expr.type === AST_NODE_TYPES.Identifier) {
    if (expr.name === 'undefined') return NO_BODY;
    const variable = findVariable(expr, context);
    const init = variable ? constantInitializer(variable) : undefined;
    if (init) return readBody(init, context, depth + 1);
    return variable && mayBeNullish(variable) ? UNKNOWN_BODY : PRESENT_BODY;
  }
  if (expr.type === AST_NODE_TYPES.Literal && expr.value === null) return NO_BODY;
  if (expr.type === AST_NODE_TYPES.Literal || expr.type === AST_NODE_TYPES.TemplateLiteral) {
    const text = resolveString(expr, context);
    // A number, a boolean, a template with expressions: a value all the same.
    if (text === undefined) return PRESENT_BODY;
    return text === '' ? { kind: 'text', hasLink: false, empty: true, present: true } : { kind: 'text', hasLink: textHasLink(text), present: true };
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
  return isPresent(expr, context, depth) ? PRESENT_BODY : UNKNOWN_BODY;
}

/**
 * Whether an expression we cannot read is still surely a value: a call, a member, an array, `await x`…
 * (what code hands to `json(…)` means to be sent), but not `cond ? data : null`, `a && b`, `void x`.
 */
function isPresent(expr: TSESTree.Node, context: Context, depth: number): boolean {
  switch (expr.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return readBody(expr.consequent, context, depth + 1).present === true && readBody(expr.alternate, context, depth + 1).present === true;
    case AST_NODE_TYPES.LogicalExpression:
      return expr.operator !== '&&' && readBody(expr.right, context, depth + 1).present === true;
    case AST_NODE_TYPES.UnaryExpression:
      return expr.operator !== 'void';
    case AST_NODE_TYPES.SequenceExpression:
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.ChainExpression:
      // `(a, b)`, `x = y`, `a?.b` may well be undefined.
      return false;
    default:
      return true;
  }
}

/**
 * Whether a variable may hold `null`/`undefined` where it is read: declared without a value (`let body;`),
 * ever assigned `null`/`undefined`, an optional or defaulted parameter, or typed to allow either.
 */
function mayBeNullish(variable: TSESLint.Scope.Variable): boolean {
  const nullish = (node: TSESTree.Node | null | undefined) =>
    !node ||
    (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') ||
    (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void');
  for (const def of variable.defs) {
    const name = def.name as TSESTree.Node;
    if (name.type === AST_NODE_TYPES.Identifier) {
      if (name.optional) return true;
      const annotation = name.typeAnnotation?.typeAnnotation;
      if (annotation && mayAllowNullish(annotation)) return true;
    }
    if (def.type === TSESLint.Scope.DefinitionType.Parameter && name.parent?.type === AST_NODE_TYPES.AssignmentPattern) return true;
    if (def.type === TSESLint.Scope.DefinitionType.Variable && def.node.type === AST_NODE_TYPES.VariableDeclarator) {
      const loop = def.node.parent.parent;
      // `for (const item of items)` binds a value each time; `let body;` binds none.
      if (loop?.type !== AST_NODE_TYPES.ForOfStatement && loop?.type !== AST_NODE_TYPES.ForInStatement && nullish(def.node.init)) return true;
    }
  }
  return variable.references.some((reference) => !reference.init && reference.writeExpr != null && nullish(unwrap(reference.writeExpr)));
}

/** Whether a type written on a variable lets it hold `null`/`undefined`: `string | null`, `any`, `unknown`. */
function mayAllowNullish(annotation: TSESTree.TypeNode): boolean {
  switch (annotation.type) {
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
    case AST_NODE_TYPES.TSVoidKeyword:
    case AST_NODE_TYPES.TSAnyKeyword:
    case AST_NODE_TYPES.TSUnknownKeyword:
      return true;
    case AST_NODE_TYPES.TSUnionType:
      return annotation.types.some(mayAllowNullish);
    default:
      return false;
  }
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

/**
 * Frameworks where even `''` is content: a Fetch `Response` with a non-null body and a 204, 205 or 304
 * throws (`new Response('', { status: 204 })`). Node, Express, Koa, Fastify and Lambda send nothing for `''`.
 */
const EMPTY_TEXT_IS_CONTENT = new Set<Framework>(['web-response', 'hono']);

/** Whether a body sends content on its status's path: `present`, and not `''` where `''` is nothing. */
export function sendsContent(body: BodyEvidence, framework: Framework): boolean {
  if (body.kind === 'none' || body.present !== true) return false;
  return !(body.kind === 'text' && body.empty === true && !EMPTY_TEXT_IS_CONTENT.has(framework));
}

/** The same evidence, read from elsewhere on the response than the status's path: no longer `present`. */
export function readElsewhere(body: BodyEvidence): BodyEvidence {
  if (body.kind === 'none' || body.present !== true) return body;
  const { present: _present, ...rest } = body;
  return rest;
}
