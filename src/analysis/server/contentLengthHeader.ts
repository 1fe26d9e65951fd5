import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { calleeMethod, chainCalls, chainRoot, chainTop } from '../ast/methodChain.js';
import { propertyKeyName } from '../ast/propertyKeyName.js';
import { resolveString } from '../ast/resolveString.js';
import { statementOf } from '../ast/statementOf.js';
import { statementsBetween } from '../ast/statementsBetween.js';
import { unwrap } from '../ast/unwrap.js';
import { removeProperty, removeStatement } from './edits.js';
import { HEADER_SETTERS } from './responseMethods.js';
import type { ResponseSite } from './ResponseSite.js';

/** A `Content-Length` header set with a response, where to report it, and the edit that drops it. */
export interface ContentLengthHeader {
  readonly node: TSESTree.Node;
  readonly value: string;
  readonly remove: TSESLint.ReportFixFunction | null;
}

/**
 * The `Content-Length` with a value other than `0` that is set next to a status, when the site's headers
 * show it on every path (`site.headers`), in the shapes where its value stands in sight:
 * - the init or result object of the status: `new Response(null, { status: 204, headers: { 'Content-Length': '2' } })`,
 *   `{ statusCode: 204, headers: { … } }`;
 * - `res.writeHead(204, { 'Content-Length': 2 })`;
 * - the status's own chain, `res.status(204).set('Content-Length', '2')`, or a statement of the same list on
 *   the same response, `res.setHeader('Content-Length', 2)` next to `res.statusCode = 204`.
 * A value we cannot read (`Buffer.byteLength(body)`) may be 0: not reported.
 */
export function contentLengthHeader(site: ResponseSite, context: Context): ContentLengthHeader | undefined {
  if (!site.headers.names.has('content-length')) return undefined;
  const status = site.node;
  const parent = status.parent;
  const { sourceCode } = context;
  // { status: 204, headers: { … } }
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === status && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const headers = parent.parent.properties.find(
      (property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && propertyKeyName(property, context) === 'headers',
    );
    return headers ? inObject(headers.value, context) : undefined;
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === status) {
    if (calleeMethod(parent) === 'writeHead') return parent.arguments.slice(1).map((arg) => inObject(arg, context)).find(Boolean);
    const calls = chainCalls(chainTop(parent));
    for (const call of calls) {
      const found = inSetter(call, context);
      if (found) {
        const member = call.callee as TSESTree.MemberExpression;
        // res.status(204).set('Content-Length', '2').end() → res.status(204).end()
        const object = member.object;
        return { ...found, remove: (fixer) => fixer.removeRange([object.range[1], call.range[1]]) };
      }
    }
  }
  const statement = parent && (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.AssignmentExpression) ? statementOf(parent) : undefined;
  if (!statement?.parent || !('body' in statement.parent) || !Array.isArray(statement.parent.body)) return undefined;
  const receiver = sourceCode.getText(chainRoot(parent!.type === AST_NODE_TYPES.AssignmentExpression ? (parent.left as TSESTree.MemberExpression).object : parent!));
  for (const other of statement.parent.body as TSESTree.Node[]) {
    if (other === statement || other.type !== AST_NODE_TYPES.ExpressionStatement || !statementsBetween(statement, other)) continue;
    const call = unwrap(other.expression);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) continue;
    if (sourceCode.getText(call.callee.object) !== receiver) continue;
    const found = inSetter(call, context);
    if (found) return { ...found, remove: (fixer) => removeStatement(fixer, other, sourceCode) };
  }
  return undefined;
}

/** `res.set('Content-Length', '2')`, `res.setHeader('content-length', 2)`, `reply.header(…)`. */
function inSetter(call: TSESTree.CallExpression, context: Context): Omit<ContentLengthHeader, 'remove'> | undefined {
  if (!HEADER_SETTERS.has(calleeMethod(call) ?? '') || call.arguments.length !== 2) return undefined;
  const [name, value] = call.arguments;
  if (resolveString(name, context)?.toLowerCase() !== 'content-length') return undefined;
  const text = lengthValue(value!, context);
  return text === undefined ? undefined : { node: call, value: text };
}

/** The `Content-Length` property of a literal headers object (or `new Headers({…})`), with its removal. */
function inObject(node: TSESTree.Node, context: Context): ContentLengthHeader | undefined {
  let object = unwrap(node);
  if (object.type === AST_NODE_TYPES.NewExpression && object.callee.type === AST_NODE_TYPES.Identifier && object.callee.name === 'Headers' && object.arguments[0]) {
    object = unwrap(object.arguments[0]);
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || propertyKeyName(property, context)?.toLowerCase() !== 'content-length') continue;
    const value = lengthValue(property.value, context);
    return value === undefined ? undefined : { node: property, value, remove: (fixer) => removeProperty(fixer, property, context.sourceCode) };
  }
  return undefined;
}

/** The value when it is literal and not zero: `2`, `'2'`; undefined for `0`, `'0'` and anything we cannot read. */
function lengthValue(node: TSESTree.Node, context: Context): string | undefined {
  const expr = unwrap(node);
  const text = expr.type === AST_NODE_TYPES.Literal && typeof expr.value === 'number' ? String(expr.value) : resolveString(expr, context);
  return text === undefined || /^\s*0*\s*$/.test(text) ? undefined : text.trim();
}
