import type { TSESTree } from '@typescript-eslint/utils';

import type { PendingStatus } from '../AdapterApi.js';
import type { HeaderEvidence } from '../ResponseSite.js';
import type { Position } from './codePathTracker.js';

/**
 * One event in the life of a long-lived response object (`res`, `ctx`, `reply`, Hono's `c`), placed on
 * its code path. The record of a response is the list of its events; views over it answer the rules'
 * questions (which headers are set on every path through a status to its send, whether the response
 * escaped before it was sent).
 */
export type ResponseEvent =
  /** A status is set: `res.status(401)`, `ctx.status = 401`, `res.writeHead(401, …)`. */
  | { readonly kind: 'status'; readonly position: Position; readonly status: PendingStatus }
  /** Headers are set: `res.set('WWW-Authenticate', …)`, `ctx.set({…})`. Read on demand. */
  | { readonly kind: 'header'; readonly position: Position; readonly node: TSESTree.Node; readonly headers: () => HeaderEvidence }
  /** The response is sent: `res.json(x)`, `res.end()`, `reply.send()`, `return c.body(null)`. */
  | { readonly kind: 'send'; readonly position: Position; readonly node: TSESTree.Node }
  /**
   * A status of any value is set (`res.status(code)`, `res.sendStatus(n)`, `reply.code(n)`, `res.statusCode = n`,
   * `res.writeHead(n)`): recorded, unresolved, only for the rules that read every receiver's record.
   */
  | { readonly kind: 'setStatus'; readonly position: Position; readonly node: TSESTree.Node }
  /**
   * The request is handed to Express's error handler, which answers it (`next(err)` in `(req, res, next)`):
   * recorded only for the rules that read every receiver's record; the status rules' paths go on past it.
   */
  | { readonly kind: 'handOff'; readonly position: Position; readonly node: TSESTree.CallExpression }
  /**
   * The response is sent by the project's own helper, on every call (`sendError(res, 500, msg)`,
   * `sendsOnEveryCall`): recorded, like `handOff`, only for the rules that read every receiver's record.
   */
  | { readonly kind: 'helperSend'; readonly position: Position; readonly node: TSESTree.CallExpression }
  /** The response is handed to code we cannot see: `log(res)`, `return res`, `this.res = res`. */
  | { readonly kind: 'escape'; readonly position: Position; readonly node: TSESTree.Node };

/** The events of a record that a call or an assignment makes (not a `status` site, not an escape). */
export type CallEvent = Extract<ResponseEvent, { kind: 'send' | 'header' | 'setStatus' | 'handOff' | 'helperSend' }>;
