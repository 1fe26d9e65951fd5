import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../../ast/Context.js';
import { constantInitializer } from '../../ast/constantInitializer.js';
import { findVariable } from '../../ast/findVariable.js';
import { calleeMethod, chainCalls, chainRoot, chainTop } from '../../ast/methodChain.js';
import { resolveString } from '../../ast/resolveString.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatusCandidates } from '../../status/statusCandidates.js';
import { readBody } from '../bodyEvidence.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { quote } from '../edits.js';
import { headerNamed, mergeHeaderEvidence } from '../headerEvidence.js';
import { NO_HEADERS, UNKNOWN_HEADERS, type HeaderEvidence } from '../ResponseSite.js';

/**
 * Hapi's response toolkit: `h.response(body).code(n)` with `.header(name, v)`, `.location(uri)`,
 * `.created(uri)` or `.redirect(uri)` in the chain, also through `const response = h.response(body)`.
 * A Hapi response is keyed by its chain or its variable, never by `h`: one handler may build several.
 */
export const hapiAdapter: Adapter = (api) => ({
  calls: { code: (call) => code(call, api) },
});

/** `h.response(body).code(n)`. */
function code(call: TSESTree.CallExpression, api: AdapterApi): void {
  if (calleeMethod(call) !== 'code' || call.arguments.length !== 1) return;
  const created = hapiResponseOf(call, api.context);
  if (!created) return;
  // .code(authed ? 403 : 401): a site per branch; the edit at the response is sound for both (see express).
  for (const { status, node } of resolveStatusCandidates(call.arguments[0], api.context)) {
    if (!api.wants(status)) continue;
    api.site({
      framework: 'hapi',
      status,
      node,
      headers: responseHeaders(created, api.context),
      body: readBody(created.arguments[0], api.context),
      addHeader: (fixer, name, value) => fixer.insertTextAfter(call, `.header(${quote(name)}, ${quote(value)})`),
    });
  }
}

/** `h.response(…)` — the call that creates a Hapi response. */
const isCreation = (call: TSESTree.CallExpression | undefined): call is TSESTree.CallExpression =>
  call !== undefined &&
  calleeMethod(call) === 'response' &&
  unwrap((call.callee as TSESTree.MemberExpression).object).type === AST_NODE_TYPES.Identifier;

/**
 * The `h.response(…)` call a `.code(…)` call acts on: the start of its own chain
 * (`h.response(x).code(401)`), or the initialiser of the variable it is called on
 * (`const response = h.response(x); response.code(401)`). Undefined for anything else (Fastify's `reply.code`).
 */
export function hapiResponseOf(call: TSESTree.CallExpression, context: Context): TSESTree.CallExpression | undefined {
  const [first] = chainCalls(chainTop(call));
  if (isCreation(first)) return first;
  const root = chainRoot(call);
  if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(root, context);
  const init = variable ? constantInitializer(variable) : undefined;
  if (init?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const [start] = chainCalls(init);
  return isCreation(start) ? start : undefined;
}

/**
 * Every header set on the response `created` makes: in its own chain, and, when the chain is stored in a
 * variable, in every chain on that variable. A response handed to other code may get headers we cannot see.
 */
function responseHeaders(created: TSESTree.CallExpression, context: Context): HeaderEvidence {
  const top = chainTop(created);
  const parts = [chainHeaders(top, context)];
  const holder = valueParent(top);
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === valueOf(top) && holder.id.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(holder.id, context);
    if (!variable) return UNKNOWN_HEADERS;
    for (const reference of variable.references) {
      if (reference.init) continue;
      const use = reference.identifier;
      const member = use.parent;
      if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === use && member.parent?.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member) {
        const chain = chainTop(member.parent);
        parts.push(isSettled(chain) ? chainHeaders(chain, context) : UNKNOWN_HEADERS);
      } else if (!isSettled(use)) {
        parts.push(UNKNOWN_HEADERS);
      }
    }
  } else if (!isSettled(top)) {
    parts.push(UNKNOWN_HEADERS);
  }
  return mergeHeaderEvidence(...parts);
}

function chainHeaders(top: TSESTree.CallExpression, context: Context): HeaderEvidence {
  const parts: HeaderEvidence[] = [NO_HEADERS];
  for (const call of chainCalls(top)) {
    const method = calleeMethod(call);
    if (method === 'location' || method === 'created' || method === 'redirect') parts.push(headerNamed('location'));
    else if (method === 'header') {
      const name = resolveString(call.arguments[0], context);
      parts.push(name === undefined ? UNKNOWN_HEADERS : headerNamed(name));
    }
  }
  return mergeHeaderEvidence(...parts);
}

/** `await x` and `(x as T)` are still `x`. */
function valueOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && (current.parent.type === AST_NODE_TYPES.AwaitExpression || unwrap(current.parent) !== current.parent)) current = current.parent;
  return current;
}

const valueParent = (node: TSESTree.Node): TSESTree.Node | undefined => valueOf(node).parent;

/** Returned, thrown, or a statement of its own: Hapi sends it as it stands. */
function isSettled(node: TSESTree.Node): boolean {
  const parent = valueParent(node);
  return (
    parent?.type === AST_NODE_TYPES.ReturnStatement ||
    parent?.type === AST_NODE_TYPES.ExpressionStatement ||
    parent?.type === AST_NODE_TYPES.ThrowStatement ||
    (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === valueOf(node))
  );
}
