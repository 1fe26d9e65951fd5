import type { TSESTree } from '@typescript-eslint/utils';

import { statementOf } from '../../ast/statementOf.js';
import { calleeMethod, chainCalls, chainTop } from '../../ast/methodChain.js';
import { resolveStatusCandidates } from '../../status/statusCandidates.js';
import { readBody } from '../bodyEvidence.js';
import { callReceiver } from '../callReceiver.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { quote } from '../edits.js';
import { headerNamed, readHeaders } from '../headerEvidence.js';
import { UNKNOWN_BODY, UNKNOWN_HEADERS, type BodyEvidence } from '../ResponseSite.js';
import { hapiResponseOf } from './hapi.js';

/** Methods after which the chain's value is the sent reply, not a builder the caller may still add to. */
const TERMINALS = new Set(['send', 'redirect', 'view', 'sendFile', 'download', 'callNotFound']);

/**
 * Fastify's reply: `reply.code(n)` (chains like Express's `status`, which the express adapter already
 * reads), headers through `reply.headers({…})` and `reply.redirect(url, code?)` (v5; v4 also took the
 * code first), joined with `reply.header(…)` recorded by the express adapter. `h.response(x).code(n)` is Hapi's.
 */
export const fastifyAdapter: Adapter = (api) => ({
  CallExpression(call) {
    const method = calleeMethod(call);
    if (method === 'headers') {
      const root = call.arguments.length === 1 ? callReceiver(call) : undefined;
      if (root) api.receiverHeaders(root, () => readHeaders(call.arguments[0], api.context), call);
      return;
    }
    if (method === 'redirect') {
      const root = callReceiver(call);
      if (root) {
        api.receiverHeaders(root, headerNamed('location'), call);
        api.receiverSend(root, call);
      }
      return;
    }
    if (method !== 'code' || call.arguments.length !== 1) return;
    const root = callReceiver(call);
    if (!root || hapiResponseOf(call, api.context)) return;
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
  },
});

/** The payload sent in the same chain: `reply.code(202).send({ statusUrl })`. */
function chainBody(top: TSESTree.CallExpression, api: AdapterApi): BodyEvidence {
  for (const call of chainCalls(top)) {
    if (calleeMethod(call) === 'send') return readBody(call.arguments[0], api.context);
  }
  // `reply.code(202); return { id }`: the payload is elsewhere.
  return UNKNOWN_BODY;
}
