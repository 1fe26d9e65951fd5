import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { caughtNearby } from '../caughtNearby.js';
import type { Context } from '../../ast/Context.js';
import { findVariable } from '../../ast/findVariable.js';
import { calleeMethod } from '../../ast/methodChain.js';
import { importedBinding, moduleImports } from '../../ast/moduleImports.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatus } from '../../status/resolveStatus.js';
import { readBody } from '../bodyEvidence.js';
import type { Adapter } from '../AdapterApi.js';
import { readHeaders } from '../headerEvidence.js';
import { headersObject, headerValueEdit } from '../headerValueEdit.js';
import { readResponseInit } from '../responseInit.js';
import { NO_HEADERS, UNKNOWN_BODY, UNKNOWN_HEADERS, type AddHeaderFix, type HeaderEvidence } from '../ResponseSite.js';

/** Context methods that build the response: `(body, status?, headers?)` or `(body, init?)`. */
const SENDERS = new Set(['json', 'text', 'body', 'html', 'newResponse']);
/**
 * Router methods whose handler's first parameter is a Hono context when the file does not import Hono, and
 * `hono/factory`'s `factory.createMiddleware(mw)` / `factory.createHandlers(...handlers)` on a factory made
 * in another file (`import { factory } from './factory'`, as Hono's docs advise).
 */
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'options', 'head', 'all', 'on', 'use', 'createMiddleware', 'createHandlers']);

/**
 * Hono: `c.json/text/body/html/newResponse(body, status, headers?)` and the same with a `ResponseInit`
 * (`c.json(body, { status, headers })`); headers set with `c.header(…)` on the same context count (the
 * express adapter records them on `c`, and so does it `c.status(n)`). `new HTTPException(n, { res? })` from
 * `hono/http-exception`: without `res` Hono sends `message` with the status and no headers; with `res`, or
 * options we cannot read, the headers are those of a response we do not see (silence).
 *
 * `c` is a Hono context when it is the first parameter of a function and either the file imports from
 * `hono`, `hono/…` or `@hono/…` (handlers, middleware, `(c: Context) => …` helpers, `createMiddleware(…)`
 * from `hono/factory`), or the function is a route handler passed to `x.get/post/…/on/use(…)` or
 * `factory.createMiddleware/createHandlers(…)` with at most two parameters (`(c)`, `(c, next)`).
 * Express' `(req, res)` handlers have no `req.json(body, 401)`.
 */
export const honoAdapter: Adapter = (api) => ({
  CallExpression(call) {
    const method = calleeMethod(call);
    if (method === undefined || (!SENDERS.has(method) && method !== 'redirect')) return;
    const receiver = unwrap((call.callee as TSESTree.MemberExpression).object);
    if (receiver.type !== AST_NODE_TYPES.Identifier) return;
    const [body, second, third] = call.arguments;
    const init = method === 'redirect' ? undefined : readResponseInit(second, api.context, true);
    if (!init || !api.wants(init.status)) {
      // `return c.body(null)` after `c.status(401)`: the response goes out here.
      if (isHonoContext(receiver, api.context)) api.receiverSend(receiver, call);
      return;
    }
    if (!isHonoContext(receiver, api.context)) return;
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
    api.receiverStatus(receiver, {
      framework: 'hono',
      sends: true,
      status: init.status,
      node: init.statusNode,
      headers,
      body: body && body.type !== AST_NODE_TYPES.SpreadElement ? readBody(body, api.context) : UNKNOWN_BODY,
      addHeader,
    });
  },
  NewExpression(node) {
    const callee = node.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'HTTPException') return;
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
});

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

function isHonoContext(identifier: TSESTree.Identifier, context: Context): boolean {
  const def = findVariable(identifier, context)?.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Parameter) return false;
  const fn = def.node;
  if (
    (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.FunctionDeclaration) ||
    fn.params[0] !== def.name
  ) {
    return false;
  }
  for (const source of moduleImports(context.sourceCode).sources) {
    if (source === 'hono' || source.startsWith('hono/') || source.startsWith('@hono/')) return true;
  }
  const parent = fn.parent;
  return (
    fn.params.length <= 2 &&
    parent?.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments.includes(fn as TSESTree.Expression) &&
    ROUTE_METHODS.has(calleeMethod(parent) ?? '')
  );
}
