import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { BODY_SENDERS, HEADER_SETTERS, IMPLIED_HEADERS, SENDERS } from '../responseMethods.js';
import type { Context } from '../../ast/Context.js';
import { findVariable } from '../../ast/findVariable.js';
import { isFunction } from '../../ast/functions.js';
import { isResponseParameter } from '../responseParameter.js';
import { statementOf } from '../../ast/statementOf.js';
import { calleeMethod, chainCalls, chainTop } from '../../ast/methodChain.js';
import { resolveString } from '../../ast/resolveString.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatusCandidates } from '../../status/statusCandidates.js';
import { readBody } from '../bodyEvidence.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { quote, insertStatementAfter } from '../edits.js';
import { headerNamed, mergeHeaderEvidence, readHeaders } from '../headerEvidence.js';
import { ownedReceiver } from '../receiverFramework.js';
import { sentBody } from '../sentBody.js';
import { NO_BODY, UNKNOWN_BODY, UNKNOWN_HEADERS, type BodyEvidence } from '../ResponseSite.js';
/**
 * Express and Connect (`res.status(n)`, `res.sendStatus(n)`, `res.statusCode = n`, which Node's `http` and
 * every framework's raw response share); headers through `res.set/header/append/setHeader(name, v)`,
 * `res.set({…})`, `res.redirect(url)` and the methods that name their header (`IMPLIED_HEADERS`: `res.location(url)`,
 * `res.cookie(…)`, `res.type(…)`, …). Only for response objects
 * that are Express's (`receiverFramework`): Hono's `c.status`/`c.header`, Fastify's `reply.status`/
 * `reply.header` and Koa's `ctx.set` are their adapters'. The chain root must be a name or a member (`res`,
 * `this.res`): `expect(x).to.have.status(401)` is not a response.
 */
export const expressAdapter: Adapter = (api) => {
  const expressRoot = (call: TSESTree.CallExpression) => ownedReceiver(call, 'express', api.context);
  const headers = (call: TSESTree.CallExpression) => {
    const method = calleeMethod(call);
    const root = method && expressRoot(call);
    if (root) api.receiverHeaders(root, () => headerEvidence(call, method, api), call);
  };
  const send = (call: TSESTree.CallExpression) => {
    const root = calleeMethod(call) && expressRoot(call);
    if (!root) return;
    // res.redirect([status,] url) sets Location and sends.
    if (calleeMethod(call) === 'redirect') api.receiverHeaders(root, headerNamed('location'), call);
    api.receiverSend(root, call);
  };
  const status = (call: TSESTree.CallExpression) => {
    const method = calleeMethod(call);
    const root = method && call.arguments.length === 1 ? expressRoot(call) : undefined;
    if (!root) return;
    api.receiverSetsStatus(root, call);
    // `res.status(authed ? 403 : 401)`: a site per branch. The edit stays at the response, so it adds the
    // challenge to the 403 path too, which RFC 9110 allows (§11.6.1: WWW-Authenticate in any response).
    const candidates = resolveStatusCandidates(call.arguments[0], api.context).filter(({ status }) => api.wants(status));
    if (candidates.length === 0) return;
    const top = chainTop(call);
    const topMethod = calleeMethod(top);
    // `return res.status(401)` hands an unsent builder to the caller, which may still add headers.
    const escapes = !SENDERS.has(topMethod ?? '') && !statementOf(top);
    for (const { status, node } of candidates) api.receiverStatus(root, {
      framework: 'express',
      status,
      node,
      body: method === 'sendStatus' ? NO_BODY : chainBody(top, api),
      ...(escapes ? { headers: UNKNOWN_HEADERS } : {}),
      // A chain's own terminal (`.json(x)`) is recorded as the send, after the headers set before it.
      sends: method === 'sendStatus',
      addHeader: (fixer, name, value) =>
        method === 'sendStatus'
          ? fixer.insertTextAfter((call.callee as TSESTree.MemberExpression).object, `.header(${quote(name)}, ${quote(value)})`)
          : fixer.insertTextAfter(call, `.header(${quote(name)}, ${quote(value)})`),
    });
  };
  // `next(err)` in `(req, res, next)` or `(err, req, res, next)`: the error handler answers on `res`.
  const handOff = (call: TSESTree.CallExpression) => {
    const callee = call.callee;
    const [error] = call.arguments;
    if (callee.type !== AST_NODE_TYPES.Identifier || call.arguments.length !== 1 || !error || !passesError(error, api.context)) return;
    const res = responseBeforeNext(callee, api.context);
    if (res) api.receiverHandsOff(res, call);
  };
  const calls: Record<string, (call: TSESTree.CallExpression) => void> = { status, sendStatus: status, next: handOff };
  for (const method of [...HEADER_SETTERS, ...IMPLIED_HEADERS.keys()]) calls[method] = headers;
  for (const method of SENDERS) if (method !== 'sendStatus') calls[method] = send;
  return {
    calls,
    assignments: {
      // res.statusCode = 401 — on any framework's raw response (Node's `http`, `reply.raw`, `ctx.res`).
      statusCode(assignment) {
        const left = assignment.left as TSESTree.MemberExpression;
        const root = unwrap(left.object);
        if (root.type !== AST_NODE_TYPES.Identifier && root.type !== AST_NODE_TYPES.MemberExpression) return;
        api.receiverSetsStatus(root, assignment);
        const candidates = resolveStatusCandidates(assignment.right, api.context).filter(({ status }) => api.wants(status));
        if (candidates.length === 0) return;
        const statement = assignment.parent.type === AST_NODE_TYPES.ExpressionStatement ? assignment.parent : null;
        for (const { status, node } of candidates) api.receiverStatus(root, {
          framework: 'node-http',
          status,
          node,
          // No send in sight: the response is ended elsewhere, which makes it escape (headers unknown).
          body: sentBody(assignment, root, api.context, NO_BODY),
          addHeader: statement
            ? (fixer, name, value) =>
                insertStatementAfter(fixer, statement, `${api.context.sourceCode.getText(root)}.setHeader(${quote(name)}, ${quote(value)})`, api.context.sourceCode) ?? []
            : null,
        });
      },
    },
  };
};

const { DefinitionType } = TSESLint.Scope;

/**
 * Whether `next(value)` passes an error: anything but `'route'`/`'router'` (which skip to the next route or
 * router), `null` and `undefined` (which go on as `next()` does).
 */
function passesError(value: TSESTree.Node, context: Context): boolean {
  const expr = unwrap(value);
  if (expr.type === AST_NODE_TYPES.SpreadElement) return false;
  if (expr.type === AST_NODE_TYPES.Literal && expr.value === null) return false;
  if (expr.type === AST_NODE_TYPES.Identifier && expr.name === 'undefined') return false;
  const text = resolveString(expr, context);
  return text !== 'route' && text !== 'router';
}

/** The response parameter just before the `next` parameter that `callee` names: `res` of `(req, res, next)`. */
function responseBeforeNext(callee: TSESTree.Identifier, context: Context): TSESTree.Identifier | undefined {
  const [def] = findVariable(callee, context)?.defs ?? [];
  if (def?.type !== DefinitionType.Parameter || !isFunction(def.node)) return undefined;
  const params: readonly TSESTree.Node[] = def.node.params;
  const index = params.indexOf(def.name);
  const res = index >= 2 ? params[index - 1] : undefined;
  if (res?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(res, context);
  return variable && isResponseParameter(variable, context) ? res : undefined;
}

function headerEvidence(call: TSESTree.CallExpression, method: string, api: AdapterApi) {
  const implied = IMPLIED_HEADERS.get(method);
  if (implied) {
    // `res.attachment('report.pdf')` also sets the type from the file name.
    const names = method === 'attachment' && call.arguments.length > 0 ? [...implied, 'content-type'] : implied;
    return mergeHeaderEvidence(...names.map(headerNamed));
  }
  const [first] = call.arguments;
  if (call.arguments.length === 1 && (method === 'set' || method === 'header')) return readHeaders(first, api.context);
  const name = resolveString(first, api.context);
  return name === undefined ? UNKNOWN_HEADERS : headerNamed(name);
}

/** The literal body sent in the same chain: `res.status(202).json({ statusUrl })`. */
function chainBody(top: TSESTree.CallExpression, api: AdapterApi): BodyEvidence {
  for (const call of chainCalls(top)) {
    const method = calleeMethod(call);
    if (method && BODY_SENDERS.has(method)) return readBody(call.arguments[0], api.context);
    if (method === 'end') return readBody(call.arguments[0], api.context);
  }
  return UNKNOWN_BODY;
}
