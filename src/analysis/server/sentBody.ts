import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { BODY_SENDERS, SENDERS } from './responseMethods.js';
import type { Context } from '../ast/Context.js';
import { identifierReferences } from '../ast/findVariable.js';
import { calleeMethod, chainCalls, chainTop } from '../ast/methodChain.js';
import { readBody, readElsewhere } from './bodyEvidence.js';
import { UNKNOWN_BODY, type BodyEvidence } from './ResponseSite.js';

/** Calls on a response that send its body as their first argument: Node's `end`, Express' `send`/`json`/`jsonp`. */
const sendsBody = (method: string): boolean => method === 'end' || BODY_SENDERS.has(method);

/**
 * What a response whose status is set by `from` (`res.writeHead(202)`, `res.statusCode = 202`) sends: the
 * `end(x)` later in the same chain (`res.writeHead(202).end(body)`), or else the one call that sends a body
 * on the same variable (`res.end(x)`, Express' `res.send(x)`/`res.json(x)`). Several sends (branches,
 * streaming `write`s) or one we cannot read (`sendFile`, `render`) are unknown. With none in sight the body
 * is `noSend`: a `res` ended elsewhere must have been handed away, which the collector sees as the response
 * escaping (headers unknown), so "no body" is safe there; an http2 stream may be piped into, so its caller
 * passes unknown.
 */
export function sentBody(from: TSESTree.Node, receiver: TSESTree.Node, context: Context, noSend: BodyEvidence): BodyEvidence {
  if (from.type === AST_NODE_TYPES.CallExpression) {
    const chained = chainCalls(chainTop(from));
    for (const link of chained.slice(chained.indexOf(from) + 1)) {
      if (calleeMethod(link) === 'end') return readBody(link.arguments[0], context);
    }
  }
  if (receiver.type !== AST_NODE_TYPES.Identifier) return UNKNOWN_BODY;
  const sends: TSESTree.CallExpression[] = [];
  for (const reference of identifierReferences(receiver, context)) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const send = member.parent;
    if (send?.type !== AST_NODE_TYPES.CallExpression || send.callee !== member) continue;
    const method = calleeMethod(send) ?? '';
    // The others send a body we do not read: streaming writes, files, templates, redirects.
    if (SENDERS.has(method)) sends.push(send);
  }
  if (sends.length === 0) return noSend;
  const [only] = sends;
  // That send may be on another path than the status: the collector tells from the record whether it is.
  return sends.length === 1 && sendsBody(calleeMethod(only!) ?? '') ? readElsewhere(readBody(only!.arguments[0], context)) : UNKNOWN_BODY;
}
