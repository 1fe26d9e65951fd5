import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { constantInitializer } from '../ast/constantInitializer.js';
import { findVariable } from '../ast/findVariable.js';
import { enclosingFunction, isFunction } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { calleeMethod } from '../ast/methodChain.js';
import { importedBinding } from '../ast/moduleImports.js';
import { propertyKeyName } from '../ast/propertyKeyName.js';
import { unwrap } from '../ast/unwrap.js';
import { hapiResponseOf } from './adapters/hapi.js';
import { isLiteralStructure, LAMBDA_KEYS, LAMBDA_RESULT_KEYS, looksLikeLambdaHandler } from './adapters/lambda.js';
import { isResponseClass, responseHelper } from './adapters/webResponse.js';
import { callReceiver } from './callReceiver.js';
import { isTestDouble } from './isTestDouble.js';
import { importsKoa, importsModule, isHonoContext, isKoaContext, looksLikeServerResponse, receiverName } from './looksLikeResponse.js';

/**
 * Which codes a position accepts:
 * - `http`: RFC 9110's 100–599 (Node and Express 5 only throw outside 100–999, Fastify outside 100–599);
 * - `fetch`: a Fetch `Response`, whose constructor throws a RangeError outside 200–599;
 * - `redirect`: `Response.redirect(url, status)`, which throws unless the status is 301, 302, 303, 307 or 308.
 */
export type StatusRange = 'http' | 'fetch' | 'redirect';

/** Where a status is written, and what the API there does with it. */
export interface StatusPosition {
  /** The status expression. */
  readonly node: TSESTree.Node;
  readonly range: StatusRange;
  /** The API, as messages name it: `Express 5`, `Koa`, `Response.redirect`. */
  readonly api: string;
  /**
   * What the API does with a numeric string: `reject` (Express 5's `res.status('200')` throws a TypeError,
   * Koa's `ctx.status = '200'` fails an assertion), `message` (http-errors takes a string as the message and
   * answers 500), `coerce` (Node, Fastify's `Number(code)`, WebIDL's conversion in `Response`).
   */
  readonly strings: 'reject' | 'message' | 'coerce';
  /** For `res.status = n`: the `res.status` member the assignment overwrites. */
  readonly overwrites?: TSESTree.MemberExpression;
}

/** Hono's (and a Fetch-style context's) body senders, whose second argument is the status: `c.json(x, 401)`. */
export const FETCH_SENDERS: ReadonlySet<string> = new Set(['json', 'text', 'body', 'html', 'newResponse']);
const AZURE_KEYS = new Set(['status', 'headers', 'body', 'jsonBody', 'cookies', 'enableContentNegotiation']);
/** Express's method is overwritten by `res.status = n` on these; Koa's `ctx.response.status = n` is a setter. */
const EXPRESS_RESPONSE = /^(?:res|resp)$|[a-z](?:Res|Resp)$/;

/**
 * The listeners that find every place a status is written, per framework, and hand each to `found`
 * (see docs/rules/valid-status-code.md for the list). They recognise positions only, whatever the value;
 * the receiver must look like a response (`looksLikeResponse.ts`), so `expect(res.status).toBe(600)`,
 * `err.status = 999` and a client's `response.status === 600` are no positions.
 */
export function statusPositionListeners(context: Context, found: (position: StatusPosition) => void): TSESLint.RuleListener {
  const at = (node: TSESTree.Node | undefined, range: StatusRange, api: string, strings: StatusPosition['strings']) => {
    if (node && node.type !== AST_NODE_TYPES.SpreadElement) found({ node, range, api, strings });
  };
  const init = (node: TSESTree.Node | undefined, range: StatusRange, api: string) => at(initStatus(node, context), range, api, 'coerce');

  return {
    CallExpression(call) {
      const callee = call.callee;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        identifierCall(call, callee, context, at);
        return;
      }
      const method = calleeMethod(call);
      if (method === undefined) return;
      const object = unwrap((callee as TSESTree.MemberExpression).object);
      const args = call.arguments;
      switch (method) {
        case 'status':
        case 'sendStatus':
        case 'code': {
          // Hapi's `h.response(x).code(n)` asserts an integer (`Number.isSafeInteger`), then Node sends it.
          if (method === 'code' && args.length === 1 && hapiResponseOf(call, context)) {
            at(args[0], 'http', 'Hapi', 'reject');
            return;
          }
          const receiver = args.length === 1 ? callReceiver(call) : undefined;
          if (!receiver) return;
          if (method === 'status' && isHonoContext(receiver, context)) at(args[0], 'fetch', 'Hono', 'coerce');
          else if (looksLikeServerResponse(receiver, context)) {
            const fastify = method === 'code' || /rep/i.test(receiverName(receiver) ?? '');
            at(args[0], 'http', fastify ? 'Fastify' : 'Express 5', fastify ? 'coerce' : 'reject');
          }
          return;
        }
        case 'writeHead': {
          if (args.length >= 1 && callReceiver(call)) at(args[0], 'http', 'Node', 'coerce');
          return;
        }
        case 'throw': {
          // ctx.throw(404), Koa v1's ctx.throw('msg', 404): http-errors' createError.
          if (!isKoaContext(object, context) || args.length === 0) return;
          at(args.length >= 2 && isWord(args[0]!) ? args[1] : args[0], 'http', 'Koa', 'message');
          return;
        }
        case 'redirect': {
          if (object.type === AST_NODE_TYPES.Identifier && (object.name === 'Response' || object.name === 'NextResponse')) {
            if (!isResponseClass(object, context)) return;
            // NextResponse.redirect(url, init) takes an init too.
            if (object.name === 'NextResponse' && unwrap(args[1] ?? call).type === AST_NODE_TYPES.ObjectExpression) init(args[1], 'redirect', `${object.name}.redirect`);
            else at(args[1], 'redirect', `${object.name}.redirect`, 'coerce');
            return;
          }
          if (args.length !== 2) return;
          const receiver = callReceiver(call);
          if (!receiver) return;
          if (isHonoContext(receiver, context)) at(args[1], 'fetch', 'Hono', 'coerce');
          else if (looksLikeServerResponse(receiver, context)) {
            // Express's redirect(status, url) (4.x also took (url, status)), Fastify v4's (code, url) and v5's (url, code):
            // the status is the argument that is not a URL.
            const fastify = /rep/i.test(receiverName(receiver) ?? '');
            const status = isUrlLike(args[0]!) ? args[1] : args[0];
            at(status, 'http', fastify ? 'Fastify' : 'Express 5', fastify ? 'coerce' : 'reject');
          }
          return;
        }
        case 'next':
        case 'rewrite':
        case 'json': {
          if (object.type === AST_NODE_TYPES.Identifier && (object.name === 'Response' || object.name === 'NextResponse')) {
            if (!isResponseClass(object, context) || (method !== 'json' && object.name !== 'NextResponse')) return;
            init(method === 'next' ? args[0] : args[1], 'fetch', `${object.name}.${method}`);
            return;
          }
          if (method === 'json') honoSender(call, object, context, at, init);
          return;
        }
        default:
          if (FETCH_SENDERS.has(method)) honoSender(call, object, context, at, init);
      }
    },
    NewExpression(node) {
      const callee = node.callee;
      if (callee.type !== AST_NODE_TYPES.Identifier) return;
      if (callee.name === 'Response' || callee.name === 'NextResponse') {
        if (isResponseClass(callee, context)) init(node.arguments[1], 'fetch', callee.name);
        return;
      }
      if (callee.name !== 'HttpException' && callee.name !== 'HTTPException') return;
      const binding = importedBinding(callee, context);
      if (!binding) return;
      // Nest's `new HttpException(body, status)`; Hono's `new HTTPException(status, options)`, sent as a `Response`.
      if (binding.imported === 'HttpException' && isNest(binding.source)) at(node.arguments[1], 'http', 'NestJS', 'coerce');
      else if (binding.imported === 'HTTPException' && (binding.source === 'hono' || binding.source === 'hono/http-exception')) at(node.arguments[0], 'fetch', 'Hono', 'coerce');
    },
    Decorator(decorator) {
      // @HttpCode(204) from @nestjs/common
      const call = decorator.expression;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'HttpCode') return;
      const binding = importedBinding(call.callee, context);
      if (binding?.imported === 'HttpCode' && isNest(binding.source)) at(call.arguments[0], 'http', 'NestJS', 'coerce');
    },
    AssignmentExpression(assignment) {
      const left = assignment.left;
      if (assignment.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression || left.computed) return;
      const name = memberName(left);
      const target = unwrap(left.object);
      if (name === 'statusCode') {
        if (looksLikeServerResponse(target, context)) at(assignment.right, 'http', 'Node', 'coerce');
        return;
      }
      if (name !== 'status') return;
      // ctx.status = 404, ctx.response.status = 404: Koa's setter asserts an integer.
      const koa = isKoaContext(target, context) || (target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'response' && isKoaContext(target.object, context));
      if (koa) {
        at(assignment.right, 'http', 'Koa', 'reject');
        return;
      }
      // res.status = 404 on an Express (or Node) response replaces the method; `response` may be Koa's.
      const receiver = receiverName(target);
      if (receiver === undefined || !looksLikeServerResponse(target, context)) return;
      if (EXPRESS_RESPONSE.test(receiver) || (receiver === 'response' && !importsKoa(context))) {
        found({ node: assignment.right, range: 'http', api: 'Express', strings: 'coerce', overwrites: left });
      }
    },
    ReturnStatement(statement) {
      if (statement.argument) result(statement.argument, enclosingFunction(statement), context, at);
    },
    ArrowFunctionExpression(fn) {
      if (fn.expression) result(fn.body, fn, context, at);
    },
  };
}

type At = (node: TSESTree.Node | undefined, range: StatusRange, api: string, strings: StatusPosition['strings']) => void;

/** `createError(404)` of http-errors; Lambda's `callback(null, { statusCode, body })`. */
function identifierCall(call: TSESTree.CallExpression, callee: TSESTree.Identifier, context: Context, at: At): void {
  const args = call.arguments;
  if (args.length === 2 && args[0]?.type === AST_NODE_TYPES.Literal && args[0].value === null) {
    const def = findVariable(callee, context)?.defs[0];
    if (def?.type === TSESLint.Scope.DefinitionType.Parameter && isFunction(def.node)) {
      result(args[1]!, def.node, context, at);
      return;
    }
  }
  if (args.length === 0) return;
  const binding = importedBinding(callee, context);
  if (!binding) return;
  if (binding.source === 'http-errors' && (binding.imported === 'default' || binding.imported === '*')) {
    at(args[0], 'http', 'http-errors', 'message');
    return;
  }
  // React Router's `data(body, 404)` / `json(body, { status })`, SvelteKit's `json(body, { status })`: the
  // answer is a Fetch `Response` made from that init, whose constructor throws outside 200–599.
  const helper = responseHelper(binding);
  const second = args[1];
  if (!helper || !second) return;
  const status = initStatus(second, context);
  if (status) at(status, 'fetch', helper.api, 'coerce');
  else if (helper.allowsNumber && unwrap(second).type !== AST_NODE_TYPES.ObjectExpression) at(second, 'fetch', helper.api, 'coerce');
}

/** Hono's `c.json(body, status)`, `c.text/body/html(body, status)`, and the same with an init object. */
function honoSender(call: TSESTree.CallExpression, object: TSESTree.Node, context: Context, at: At, init: (node: TSESTree.Node | undefined, range: StatusRange, api: string) => void): void {
  const second = call.arguments[1];
  if (!second || !isHonoContext(object, context)) return;
  if (unwrap(second).type === AST_NODE_TYPES.ObjectExpression) init(second, 'fetch', 'Hono');
  else at(second, 'fetch', 'Hono', 'coerce');
}

/**
 * A function's result that is a Lambda proxy result (`{ statusCode, headers?, body? }`, read as the lambda
 * adapter does) or an Azure Functions `HttpResponseInit` (`{ status, jsonBody }` in a file that imports
 * `@azure/functions`). Test doubles (`vi.fn(() => ({ statusCode: 500 }))`) are no results.
 */
function result(node: TSESTree.Node, fn: TSESTree.Node | undefined, context: Context, at: At): void {
  const object = unwrap(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
  const properties = new Map<string, TSESTree.Property>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return;
    const key = propertyKeyName(property, context);
    if (key === undefined) return;
    properties.set(key, property);
  }
  const statusCode = properties.get('statusCode');
  if (statusCode) {
    if (![...properties.keys()].every((key) => LAMBDA_KEYS.has(key))) return;
    const body = properties.get('body');
    if (body && isLiteralStructure(body.value)) return;
    const handler = fn && isFunction(fn) ? fn : undefined;
    if (!LAMBDA_RESULT_KEYS.some((key) => properties.has(key)) && !looksLikeLambdaHandler(handler, context)) return;
    if (!isTestDouble(object)) at(statusCode.value, 'http', 'API Gateway', 'coerce');
    return;
  }
  const status = properties.get('status');
  if (!status || properties.size < 2 || ![...properties.keys()].every((key) => AZURE_KEYS.has(key))) return;
  if (importsModule(context, (source) => source === '@azure/functions') && !isTestDouble(object)) at(status.value, 'http', 'Azure Functions', 'coerce');
}

/**
 * The `status` of a `ResponseInit`: an object literal (or a `const` bound to one) whose `status` property
 * comes after any spread (`{ ...init, status }`; in `{ status, ...init }` the spread may override it).
 * Not in an init with a `webSocket`: Cloudflare Workers accept a WebSocket with
 * `new Response(null, { status: 101, webSocket: client })`, outside the Fetch standard's 200–599.
 */
function initStatus(node: TSESTree.Node | undefined, context: Context): TSESTree.Node | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  let object = unwrap(node);
  if (object.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(object, context);
    const bound = variable ? constantInitializer(variable) : undefined;
    object = bound ? unwrap(bound) : object;
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  let status: TSESTree.Node | undefined;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) status = undefined;
    else {
      const key = propertyKeyName(property, context);
      if (key === 'status') status = property.value;
      else if (key === 'webSocket') return undefined;
      else if (key === undefined) status = undefined;
    }
  }
  return status;
}

const isNest = (source: string): boolean => source === '@nestjs/common' || source.startsWith('@nestjs/common/');

/** A string that is not a bare number: a URL or a path (`'/login'`, `` `/items/${id}` ``, a variable is unknown). */
function isUrlLike(node: TSESTree.Node): boolean {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.TemplateLiteral) return expr.expressions.length > 0 || !/^\s*\d+\s*$/.test(expr.quasis[0]?.value.cooked ?? '');
  return expr.type === AST_NODE_TYPES.Literal && typeof expr.value === 'string' && !/^\s*\d+\s*$/.test(expr.value);
}

/** A message argument such as `'name required'`: a string literal that is not a number. */
const isWord = (node: TSESTree.Node): boolean => isUrlLike(node);
