import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { isFunction } from '../ast/functions.js';
import { importedBinding } from '../ast/moduleImports.js';

/** What a handler calls its response: `(req, res)`, `(request, response)`, Fastify's `(request, reply)`. */
const RESPONSE_NAME = /^_*(?:res|resp|response|reply)$/i;
/** Whether a name is what a handler calls its response parameter (`res`, `_res`, `response`, `reply`). */
export const isResponseName = (name: string): boolean => RESPONSE_NAME.test(name);
const REQUEST_NAME = /^_*(?:req|request)$/i;
/** Response types that name no other `Response`: Node's, Fastify's, Next.js pages' API routes. */
const RESPONSE_TYPES = new Set(['ServerResponse', 'FastifyReply', 'NextApiResponse']);
/** Modules whose `Response` type is a server response (the Fetch `Response` is a client's too). */
const SERVER_MODULES = new Set(['express', 'express-serve-static-core']);

/**
 * Whether `variable` is a server handler's response parameter, which a second send breaks: `res` in
 * `(req, res)` or `(err, req, res, next)`, `reply` in Fastify's `(request, reply)`, or a parameter typed
 * `ServerResponse`, `FastifyReply`, `NextApiResponse`, Express's `Response`, or Nest's `@Res() res`.
 * Many other objects send more than once on purpose (`ws.send(a); ws.send(b)`, `channel.send(…)`), and a
 * client's `response.json()` reads a body: those are never responses here. A parameter reassigned in its
 * function may hold another object later, so it does not count either.
 */
export function isResponseParameter(variable: TSESLint.Scope.Variable, context: Context): boolean {
  const [def] = variable.defs;
  if (variable.defs.length !== 1 || def?.type !== TSESLint.Scope.DefinitionType.Parameter) return false;
  const fn = def.node;
  const param = def.name;
  if (!isFunction(fn) || param.type !== AST_NODE_TYPES.Identifier || !isResponseName(param.name)) return false;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return false;
  const index = fn.params.findIndex((other) => unwrapParam(other) === param);
  if (index < 0) return false;
  const before = index > 0 ? unwrapParam(fn.params[index - 1]!) : undefined;
  if (before?.type === AST_NODE_TYPES.Identifier && REQUEST_NAME.test(before.name)) return true;
  const declared = fn.params[index]!;
  if (declared.type !== AST_NODE_TYPES.TSParameterProperty && hasResponseDecorator(declared)) return true;
  return isResponseType(param.typeAnnotation?.typeAnnotation, context);
}

/** The binding of a parameter with a default value or a decorator: `res = x`. */
function unwrapParam(param: TSESTree.Parameter): TSESTree.Node {
  return param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
}

/** Nest's `@Res() res` / `@Response() res` (and `@Reply()` of some Fastify adapters). */
function hasResponseDecorator(param: TSESTree.Parameter): boolean {
  const decorators = 'decorators' in param ? (param.decorators ?? []) : [];
  return decorators.some((decorator) => {
    const call = decorator.expression;
    return call.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.Identifier && /^(?:Res|Response|Reply)$/.test(call.callee.name);
  });
}

function isResponseType(type: TSESTree.TypeNode | undefined, context: Context): boolean {
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) {
    if (RESPONSE_TYPES.has(name.name)) return true;
    const binding = name.name === 'Response' ? importedBinding(name, context) : undefined;
    return binding !== undefined && SERVER_MODULES.has(binding.source);
  }
  if (name.type !== AST_NODE_TYPES.TSQualifiedName) return false;
  // `express.Response`, `http.ServerResponse`, `Fastify.FastifyReply`.
  return RESPONSE_TYPES.has(name.right.name) || (name.right.name === 'Response' && name.left.type === AST_NODE_TYPES.Identifier && /^express$/i.test(name.left.name));
}

/**
 * Whether a response parameter is Fastify's reply (`reply`, or typed `FastifyReply`). Fastify writes the head
 * after its `onSend` hooks, which may be asynchronous, so a code or a header set right after `reply.send()`
 * may still go out: only a second send is sure to be lost there.
 */
export function isFastifyReply(variable: TSESLint.Scope.Variable): boolean {
  const param = variable.defs[0]?.name;
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const type = param.typeAnnotation?.typeAnnotation;
  const typeName = type?.type === AST_NODE_TYPES.TSTypeReference ? type.typeName : undefined;
  const name = typeName?.type === AST_NODE_TYPES.Identifier ? typeName.name : typeName?.type === AST_NODE_TYPES.TSQualifiedName ? typeName.right.name : undefined;
  return name === 'FastifyReply' || (name === undefined && /^_*reply$/i.test(param.name));
}
