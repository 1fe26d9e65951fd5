import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../../ast/Context.js';
import { memberName } from '../../ast/memberName.js';
import { calleeMethod, chainCalls, chainTop } from '../../ast/methodChain.js';
import { readBody, sendsContent } from '../bodyEvidence.js';
import { PRESENT_BODY, type Framework } from '../ResponseSite.js';
import { explorePaths, SegmentIndex, type Step } from './explorePaths.js';
import type { ResponseEvent } from './ResponseEvent.js';

type StatusEvent = Extract<ResponseEvent, { kind: 'status' }>;

/**
 * Sends whose first argument is the body: Node's `end`/`write`, Express' `send`/`json`/`jsonp`, Fastify's
 * `send`, Hono's `json`/`text`/`html`/`body`/`newResponse`.
 */
const BODY_FIRST = new Set(['end', 'write', 'send', 'json', 'jsonp', 'text', 'html', 'body', 'newResponse']);
/** Sends of content we cannot read: a file, a template. */
const UNREAD_CONTENT = new Set(['sendFile', 'render', 'download']);
/** Calls on a response that set its status: Express, Fastify, Hono, Node. */
const STATUS_CALLS = new Set(['status', 'code', 'writeHead', 'sendStatus']);
/** Properties whose assignment sets the status: Node's `res.statusCode`, Koa's `ctx.status`. */
const STATUS_PROPERTIES = new Set(['statusCode', 'status']);

/**
 * Whether, after `status`, some path of its own function sends content on the response before another
 * status is set: `res.writeHead(204); res.end(data)`, `res.status(204); … res.json(x)`, `c.status(204);
 * return c.json(x)`. Paths are the record's (`events`); a path ends at the first send (a send with no
 * content, `res.end()`, is fine there), at an escape (`finish(res)` may send), and at another status.
 *
 * Statuses that no rule asked about are not in the record, so the search is only trusted when every
 * status set on `variable` is one recorded there: `res.statusCode = 204; if (body) { res.statusCode = 200;
 * res.end(body) }` has a path from the 204 to the send only on paper. Sends in other functions (callbacks)
 * are not followed.
 */
export function sendsContentOnPaths(status: StatusEvent, events: readonly ResponseEvent[], variable: TSESLint.Scope.Variable, context: Context): boolean {
  const recorded = new Set(events.flatMap((event) => (event.kind === 'status' ? [event.status.node] : [])));
  if (!variable.references.every((reference) => statusSetBy(reference.identifier).every((node) => recorded.has(node)))) return false;
  const framework = status.status.framework;
  const path = status.position.path;
  const index = new SegmentIndex(events.filter((event) => event.position.path === path));
  return explorePaths(index, { from: status }, (event): Step => {
    if (event.kind === 'status' || event.kind === 'escape') return 'cut';
    if (event.kind !== 'send') return 'continue';
    return sendCallContent(event.node, framework, context) ? 'stop' : 'cut';
  }).stopped;
}

/** Whether a recorded send call sends content: `res.end(data)`, `res.json({})`, `res.sendFile(path)`; not `res.end()`, `redirect(url)`. */
function sendCallContent(node: TSESTree.Node, framework: Framework, context: Context): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = calleeMethod(node) ?? '';
  if (UNREAD_CONTENT.has(method)) return sendsContent(PRESENT_BODY, framework);
  const [first] = node.arguments;
  if (!BODY_FIRST.has(method) || !first || first.type === AST_NODE_TYPES.SpreadElement) return false;
  return sendsContent(readBody(first, context), framework);
}

/**
 * The status expressions set through one reference to the response: the first argument of a status call
 * in its chain (`res.set(…).status(200)`), or the value of `res.statusCode = …`. A use that hands the
 * response on (`finish(res)`) is an escape in the record, not a status.
 */
function statusSetBy(use: TSESTree.Node): TSESTree.Node[] {
  const member = use.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return [];
  const parent = member.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member) {
    return STATUS_PROPERTIES.has(memberName(member) ?? '') ? [parent.right] : [];
  }
  if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee !== member) return [];
  const set: TSESTree.Node[] = [];
  for (const call of chainCalls(chainTop(parent))) {
    // `res.status(x)` with no argument reads nothing we know: it stands for an unknown status.
    if (STATUS_CALLS.has(calleeMethod(call) ?? '')) set.push(call.arguments[0] ?? call);
  }
  return set;
}
