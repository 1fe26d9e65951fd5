import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { calleeMethod, chainRoot } from '../ast/methodChain.js';
import { findProperty } from '../ast/propertyKeyName.js';
import { resolveString } from '../ast/resolveString.js';
import { unwrap } from '../ast/unwrap.js';

/** The request methods a route may serve, in the order `Allow` lists them. */
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export const HTTP_METHOD_SET: ReadonlySet<string> = new Set(HTTP_METHODS);
/** Router methods named after a request method: `app.get(path, h)`, `router.route(p).post(h)`, `fastify.put(…)`. */
export const ROUTER_METHODS: ReadonlySet<string> = new Set(HTTP_METHODS.map((method) => method.toLowerCase()));

/** One route a call registers: on which router, at which path, for which methods (`'all'` for every one), with which handlers. */
export interface RouteRegistration {
  /** The router's source text, from the root of a chain: `app`, `this.router`. */
  readonly router: string;
  readonly path: string;
  readonly methods: readonly string[] | 'all';
  readonly handlers: readonly TSESTree.Node[];
  /** Whether the router tries its routes in the order they were registered (Express, Koa's router, Hono), not by method first (Fastify's and Hapi's route objects). */
  readonly ordered: boolean;
}

/**
 * The routes a call registers, when its router, path and methods are written out:
 * - `app.get(path, …handlers)`, `router.all(path, …)`, koa-router's named `router.get('name', path, …)`;
 * - Hono's `app.on('PUT' | ['PUT', 'DELETE'], path, …handlers)`;
 * - Fastify's `fastify.route({ method, url, handler })` and Hapi's `server.route({ method, path, handler })` or an
 *   array of those (`method: '*'` is every method).
 * Empty for anything else, such as `router.route(path)` (its chain is read by the caller) or a computed path.
 */
export function routeRegistrations(call: TSESTree.CallExpression, context: Context): RouteRegistration[] {
  const method = calleeMethod(call);
  if (!method || call.arguments.length === 0) return [];
  // Through a chain: `app` in `app.get(…).all(…)`.
  const router = context.sourceCode.getText(chainRoot(call));
  if (method === 'all' || ROUTER_METHODS.has(method)) {
    const args = call.arguments;
    // The path is the last string before the handlers: koa-router's named routes put a name first.
    let index = 0;
    let path: string | undefined;
    for (let value; index < args.length && (value = resolveString(args[index], context)) !== undefined; index++) path = value;
    if (path === undefined || index === args.length) return [];
    return [{ router, path, methods: method === 'all' ? 'all' : [method.toUpperCase()], handlers: args.slice(index), ordered: true }];
  }
  if (method === 'on' && call.arguments.length >= 3) {
    const methods = methodList(call.arguments[0]!, context);
    const path = resolveString(call.arguments[1], context);
    return methods && path !== undefined ? [{ router, path, methods, handlers: call.arguments.slice(2), ordered: true }] : [];
  }
  if (method === 'route' && call.arguments.length === 1) {
    const arg = unwrap(call.arguments[0]!);
    const objects = arg.type === AST_NODE_TYPES.ArrayExpression ? arg.elements : [arg];
    const routes: RouteRegistration[] = [];
    for (const element of objects) {
      const object = element && unwrap(element);
      if (object?.type !== AST_NODE_TYPES.ObjectExpression) continue;
      const methodNode = findProperty(object, 'method');
      const methods = methodNode && methodList(methodNode, context);
      const pathNode = findProperty(object, 'url') ?? findProperty(object, 'path');
      const path = resolveString(pathNode, context);
      const handler = findProperty(object, 'handler');
      if (methods && path !== undefined && handler) routes.push({ router, path, methods, handlers: [handler], ordered: false });
    }
    return routes;
  }
  return [];
}

/** `'GET'`, `'get'`, `['PUT', 'DELETE']`, Hapi's `'*'` (every method); undefined when any is not known. */
function methodList(node: TSESTree.Node, context: Context): readonly string[] | 'all' | undefined {
  const expr = unwrap(node);
  const names = expr.type === AST_NODE_TYPES.ArrayExpression ? expr.elements : [expr];
  const methods: string[] = [];
  for (const element of names) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const value = resolveString(element, context)?.toUpperCase();
    if (value === '*' && names.length === 1) return 'all';
    if (value === undefined || !HTTP_METHOD_SET.has(value)) return undefined;
    methods.push(value);
  }
  return methods.length > 0 ? methods : undefined;
}
