import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { caughtNearby } from '../caughtNearby.js';
import { importedBinding } from '../../ast/moduleImports.js';
import { resolveString } from '../../ast/resolveString.js';
import { statementOf } from '../../ast/statementOf.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatus } from '../../status/resolveStatus.js';
import { resolveStatusCandidates } from '../../status/statusCandidates.js';
import { readBody } from '../bodyEvidence.js';
import type { Adapter } from '../AdapterApi.js';
import { quote, insertStatementAfter } from '../edits.js';
import { headerNamed, readHeaders } from '../headerEvidence.js';
import { headersObject, headerValueEdit } from '../headerValueEdit.js';
import { receiverFramework } from '../receiverFramework.js';
import { readResponseInit } from '../responseInit.js';
import { NO_HEADERS, UNKNOWN_BODY, UNKNOWN_HEADERS, type AddHeaderFix, type HeaderEvidence } from '../ResponseSite.js';

/** Context methods that build the response: `(body, status?, headers?)` or `(body, init?)`. */
const SENDERS = new Set(['json', 'text', 'body', 'html', 'newResponse']);

/**
 * Hono: `c.json/text/body/html/newResponse(body, status, headers?)` and the same with a `ResponseInit`
 * (`c.json(body, { status, headers })`); `c.status(n)` with a later send, headers set with `c.header(…)` on the
 * same context, and `c.redirect(url, status?)`, which sets `Location`. `new HTTPException(n, { res? })` from
 * `hono/http-exception`: without `res` Hono sends `message` with the status and no headers; with `res`, or
 * options we cannot read, the headers are those of a response we do not see (silence). What a Hono context
 * is: `isHonoContext` (`receiverFramework.ts`).
 */
export const honoAdapter: Adapter = (api) => {
  /** The call's receiver when it is a Hono context. */
  const honoContext = (call: TSESTree.CallExpression) => {
    const receiver = unwrap((call.callee as TSESTree.MemberExpression).object);
    return receiver.type === AST_NODE_TYPES.Identifier && receiverFramework(receiver, api.context) === 'hono' ? receiver : undefined;
  };
  const send = (call: TSESTree.CallExpression) => {
    if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const [body, second, third] = call.arguments;
    const init = readResponseInit(second, api.context, true);
    const wanted = init?.candidates.filter(({ status }) => api.wants(status)) ?? [];
    if (!init || wanted.length === 0) {
      // `return c.body(null)` after `c.status(401)`: the response goes out here.
      const receiver = honoContext(call);
      if (receiver) api.receiverSend(receiver, call);
      return;
    }
    const receiver = honoContext(call);
    if (!receiver) return;
    let headers: HeaderEvidence = init.headers;
    let addHeader: AddHeaderFix | null = init.addHeader;
    if (init.kind === 'number') {
      // c.json(body, 401, headers?): the third argument holds the headers.
      if (third) {
        headers = third.type === AST_NODE_TYPES.SpreadElement ? UNKNOWN_HEADERS : readHeaders(third, api.context);
        addHeader = third.type === AST_NODE_TYPES.SpreadElement ? null : headerValueEdit(third, api.context.sourceCode);
      } else {
        headers = NO_HEADERS;
        addHeader = (fixer, name, value) => fixer.insertTextAfter(second!, `, ${headersObject(name, value)}`);
      }
    }
    // c.json(body, authed ? 403 : 401): a site per branch; the edit at the response is sound for both (see express).
    for (const { status, node } of wanted) api.receiverStatus(receiver, {
      framework: 'hono',
      sends: true,
      status,
      node,
      headers,
      body: body && body.type !== AST_NODE_TYPES.SpreadElement ? readBody(body, api.context) : UNKNOWN_BODY,
      addHeader,
    });
  };
  const calls: Record<string, (call: TSESTree.CallExpression) => void> = {
    redirect(call) {
      const receiver = call.callee.type === AST_NODE_TYPES.MemberExpression ? honoContext(call) : undefined;
      if (!receiver) return;
      api.receiverHeaders(receiver, headerNamed('location'), call);
      api.receiverSend(receiver, call);
    },
    // c.status(401); … return c.body(null): `c.status` returns nothing, so the edit is a `c.header(…)` statement.
    status(call) {
      const receiver = call.callee.type === AST_NODE_TYPES.MemberExpression && call.arguments.length === 1 ? honoContext(call) : undefined;
      if (!receiver) return;
      const statement = statementOf(call);
      for (const { status, node } of resolveStatusCandidates(call.arguments[0], api.context)) {
        if (!api.wants(status)) continue;
        api.receiverStatus(receiver, {
          framework: 'hono',
          status,
          node,
          body: UNKNOWN_BODY,
          ...(statement ? {} : { headers: UNKNOWN_HEADERS }),
          addHeader: (fixer, name, value) =>
            insertStatementAfter(fixer, statement ?? call, `${receiver.name}.header(${quote(name)}, ${quote(value)})`, api.context.sourceCode) ?? [],
        });
      }
    },
    header(call) {
      const receiver = call.callee.type === AST_NODE_TYPES.MemberExpression ? honoContext(call) : undefined;
      if (!receiver) return;
      const name = resolveString(call.arguments[0], api.context);
      api.receiverHeaders(receiver, name === undefined ? UNKNOWN_HEADERS : headerNamed(name), call);
    },
  };
  for (const method of SENDERS) calls[method] = send;
  return {
    calls,
    news: {
      HTTPException(node) {
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.Identifier) return;
        const [statusArgument, options] = node.arguments;
        const status = resolveStatus(statusArgument, api.context);
        if (!api.wants(status) || !statusArgument) return;
        const binding = importedBinding(callee, api.context);
        if (!binding || (binding.source !== 'hono/http-exception' && binding.source !== 'hono')) return;
        if (options && !optionsWithoutResponse(options)) return;
        if (node.parent.type === AST_NODE_TYPES.ThrowStatement && caughtNearby(node)) return;
        // No sound edit: a `res` would replace the message body, and a custom `onError` may add the challenge.
        api.site({ framework: 'hono', status, node: statusArgument, headers: NO_HEADERS, body: UNKNOWN_BODY, addHeader: null });
      },
    },
  };
};

/** `{ message, cause }` without `res` and without spreads: Hono then builds the response itself. */
function optionsWithoutResponse(options: TSESTree.Node): boolean {
  const node = unwrap(options);
  if (node.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return node.properties.every(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      !property.computed &&
      !(property.key.type === AST_NODE_TYPES.Identifier ? property.key.name === 'res' : property.key.type === AST_NODE_TYPES.Literal && property.key.value === 'res'),
  );
}
