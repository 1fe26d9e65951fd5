import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { memberName } from '../ast/memberName.js';
import { unwrapChain } from '../ast/unwrap.js';
import type { StatusSubject } from './StatusCheck.js';
import { subjectKey } from './subjectKey.js';

const { DefinitionType } = TSESLint.Scope;

/** The properties a status lives in: fetch, ky, axios, superagent, XHR (`status`); got, node http (`statusCode`). */
const STATUS_PROPERTY = /^(?:status|statusCode)$/;

/** Bindings whose name alone says they hold an HTTP status: `status`, `statusCode`, `httpStatus`, `responseStatus`. */
const STATUS_NAME = /^(?:(?:http|response|res|resp)_?)?status(?:_?code)?$/i;

/** XHR handlers in which `this` is the request: `xhr.onload = function () { this.status … }`. */
const XHR_HANDLER_PROPERTY = /^on(?:load|loadend|readystatechange)$/;
const XHR_EVENT = /^(?:load|loadend|readystatechange)$/;

/** First parameters of server handlers: `(req, res)`, `(request, reply)`. */
const REQUEST_PARAMETER = /^req(?:uest)?$/;

/**
 * Recognises the expression a client reads a response's status from, or undefined. Server code is left
 * out: `res.statusCode` where `res` is the second parameter of a `(req, res)` handler, and Koa's
 * `ctx.status` / `ctx.response.status`, are the server's own response.
 */
export function statusSubject(node: TSESTree.Node, context: Context): StatusSubject | undefined {
  const expr = unwrapChain(node);
  if (expr.type === AST_NODE_TYPES.MemberExpression) return memberSubject(expr, context);
  if (expr.type === AST_NODE_TYPES.Identifier) return identifierSubject(expr, context);
  return undefined;
}

function memberSubject(member: TSESTree.MemberExpression, context: Context): StatusSubject | undefined {
  const name = memberName(member);
  if (name === undefined || !STATUS_PROPERTY.test(name)) return undefined;
  const object = unwrapChain(member.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    return inXhrHandler(member) ? { node: member, key: 'this.status', responseKey: 'this', pattern: undefined } : undefined;
  }
  if (isServerResponse(object, context)) return undefined;
  // `(await fetch(u)).status` has no name to match other reads of the same response by: not a subject.
  const responseKey = subjectKey(object);
  return responseKey === undefined ? undefined : { node: member, key: `${responseKey}.${name}`, responseKey, pattern: undefined };
}

function identifierSubject(identifier: TSESTree.Identifier, context: Context): StatusSubject | undefined {
  const variable = findVariable(identifier, context);
  const def = variable?.defs[0];
  if (!variable || !def) return undefined;
  const bySubject = (responseKey: string | undefined, pattern?: TSESTree.ObjectPattern): StatusSubject => ({
    node: identifier,
    key: identifier.name,
    responseKey,
    pattern,
  });

  // const { status } = res; ({ status: code }) => …; const { response: { status } } = error
  const property = patternProperty(def.name);
  if (property) {
    const key = propertyName(property);
    if (key === undefined || !STATUS_PROPERTY.test(key)) return undefined;
    const pattern = property.parent as TSESTree.ObjectPattern;
    return bySubject(patternSource(pattern), pattern);
  }
  // const s = res.status
  const init = constantInitializer(variable);
  if (init) {
    const inner = unwrapChain(init);
    if (inner.type === AST_NODE_TYPES.MemberExpression) {
      const subject = memberSubject(inner, context);
      if (subject) return bySubject(subject.responseKey);
    }
  }
  return STATUS_NAME.test(identifier.name) ? bySubject(undefined) : undefined;
}

/** The object-pattern property a binding comes from: `status` in `{ status }`, `{ status: s }`, `{ status = 0 }`. */
function patternProperty(name: TSESTree.Node): TSESTree.Property | undefined {
  let current = name;
  if (current.parent?.type === AST_NODE_TYPES.AssignmentPattern && current.parent.left === current) current = current.parent;
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectPattern
    ? parent
    : undefined;
}

function propertyName(property: TSESTree.Property): string | undefined {
  if (property.key.type === AST_NODE_TYPES.Identifier && !property.computed) return property.key.name;
  if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
  return undefined;
}

/** What an object pattern destructures: `res` in `const { status } = res`, `error.response` in a nested pattern. */
function patternSource(pattern: TSESTree.ObjectPattern): string | undefined {
  const parent = pattern.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id === pattern && parent.init) return subjectKey(parent.init);
  const property = patternProperty(pattern);
  if (property) {
    const outer = patternSource(property.parent as TSESTree.ObjectPattern);
    const name = propertyName(property);
    return outer === undefined || name === undefined ? undefined : `${outer}.${name}`;
  }
  return undefined;
}

/** `this.status` counts only in a non-arrow function installed as an XHR load/readystatechange handler. */
function inXhrHandler(node: TSESTree.Node): boolean {
  let fn: TSESTree.Node | undefined = node.parent;
  while (fn && fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.FunctionDeclaration) {
    if (fn.type === AST_NODE_TYPES.ClassBody || fn.type === AST_NODE_TYPES.ObjectExpression) return false;
    fn = fn.parent;
  }
  if (fn?.type !== AST_NODE_TYPES.FunctionExpression) return false;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === fn && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(parent.left);
    return name !== undefined && XHR_HANDLER_PROPERTY.test(name);
  }
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[1] === fn && parent.callee.type === AST_NODE_TYPES.MemberExpression) {
    const event = parent.arguments[0];
    return (
      memberName(parent.callee) === 'addEventListener' &&
      event?.type === AST_NODE_TYPES.Literal &&
      typeof event.value === 'string' &&
      XHR_EVENT.test(event.value)
    );
  }
  return false;
}

/**
 * The server's own response: the second parameter of a `(req, res)` / `(request, reply)` handler, and Koa's
 * `ctx` (`ctx.status`, `ctx.response.status`).
 */
function isServerResponse(object: TSESTree.Node, context: Context): boolean {
  let root = object;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrapChain(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  if ((root.name === 'ctx' || root.name === 'context') && (object === root || (object.type === AST_NODE_TYPES.MemberExpression && memberName(object) === 'response'))) {
    return true;
  }
  const def = findVariable(root, context)?.defs[0];
  if (def?.type !== DefinitionType.Parameter) return false;
  const fn = def.node as TSESTree.FunctionLike;
  const index = fn.params.findIndex((param) => param === def.name);
  const first = fn.params[0];
  return index >= 1 && first?.type === AST_NODE_TYPES.Identifier && REQUEST_PARAMETER.test(first.name);
}
