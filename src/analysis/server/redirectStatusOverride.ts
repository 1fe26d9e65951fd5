import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { calleeMethod } from '../ast/methodChain.js';
import { moduleImports } from '../ast/moduleImports.js';
import { statementOf } from '../ast/statementOf.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatus } from '../status/resolveStatus.js';

/** A status that Express's `res.redirect(url)` throws away, and the edit that passes it to `redirect` instead. */
export interface OverriddenStatus {
  /** The `status(…)` argument, where the finding goes. */
  readonly node: TSESTree.Node;
  /** Its text (`301`, `StatusCodes.MOVED_PERMANENTLY`), for the message and the edit. */
  readonly status: string;
  /**
   * Whether the status may be a redirect's (a 3xx, or not known): then the edit passes it to `redirect`.
   * Otherwise (`res.status(HttpStatus.OK).redirect(url)`, seen on hoppscotch) `redirect(200, url)` would send a
   * 200 that no client follows, and the edit drops the status instead, as Express does.
   */
  readonly redirectStatus: boolean;
  /** Passes the status to `redirect` (`redirectStatus`), or drops it. */
  readonly fix: TSESLint.ReportFixFunction;
}

/** A 3xx, or a status the file does not tell. */
const mayRedirect = (status: number | undefined): boolean => status === undefined || (status >= 300 && status < 400);

/**
 * Express's `res.redirect(url)` sets its own status (302) and sends, so a status set just before it is lost
 * (Next.js's API `res.redirect` does the same with 307):
 * - in one chain: `res.status(301).redirect(url)`;
 * - in the statement just before, on the same response: `res.status(301); res.redirect(url);`.
 * Fastify's `reply.code(301).redirect(url)` and Koa's `ctx.status = 301; ctx.redirect(url)` keep the status,
 * so a receiver named `reply`, or a file that names Fastify, is left alone. A status that resolves to 302 is
 * what `redirect` sets anyway.
 */
export function overriddenStatus(redirect: TSESTree.CallExpression, context: Context): OverriddenStatus | undefined {
  if (calleeMethod(redirect) !== 'redirect' || redirect.arguments.length !== 1) return undefined;
  const [url] = redirect.arguments;
  if (!url || url.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const object = unwrap((redirect.callee as TSESTree.MemberExpression).object);
  const sourceCode = context.sourceCode;
  // res.status(301).redirect(url)
  if (object.type === AST_NODE_TYPES.CallExpression && isStatusCall(object)) {
    const receiver = unwrap((object.callee as TSESTree.MemberExpression).object);
    const status = object.arguments[0]!;
    const value = resolveStatus(status, context);
    if (!isExpressResponse(receiver, context) || value === 302) return undefined;
    const redirectStatus = mayRedirect(value);
    const passed = redirectStatus ? `${sourceCode.getText(status)}, ` : '';
    return {
      node: status,
      status: sourceCode.getText(status),
      redirectStatus,
      fix: (fixer) => fixer.replaceText(redirect, `${sourceCode.getText(receiver)}.redirect(${passed}${sourceCode.getText(url)})`),
    };
  }
  // res.status(301); res.redirect(url);
  if (object.type !== AST_NODE_TYPES.Identifier || !isExpressResponse(object, context)) return undefined;
  const statement = statementOf(redirect);
  const block = statement?.parent;
  if (!statement || (block?.type !== AST_NODE_TYPES.BlockStatement && block?.type !== AST_NODE_TYPES.Program)) return undefined;
  const previous = block.body[block.body.indexOf(statement) - 1];
  const call = previous?.type === AST_NODE_TYPES.ExpressionStatement ? unwrap(previous.expression) : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !isStatusCall(call)) return undefined;
  const receiver = unwrap((call.callee as TSESTree.MemberExpression).object);
  const status = call.arguments[0]!;
  const value = resolveStatus(status, context);
  if (receiver.type !== AST_NODE_TYPES.Identifier || receiver.name !== object.name || value === 302) return undefined;
  const redirectStatus = mayRedirect(value);
  return {
    node: status,
    status: sourceCode.getText(status),
    redirectStatus,
    fix: (fixer) => {
      // Remove the status statement with the line break after it, and pass the status to `redirect`.
      const next = sourceCode.getTokenAfter(previous!, { includeComments: true });
      const removal = fixer.removeRange([previous!.range[0], next ? next.range[0] : previous!.range[1]]);
      return redirectStatus ? [removal, fixer.insertTextBefore(url, `${sourceCode.getText(status)}, `)] : removal;
    },
  };
}

/** `x.status(code)`: one argument, no spread. */
const isStatusCall = (call: TSESTree.CallExpression): boolean =>
  calleeMethod(call) === 'status' && call.arguments.length === 1 && call.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement;

/** A response object (`res`, `response`, `this.res`) in a file that is not Fastify's: its `reply` keeps the status. */
function isExpressResponse(receiver: TSESTree.Node, context: Context): boolean {
  if (receiver.type !== AST_NODE_TYPES.Identifier && receiver.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (receiver.type === AST_NODE_TYPES.Identifier && receiver.name === 'reply') return false;
  if (/\bfastify\b/i.test(context.sourceCode.text)) return false;
  return ![...moduleImports(context.sourceCode).sources].some((source) => source === 'hono' || source.startsWith('hono/'));
}
