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
  readonly fix: TSESLint.ReportFixFunction;
}

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
    if (!isExpressResponse(receiver, context) || resolveStatus(status, context) === 302) return undefined;
    return {
      node: status,
      status: sourceCode.getText(status),
      fix: (fixer) => fixer.replaceText(redirect, `${sourceCode.getText(receiver)}.redirect(${sourceCode.getText(status)}, ${sourceCode.getText(url)})`),
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
  if (receiver.type !== AST_NODE_TYPES.Identifier || receiver.name !== object.name || resolveStatus(status, context) === 302) return undefined;
  return {
    node: status,
    status: sourceCode.getText(status),
    fix: (fixer) => {
      // Remove the status statement with the line break after it, and pass the status to `redirect`.
      const next = sourceCode.getTokenAfter(previous!, { includeComments: true });
      return [
        fixer.removeRange([previous!.range[0], next ? next.range[0] : previous!.range[1]]),
        fixer.insertTextBefore(url, `${sourceCode.getText(status)}, `),
      ];
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
