import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import { isFunction } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { calleeMethod } from '../ast/methodChain.js';
import { moduleImports } from '../ast/moduleImports.js';
import { unwrap } from '../ast/unwrap.js';

/** Names a server response goes by: `res`, `response`, `reply`, and camel-case ends such as `expressRes`, `fastifyReply`. */
const RESPONSE_NAME = /^(?:res|resp|response|reply|rep|serverResponse|outgoing)$|[a-z](?:Res|Resp|Response|Reply)$/;
/** Types of a response parameter: Express's and Node's `Response`/`ServerResponse`, Fastify's `FastifyReply`. */
const RESPONSE_TYPE = /\b(?:Response|ServerResponse|FastifyReply|Reply|OutgoingMessage|Http2ServerResponse)\b/;
const REQUEST_NAME = /^_?(?:req|request)$/;

/** The name a receiver goes by: `res` for `res`, `this.res` and `ctx.res`; undefined for `this` or a call. */
export function receiverName(receiver: TSESTree.Node): string | undefined {
  const node = unwrap(receiver);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  return node.type === AST_NODE_TYPES.MemberExpression ? memberName(node) : undefined;
}

/**
 * Whether the object a status is set on looks like a server response (Express/Connect, Node http,
 * Fastify): named like one (`res`, `response`, `reply`, `this.res`, `ctx.res`), a parameter typed as one
 * (`r: Response`, `r: FastifyReply`), or the second parameter of a `(req, x)` handler, and not bound to an
 * object literal. So `err.statusCode = 999`, `job.status(600)`, `this.status(0)` and a test's
 * `const res = {}; res.statusCode = 0` are not responses.
 */
export function looksLikeServerResponse(receiver: TSESTree.Node, context: Context): boolean {
  const name = receiverName(receiver);
  if (name === undefined) return false;
  const node = unwrap(receiver);
  const def = node.type === AST_NODE_TYPES.Identifier ? findVariable(node, context)?.defs[0] : undefined;
  // `const res = { status: jest.fn() }`, `let res = {}`: a hand-made stand-in, not a framework's response.
  if (def?.type === TSESLint.Scope.DefinitionType.Variable && def.node.init && unwrap(def.node.init).type === AST_NODE_TYPES.ObjectExpression) return false;
  if (RESPONSE_NAME.test(name)) return true;
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  if (def?.type !== TSESLint.Scope.DefinitionType.Parameter || !isFunction(def.node)) return false;
  const param = def.name as TSESTree.Identifier;
  if (param.typeAnnotation && RESPONSE_TYPE.test(context.sourceCode.getText(param.typeAnnotation))) return true;
  const [first, second] = def.node.params;
  return second === param && first?.type === AST_NODE_TYPES.Identifier && REQUEST_NAME.test(first.name);
}

/** Whether the file imports or requires a module `accept` takes. */
export function importsModule(context: Context, accept: (source: string) => boolean): boolean {
  for (const source of moduleImports(context.sourceCode).sources) if (accept(source)) return true;
  return false;
}

const isKoaModule = (source: string): boolean => source === 'koa' || source.startsWith('@koa/') || source.startsWith('koa-') || source === 'egg';
const isHonoModule = (source: string): boolean => source === 'hono' || source.startsWith('hono/') || source.startsWith('@hono/');

/**
 * A Koa context: `ctx`, `x.ctx` (Egg's `this.ctx`), or `context` in a file that imports Koa (elsewhere
 * `context` is too common a name: React, Azure, state machines).
 */
export function isKoaContext(node: TSESTree.Node, context: Context): boolean {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.Identifier) return expr.name === 'ctx' || (expr.name === 'context' && importsModule(context, isKoaModule));
  return expr.type === AST_NODE_TYPES.MemberExpression && memberName(expr) === 'ctx';
}

/** Whether the file imports Koa (where `response.status = n` is Koa's own setter, not an Express mistake). */
export const importsKoa = (context: Context): boolean => importsModule(context, isKoaModule);

/**
 * A Hono context: the first parameter of a function, in a file that imports Hono, or named `c` in a
 * `(c)` / `(c, next)` function passed to a call (`app.get('/', (c) => …)`).
 */
export function isHonoContext(node: TSESTree.Node, context: Context): boolean {
  const expr = unwrap(node);
  if (expr.type !== AST_NODE_TYPES.Identifier) return false;
  const def = findVariable(expr, context)?.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Parameter || !isFunction(def.node) || def.node.params[0] !== def.name) return false;
  if (importsModule(context, isHonoModule)) return true;
  const parent = def.node.parent;
  return (
    expr.name === 'c' &&
    def.node.params.length <= 2 &&
    parent?.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments.includes(def.node as TSESTree.Expression) &&
    calleeMethod(parent) !== undefined
  );
}
