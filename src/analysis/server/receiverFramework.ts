import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import { isFunction } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { calleeMethod } from '../ast/methodChain.js';
import { moduleImports } from '../ast/moduleImports.js';
import { unwrap } from '../ast/unwrap.js';
import { callReceiver } from './callReceiver.js';

/** The frameworks whose response objects share method names (`status`, `header`, `set`, `send`, `redirect`). */
export type ReceiverFramework = 'express' | 'koa' | 'hono' | 'fastify';

/**
 * Which framework a long-lived response object belongs to, so that each adapter handles the names of its own
 * objects only: `res.status(401)` is Express's, `c.status(401)` Hono's (it returns nothing to chain on),
 * `reply.status(401)` Fastify's (the handler's end sends the reply), `ctx.set(…)` Koa's. Told by where the
 * object comes from, never by its name alone (except Koa's `ctx`, `context`, `this.ctx`, see `isKoaContext`):
 * - Hono: see `isHonoContext`;
 * - Fastify: a parameter typed `FastifyReply`; in a file that imports Fastify, a handler's second or third
 *   parameter (`(request, reply)`, `setErrorHandler((error, request, reply) => …)`); anywhere, a variable
 *   used with `reply.code(…)`, which Express, Koa and Hono responses do not have;
 * - Express (and Connect, Node's `http`, anything else): the rest.
 */
export function receiverFramework(root: TSESTree.Node, context: Context): ReceiverFramework {
  if (root.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(root, context);
    if (!variable) return isKoaContext(root) ? 'koa' : 'express';
    let framework = frameworks.get(variable);
    if (!framework) {
      framework = identifierFramework(root, variable, context);
      frameworks.set(variable, framework);
    }
    return framework;
  }
  if (isKoaContext(root)) return 'koa';
  // ctx.response.set(…), ctx.res.setHeader(…): a Koa context's response objects.
  if (root.type === AST_NODE_TYPES.MemberExpression && RESPONSE_MEMBERS.has(memberName(root) ?? '') && isKoaContext(unwrap(root.object))) return 'koa';
  return 'express';
}

/** The long-lived object a call's method chain starts from (`callReceiver`), when it is `framework`'s. */
export function ownedReceiver(call: TSESTree.CallExpression, framework: ReceiverFramework, context: Context): TSESTree.Node | undefined {
  const root = callReceiver(call);
  return root && receiverFramework(root, context) === framework ? root : undefined;
}

const frameworks = new WeakMap<TSESLint.Scope.Variable, ReceiverFramework>();

/** Where Koa keeps the response besides the context itself: `ctx.response`, `ctx.res`. */
const RESPONSE_MEMBERS = new Set(['response', 'res']);

function identifierFramework(identifier: TSESTree.Identifier, variable: TSESLint.Scope.Variable, context: Context): ReceiverFramework {
  const imports = moduleImports(context.sourceCode).sources;
  if (isHonoContext(identifier, context, imports, 'imports')) return 'hono';
  if (isKoaContext(identifier)) return 'koa';
  if (isHonoContext(identifier, context, imports, 'route')) return 'hono';
  return isFastifyReply(variable, imports) ? 'fastify' : 'express';
}

const importsHono = (sources: Iterable<string>) => {
  for (const source of sources) if (source === 'hono' || source.startsWith('hono/') || source.startsWith('@hono/')) return true;
  return false;
};
const importsFastify = (sources: Iterable<string>) => {
  for (const source of sources) if (source === 'fastify' || source === 'fastify-plugin' || source.startsWith('@fastify/')) return true;
  return false;
};

/**
 * Router methods whose handler's first parameter is a Hono context when the file does not import Hono, and
 * `hono/factory`'s `factory.createMiddleware(mw)` / `factory.createHandlers(...handlers)` on a factory made
 * in another file (`import { factory } from './factory'`, as Hono's docs advise).
 */
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'options', 'head', 'all', 'on', 'use', 'createMiddleware', 'createHandlers']);

/**
 * `c` is a Hono context when it is the first parameter of a function and either the file imports from
 * `hono`, `hono/…` or `@hono/…` (handlers, middleware, `(c: Context) => …` helpers, `createMiddleware(…)`
 * from `hono/factory`), or the function is a route handler passed to `x.get/post/…/on/use(…)` or
 * `factory.createMiddleware/createHandlers(…)` with at most two parameters (`(c)`, `(c, next)`).
 * Express' `(req, res)` handlers have no `req.json(body, 401)`. `by` picks one test: the import one comes
 * before Koa's names, the route one after (`router.get('/', async (ctx, next) => …)` is Koa's).
 */
export function isHonoContext(
  identifier: TSESTree.Identifier,
  context: Context,
  imports: Iterable<string> = moduleImports(context.sourceCode).sources,
  by: 'imports' | 'route' | 'either' = 'either',
): boolean {
  const def = findVariable(identifier, context)?.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Parameter) return false;
  const fn = def.node;
  if (!isFunction(fn) || fn.params[0] !== def.name) return false;
  if (by !== 'route' && importsHono(imports)) return true;
  if (by === 'imports') return false;
  const parent = fn.parent;
  return (
    fn.params.length <= 2 &&
    parent?.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments.includes(fn as TSESTree.Expression) &&
    ROUTE_METHODS.has(calleeMethod(parent) ?? '')
  );
}

/** `ctx`, `context`, `this.ctx`, or `this` inside a generator function (Koa v1 middleware). */
export function isKoaContext(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'ctx' || node.name === 'context';
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberName(node) === 'ctx';
  if (node.type !== AST_NODE_TYPES.ThisExpression) return false;
  let fn: TSESTree.Node | undefined = node.parent;
  while (fn && fn.type !== AST_NODE_TYPES.FunctionDeclaration && fn.type !== AST_NODE_TYPES.FunctionExpression) fn = fn.parent;
  return fn?.generator === true;
}

function isFastifyReply(variable: TSESLint.Scope.Variable, imports: Iterable<string>): boolean {
  const def = variable.defs[0];
  if (def?.type === TSESLint.Scope.DefinitionType.Parameter && isFunction(def.node)) {
    const name = def.name as TSESTree.Identifier;
    const type = name.typeAnnotation?.typeAnnotation;
    if (type?.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === 'FastifyReply') return true;
    const index = def.node.params.indexOf(name);
    if ((index === 1 || index === 2) && importsFastify(imports)) return true;
  }
  return variable.references.some(({ identifier }) => {
    const member = identifier.parent;
    return (
      member?.type === AST_NODE_TYPES.MemberExpression &&
      member.object === identifier &&
      memberName(member) === 'code' &&
      member.parent?.type === AST_NODE_TYPES.CallExpression &&
      member.parent.callee === member
    );
  });
}
