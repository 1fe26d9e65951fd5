import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { isFunction } from '../../ast/functions.js';
import { statementOf } from '../../ast/statementOf.js';
import { calleeMethod, chainCalls, chainTop } from '../../ast/methodChain.js';
import { resolveStatusCandidates } from '../../status/statusCandidates.js';
import { readBody } from '../bodyEvidence.js';
import { callReceiver } from '../callReceiver.js';
import { ownedReceiver } from '../receiverFramework.js';
import { resolveString } from '../../ast/resolveString.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { quote } from '../edits.js';
import { headerNamed, readHeaders } from '../headerEvidence.js';
import { UNKNOWN_BODY, UNKNOWN_HEADERS, type BodyEvidence } from '../ResponseSite.js';
import { hapiResponseOf } from './hapi.js';

/** Methods after which the chain's value is the sent reply, not a builder the caller may still add to. */
const TERMINALS = new Set(['send', 'redirect', 'view', 'sendFile', 'download', 'callNotFound']);

/**
 * Fastify's reply: `reply.code(n)` and `reply.status(n)` (chaining like Express's `status`), headers through
 * `reply.header(name, v)`, `reply.headers({…})` and `reply.redirect(url, code?)` (v5; v4 also took the code
 * first), sent by `reply.send(x)` and the other terminals, or by the handler's end (its return value).
 * `code` is Fastify's on any receiver (Express, Koa and Hono responses have none; `h.response(x).code(n)` is
 * Hapi's); the shared names only on a Fastify reply (`receiverFramework`).
 */
export const fastifyAdapter: Adapter = (api) => {
  const reply = (call: TSESTree.CallExpression) => ownedReceiver(call, 'fastify', api.context);
  const status = (call: TSESTree.CallExpression) => {
    if (call.arguments.length !== 1) return;
    const root = calleeMethod(call) === 'code' ? callReceiver(call) : reply(call);
    if (!root || hapiResponseOf(call, api.context)) return;
    api.receiverSetsStatus(root, call);
    // reply.code(authed ? 403 : 401): a site per branch; the edit at the response is sound for both (see express).
    const candidates = resolveStatusCandidates(call.arguments[0], api.context).filter(({ status }) => api.wants(status));
    if (candidates.length === 0) return;
    const top = chainTop(call);
    // `return reply.code(401)` hands an unsent reply to the caller, which may still add headers.
    const escapes = !TERMINALS.has(calleeMethod(top) ?? '') && !statementOf(top);
    for (const { status, node } of candidates) api.receiverStatus(root, {
      framework: 'fastify',
      status,
      node,
      body: chainBody(top, api),
      ...(escapes ? { headers: UNKNOWN_HEADERS } : {}),
      addHeader: (fixer, name, value) => fixer.insertTextAfter(call, `.header(${quote(name)}, ${quote(value)})`),
    });
  };
  const send = (call: TSESTree.CallExpression) => {
    const root = reply(call);
    if (!root) return;
    if (calleeMethod(call) === 'redirect') api.receiverHeaders(root, headerNamed('location'), call);
    api.receiverSend(root, call);
  };
  const calls: Record<string, (call: TSESTree.CallExpression) => void> = {
    code: status,
    status,
    header(call) {
      const root = reply(call);
      if (!root) return;
      const name = resolveString(call.arguments[0], api.context);
      api.receiverHeaders(root, name === undefined ? UNKNOWN_HEADERS : headerNamed(name), call);
    },
    headers(call) {
      const root = call.arguments.length === 1 ? callReceiver(call) : undefined;
      if (root) api.receiverHeaders(root, () => readHeaders(call.arguments[0], api.context), call);
    },
  };
  for (const method of TERMINALS) calls[method] = send;
  // `response._header('content-range', v)`, `reply.setHeaderOnce('allow', v)`: a method we do not know, private
  // or named for headers, given a header's name may well set it (Hapi's own response writes its headers so);
  // the header counts, so that a status on a receiver whose API we only half know stays silent.
  const anyCall = (call: TSESTree.CallExpression) => {
    // Every call of a woken file comes here: the cheap tests on the syntax first, the patterns last.
    const callee = call.callee;
    const name = call.arguments[0];
    if (name?.type !== AST_NODE_TYPES.Literal || typeof name.value !== 'string') return;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return;
    const method = callee.property.name;
    if (Object.hasOwn(calls, method) || !MAY_SET_HEADER.test(method) || !HEADER_NAME.test(name.value)) return;
    const root = callReceiver(call);
    if (root) api.receiverHeaders(root, headerNamed(name.value), call);
  };
  return { calls, anyCall };
};

/** A private method (`_header`) or one named for headers (`addHeader`), not a getter nor a removal. */
const MAY_SET_HEADER = /^(?!_*(?:get|has|remove|delete|unset|clear))(?:_|.*[hH]eader)/;
/** A field name as RFC 9110 §5.1 spells them in practice: letters, digits and hyphens. */
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;

/** The payload sent in the same chain (`reply.code(202).send({ statusUrl })`), or returned after it. */
function chainBody(top: TSESTree.CallExpression, api: AdapterApi): BodyEvidence {
  for (const call of chainCalls(top)) {
    if (calleeMethod(call) === 'send') return readBody(call.arguments[0], api.context);
  }
  return returnedPayload(top, api);
}

/**
 * `reply.code(202); return { id }` in an async handler: Fastify sends the returned value. Read only when the
 * status is a statement of the handler's own body and the next `return` of that body follows it with nothing
 * in between that may leave or send otherwise (a branch, a loop, a `try`); anything else is unknown.
 */
function returnedPayload(top: TSESTree.CallExpression, api: AdapterApi): BodyEvidence {
  const statement = statementOf(top);
  const body = statement?.parent;
  if (body?.type !== AST_NODE_TYPES.BlockStatement || !body.parent || !isFunction(body.parent) || !body.parent.async) return UNKNOWN_BODY;
  for (const next of body.body.slice(body.body.indexOf(statement!) + 1)) {
    if (next.type === AST_NODE_TYPES.ReturnStatement) return next.argument ? readBody(next.argument, api.context) : UNKNOWN_BODY;
    if (next.type !== AST_NODE_TYPES.ExpressionStatement && next.type !== AST_NODE_TYPES.VariableDeclaration) return UNKNOWN_BODY;
  }
  return UNKNOWN_BODY;
}
