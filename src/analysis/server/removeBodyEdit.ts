import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { mayHaveEffects } from '../ast/mayHaveEffects.js';
import { calleeMethod, chainCalls, chainTop } from '../ast/methodChain.js';
import { propertyKeyName } from '../ast/propertyKeyName.js';
import { unwrap } from '../ast/unwrap.js';
import { removeProperty } from './edits.js';
import type { ResponseSite } from './ResponseSite.js';

/** An edit that sends no body, and how it reads in a suggestion's message. */
export interface RemoveBodyEdit {
  readonly fix: TSESLint.ReportFixFunction;
  /** E.g. `` `null` as the body ``, `` `.end()` ``. */
  readonly description: string;
}

/** Express's, Node's and Fastify's senders of a body: their call becomes one without it. */
const CHAIN_SENDERS = new Set(['json', 'send', 'jsonp', 'end']);
/** Hono's context senders, `(body, status | init, headers?)`. */
const HONO_SENDERS = new Set(['json', 'text', 'html', 'body']);

/**
 * The sound edit that drops the body of a response whose status allows none, for the shapes where the body
 * stands next to the status:
 * - Web `new Response(body, init)` / `super(body, init)`: `null` as the body; `Response.json(x, init)` and
 *   `NextResponse.json(x, init)`: `new Response(null, init)` (`Response.json(null, …)` still sends `null`);
 * - Express / Node `res.status(204).json(x)` and `.send(x)`, `.end(x)`: `.end()`; Fastify's `.send(x)`: `.send()`;
 * - Hono `c.json(x, 204)`: `c.body(null, 204)`;
 * - a Lambda or Azure result: without its `body` (or `jsonBody`) property.
 * None when the body has effects (`json(await save())`), or for a status chosen by a condition
 * (`cond ? 200 : 204`), where the other branch keeps its body.
 */
export function removeBodyEdit(site: ResponseSite, context: Context): RemoveBodyEdit | null {
  const status = site.node;
  if (status.parent?.type === AST_NODE_TYPES.ConditionalExpression) return null;
  const { sourceCode } = context;
  const pure = (node: TSESTree.Node | undefined): node is TSESTree.Expression =>
    node !== undefined && node.type !== AST_NODE_TYPES.SpreadElement && !mayHaveEffects(node, context);
  switch (site.framework) {
    case 'web-response': {
      const call = initOwner(status);
      if (!call || !pure(call.arguments[0])) return null;
      if (call.type === AST_NODE_TYPES.NewExpression || call.callee.type === AST_NODE_TYPES.Super) {
        const body = call.arguments[0];
        return { fix: (fixer) => fixer.replaceText(body, 'null'), description: '`null` as the body' };
      }
      const callee = call.callee;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier || calleeMethod(call) !== 'json') return null;
      const init = call.arguments[1]!;
      const className = callee.object.name;
      return {
        fix: (fixer) => fixer.replaceText(call, `new ${className}(null, ${sourceCode.getText(init)})`),
        description: `\`new ${className}(null, …)\``,
      };
    }
    case 'express':
    case 'node-http':
    case 'fastify': {
      const setter = status.parent;
      if (setter?.type !== AST_NODE_TYPES.CallExpression || setter.arguments[0] !== status) return null;
      const calls = chainCalls(chainTop(setter));
      const sender = calls.slice(calls.indexOf(setter) + 1).find((call) => CHAIN_SENDERS.has(calleeMethod(call) ?? ''));
      if (!sender || sender.arguments.length !== 1 || !pure(sender.arguments[0])) return null;
      const replacement = site.framework === 'fastify' ? 'send()' : 'end()';
      const property = (sender.callee as TSESTree.MemberExpression).property;
      return { fix: (fixer) => fixer.replaceTextRange([property.range[0], sender.range[1]], replacement), description: `\`.${replacement}\`` };
    }
    case 'hono': {
      const call = initOwner(status) ?? (status.parent?.type === AST_NODE_TYPES.CallExpression && status.parent.arguments[1] === status ? status.parent : undefined);
      if (call?.type !== AST_NODE_TYPES.CallExpression || !HONO_SENDERS.has(calleeMethod(call) ?? '') || !pure(call.arguments[0])) return null;
      const property = (call.callee as TSESTree.MemberExpression).property;
      const body = call.arguments[0];
      return {
        fix: (fixer) => [fixer.replaceText(property, 'body'), fixer.replaceText(body, 'null')],
        description: '`c.body(null, …)`',
      };
    }
    case 'lambda':
    case 'azure-functions': {
      const result = status.parent?.type === AST_NODE_TYPES.Property ? status.parent.parent : undefined;
      if (result?.type !== AST_NODE_TYPES.ObjectExpression) return null;
      const body = result.properties.find(
        (property): property is TSESTree.Property =>
          property.type === AST_NODE_TYPES.Property && ['body', 'jsonBody'].includes(propertyKeyName(property, context) ?? ''),
      );
      if (!body || !pure(body.value)) return null;
      const name = propertyKeyName(body, context)!;
      return { fix: (fixer) => removeProperty(fixer, body, sourceCode), description: `no \`${name}\` property` };
    }
    default:
      return null;
  }
}

/**
 * The call a status stands in through its init object, written in place: `new Response(b, { status: 204 })`,
 * `Response.json(x, { status: 204 })`, `c.json(x, { status: 204 })`.
 */
function initOwner(status: TSESTree.Node): TSESTree.NewExpression | TSESTree.CallExpression | undefined {
  const property = status.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== status) return undefined;
  const init = property.parent;
  const owner = init?.parent;
  if ((owner?.type !== AST_NODE_TYPES.NewExpression && owner?.type !== AST_NODE_TYPES.CallExpression) || unwrap(owner.arguments[1] ?? owner) !== init) return undefined;
  return owner;
}
