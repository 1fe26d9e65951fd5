import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../../ast/Context.js';
import { findVariable } from '../../ast/findVariable.js';
import { importedBinding, moduleImports } from '../../ast/moduleImports.js';
import { readBody } from '../bodyEvidence.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { isTestDouble } from '../isTestDouble.js';
import { readResponseInit } from '../responseInit.js';
import { UNKNOWN_BODY } from '../ResponseSite.js';

/** Classes whose constructor is `(body, init)` and whose static `json` is `(data, init)`. */
export const RESPONSE_CLASSES = new Set(['Response', 'NextResponse']);

/** Modules whose `json(data, init)` / `data(data, init)` take a `ResponseInit` or a bare status. */
const REACT_ROUTER_MODULES = new Set([
  'react-router',
  'react-router-dom',
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/deno',
  '@remix-run/server-runtime',
  '@remix-run/router',
  '@vercel/remix',
]);
const REACT_ROUTER_HELPERS = new Set(['json', 'data']);
/** SvelteKit's `json(data, init)` and `text(body, init)` take a `ResponseInit` only. */
const SVELTEKIT_HELPERS = new Set(['json', 'text']);

/**
 * Web `Response`s (Next.js route handlers and middleware, Remix / React Router, SvelteKit, Deno, Bun,
 * Workers): `new Response(body, init)`, `Response.json(body, init)`, `NextResponse.json(body, init)`,
 * `new NextResponse(body, init)`, `super(body, init)` in a class extending one of them, React Router's and
 * Remix' `json/data(body, init | status)` and SvelteKit's `json/text(body, init)` (only when imported from
 * those packages). Headers come from the init's `headers` (literal object, `new Headers({…})`, pairs, or a
 * `const` holding one of these).
 *
 * Not recognised: SvelteKit's `error(401, …)`. It throws an `HttpError` that SvelteKit renders itself (as
 * the `+error.svelte` page in a `load`, as JSON in an endpoint), with no argument for headers, so no edit
 * exists; the fix is to return `json(…, { status: 401, headers })` instead, which this adapter checks.
 * Nor a test's stand-in for a remote server (`vi.fn(() => new Response(null, { status: 401 }))`).
 */
export const webResponseAdapter: Adapter = (api) => {
  const construct = (node: TSESTree.NewExpression) => {
    const callee = node.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier || !isResponseClass(callee, api.context)) return;
    response(node.arguments[0], node.arguments[1], false, api);
  };
  /** `json(data, init)`, `data(data, init)`, `text(body, init)` imported from a router or SvelteKit. */
  const imported = (call: TSESTree.CallExpression) => {
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier || call.arguments.length < 2) return;
    const binding = importedBinding(callee, api.context);
    const helper = binding && responseHelper(binding);
    if (helper) response(call.arguments[0], call.arguments[1], helper.allowsNumber, api);
  };
  const calls: Record<string, (call: TSESTree.CallExpression) => void> = {
    json(call) {
      const callee = call.callee;
      // Response.json(body, init), NextResponse.json(body, init)
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const object = callee.object;
        if (object.type !== AST_NODE_TYPES.Identifier || !RESPONSE_CLASSES.has(object.name) || !isResponseClass(object, api.context)) return;
        response(call.arguments[0], call.arguments[1], false, api);
        return;
      }
      imported(call);
    },
    // class Unauthorized extends Response { constructor() { super(body, { status: 401 }) } }
    super(call) {
      if (extendsResponse(call, api.context)) response(call.arguments[0], call.arguments[1], false, api);
    },
  };
  // The helpers under the local names this file imports them by (`import { json as remixJson }`): not
  // among `calls`, whose names must not depend on the file (`AdapterHandlers`).
  const renamed = new Set<string>();
  for (const [local, binding] of moduleImports(api.context.sourceCode).bindings) {
    if (local !== 'json' && responseHelper(binding)) renamed.add(local);
  }
  const news: Record<string, (node: TSESTree.NewExpression) => void> = {};
  for (const name of RESPONSE_CLASSES) news[name] = construct;
  if (renamed.size === 0) return { calls, news };
  const anyCall = (call: TSESTree.CallExpression) => {
    if (call.callee.type === AST_NODE_TYPES.Identifier && renamed.has(call.callee.name)) imported(call);
  };
  return { calls, news, anyCall };
};

/** What a helper imported from a router or SvelteKit is: its API's name, and whether its second argument may be a bare status. */
export interface ResponseHelper {
  readonly api: 'React Router' | 'SvelteKit';
  readonly allowsNumber: boolean;
}

/**
 * React Router's and Remix' `json/data(body, init | status)` and SvelteKit's `json/text(body, init)`, which
 * answer with a Fetch `Response` made from that init; undefined for any other binding.
 */
export function responseHelper(binding: { readonly source: string; readonly imported: string }): ResponseHelper | undefined {
  if (REACT_ROUTER_MODULES.has(binding.source) && REACT_ROUTER_HELPERS.has(binding.imported)) return REACT_ROUTER_HELPER;
  if (binding.source === '@sveltejs/kit' && SVELTEKIT_HELPERS.has(binding.imported)) return SVELTEKIT_HELPER;
  return undefined;
}

// One object each: `valid-status-code` asks for every imported function a woken file calls.
const REACT_ROUTER_HELPER: ResponseHelper = { api: 'React Router', allowsNumber: true };
const SVELTEKIT_HELPER: ResponseHelper = { api: 'SvelteKit', allowsNumber: false };

function response(body: TSESTree.Node | undefined, init: TSESTree.Node | undefined, allowNumber: boolean, api: AdapterApi): void {
  const read = readResponseInit(init, api.context, allowNumber);
  if (!read) return;
  for (const { status, node } of read.candidates) {
    if (!api.wants(status) || isTestDouble(node)) continue;
    api.site({
      framework: 'web-response',
      status,
      node,
      headers: read.headers,
      body: body?.type === AST_NODE_TYPES.SpreadElement ? UNKNOWN_BODY : readBody(body, api.context),
      addHeader: read.addHeader,
    });
  }
}

/** `Response` is the global (or one imported from a fetch polyfill); `NextResponse` is imported. A local class is not. */
export function isResponseClass(identifier: TSESTree.Identifier, context: Context): boolean {
  const variable = findVariable(identifier, context);
  if (!variable || variable.defs.length === 0) return identifier.name === 'Response';
  return variable.defs[0]?.type === TSESLint.Scope.DefinitionType.ImportBinding;
}

/** Whether a `super(…)` call sits in a class that extends `Response` or `NextResponse`. */
function extendsResponse(call: TSESTree.CallExpression, context: Context): boolean {
  let node: TSESTree.Node | undefined = call.parent;
  while (node && node.type !== AST_NODE_TYPES.ClassBody) node = node.parent;
  const owner = node?.parent;
  if (owner?.type !== AST_NODE_TYPES.ClassDeclaration && owner?.type !== AST_NODE_TYPES.ClassExpression) return false;
  const superClass = owner.superClass;
  return superClass?.type === AST_NODE_TYPES.Identifier && RESPONSE_CLASSES.has(superClass.name) && isResponseClass(superClass, context);
}
