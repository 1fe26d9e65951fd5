import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../../ast/Context.js';
import { findVariable } from '../../ast/findVariable.js';
import { enclosingFunction, isFunction, type FunctionNode } from '../../ast/functions.js';
import { moduleImports } from '../../ast/moduleImports.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatus } from '../../status/resolveStatus.js';
import { bindEntry, bindStatus, objectLiteral, propsHeaders } from '../../summaries/bindCall.js';
import { findDefinition, type ClassNode, type Definition } from '../../summaries/findDefinition.js';
import { libraryError } from '../../summaries/libraryErrors.js';
import { summariseErrorClass } from '../../summaries/summariseErrorClass.js';
import { sendsOnEveryCall } from '../../summaries/sendsOnEveryCall.js';
import { summariseFunction } from '../../summaries/summariseFunction.js';
import { isParamRef, type SummaryEntry } from '../../summaries/Summary.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { readElsewhere } from '../bodyEvidence.js';
import { mergeHeaderEvidence } from '../headerEvidence.js';
import { isTestDouble } from '../isTestDouble.js';
import { isResponseName, isResponseParameter } from '../responseParameter.js';
import { NO_HEADERS, UNKNOWN_BODY, type BodyEvidence, type Framework, type ResponseSite } from '../ResponseSite.js';
import { isRaised } from './httpErrors.js';
import { looksLikeLambdaHandler } from './lambda.js';

/**
 * The project's own helpers and error classes, through their summaries (src/analysis/summaries):
 * - a call of a helper whose status comes from the call (`sendError(res, 401, msg)`, `errorResponse(401, …)`,
 *   `successResponse(body, { status: 202 })`, `next(error(401, 'invalid api key'))`) is a site at the call's
 *   status argument, with the helper's headers and body. A status set on a receiver goes to the collector
 *   with `via: call`, so headers the caller sets on the same `res` count and the hand-over is no escape; a
 *   returned response counts where the call is returned (a Lambda result only from a handler-like function
 *   or into its callback), a returned error where it is raised, a throwing helper where it is a statement.
 *   The receiver must be the caller's parameter (or a member such as `this.res`): a test's
 *   `const res = mockResponse()` handed to the helper is no response.
 * - an error class reaches a response only through a framework's error handler (Express and Koa read
 *   `err.status ?? err.statusCode` and send `err.headers`; Nest sends its exceptions). So only a subclass of
 *   `Error` (through classes we can read) or of a library's error class, that sets a constant 4xx/5xx on
 *   `status`/`statusCode` or passes one to its base, and has no `headers` of its own, is reported: once, at
 *   that constant in the class (`status = 401`, `super(401, …)`, the `extends UnauthorizedException`
 *   clause), never at its `throw`s. A class whose status comes from its constructor is reported at a
 *   raised `new ApiError(401, …)`. Not in client modules (`'use client'`, UI frameworks, HTTP clients), where
 *   such a class describes a 401 received, nor when the file handles the class itself (`err instanceof
 *   AuthError`, Nest's `@Catch(AuthError)`: examples/nestjs-api's filter adds the challenge there).
 * - library look-alikes of http-errors by package name: `createError(401)` of `@middy/util`, Feathers'
 *   `new NotAuthenticated()`, when raised.
 * Only calls with an argument that is (or holds, as `{ status: 401 }`) a wanted status are followed: a
 * status the call decides is written there, and other calls cost no module parse. No edits: the fix is in
 * the helper or in what the caller passes, which the report cannot choose.
 */
export const helpersAdapter: Adapter = (api) => ({
  anyCall(call) {
    if (api.readsRecords) sentByHelper(call, api);
    if (!namesProjectCode(call.callee, api.context) || !passesWantedStatus(call, api)) return;
    const definition = findDefinition(call.callee, api.context);
    if (definition?.kind === 'function') {
      helperSites(call, summariseFunction(definition.node, definition.context).entries, api);
    } else if (definition?.kind === 'library') {
      libraryFactory(call, definition, api);
    }
  },
  anyNew(node) {
    if (!namesProjectCode(node.callee, api.context) || !isRaised(node)) return;
    const definition = findDefinition(node.callee, api.context);
    if (definition?.kind === 'class') {
      if (passesWantedStatus(node, api)) raisedError(node, definition.node, definition.context, api);
    } else if (definition?.kind === 'library') {
      const model = libraryError(definition.source, definition.imported);
      // Nest's own classes are the nestjs adapter's; Feathers' carry their status in their name.
      if (model?.kind === 'class' && model.framework === 'feathers' && typeof model.status === 'number' && api.wants(model.status) && !isTestDouble(node)) {
        api.site({ framework: 'feathers', status: model.status, node: node.callee, headers: NO_HEADERS, body: UNKNOWN_BODY, addHeader: null });
      }
    }
  },
  listeners: {
    ClassDeclaration: (node) => errorClass(node, api),
    ClassExpression: (node) => errorClass(node, api),
  },
});

/**
 * `sendError(res, 500, msg)` with `res` a handler's response and `sendError` a function of the project that
 * sends it on every call (`sendsOnEveryCall`): for the rules that read every record, the call is a send.
 */
function sentByHelper(call: TSESTree.CallExpression, api: AdapterApi): void {
  const index = call.arguments.findIndex((arg) => arg.type === AST_NODE_TYPES.Identifier && isResponseName(arg.name));
  if (index < 0 || !namesProjectCode(call.callee, api.context)) return;
  const res = call.arguments[index] as TSESTree.Identifier;
  const variable = findVariable(res, api.context);
  if (!variable || !isResponseParameter(variable, api.context)) return;
  const definition = findDefinition(call.callee, api.context);
  if (definition?.kind === 'function' && sendsOnEveryCall(definition.node, index, definition.context)) api.receiverSentByHelper(res, call);
}

/** `f(…)` or `ns.f(…)` with `ns` an import: the only callees that can name a summarised function. */
function namesProjectCode(callee: TSESTree.Node, context: Context): boolean {
  const expr = unwrap(callee);
  if (expr.type === AST_NODE_TYPES.Identifier) return true;
  if (expr.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrap(expr.object);
  return object.type === AST_NODE_TYPES.Identifier && moduleImports(context.sourceCode).bindings.has(object.name);
}

/** Whether an argument is a wanted status, or an object literal with one as a property (`{ status: 401 }`). */
function passesWantedStatus(call: TSESTree.CallExpression | TSESTree.NewExpression, api: AdapterApi): boolean {
  return call.arguments.some((arg) => {
    if (arg.type === AST_NODE_TYPES.SpreadElement) return false;
    if (api.wants(resolveStatus(arg, api.context))) return true;
    const object = objectLiteral(arg, api.context);
    return object?.properties.some((property) => property.type === AST_NODE_TYPES.Property && api.wants(resolveStatus(property.value, api.context))) ?? false;
  });
}

interface HelperSite {
  readonly site: ResponseSite;
  /** For a status set on the caller's response: the argument it is set on. */
  readonly receiver?: TSESTree.Node;
  /** For a status set on the caller's response: whether the helper sends it too. */
  readonly sends?: boolean;
}

/**
 * The sites of one call, one per place and status: a helper that makes its response in several branches
 * (`return ok ? Response.json(…, { status }) : new Response(null, { status })`) gives one report, with
 * the headers of every branch (a challenge in any of them silences it: precision first).
 */
function helperSites(call: TSESTree.CallExpression, entries: readonly SummaryEntry[], api: AdapterApi): void {
  const found = new Map<string, HelperSite>();
  for (const entry of entries) {
    const next = helperSite(call, entry, api);
    if (!next) continue;
    const key = `${next.receiver ? 'receiver' : 'site'}:${next.site.status}:${next.site.node.range.join(':')}`;
    const previous = found.get(key);
    found.set(
      key,
      previous
        ? {
            ...previous,
            sends: previous.sends === true && next.sends === true,
            site: { ...previous.site, headers: mergeHeaderEvidence(previous.site.headers, next.site.headers), body: mergeBodies(previous.site.body, next.site.body) },
          }
        : next,
    );
  }
  for (const { site, receiver, sends } of found.values()) {
    // The call sets the status on the caller's response, and sends it when the helper does.
    if (receiver) api.receiverStatus(receiver, { ...site, via: call, sends: sends === true });
    else api.site(site);
  }
}

function mergeBodies(a: BodyEvidence, b: BodyEvidence): BodyEvidence {
  if (a.kind === 'none' && b.kind === 'none') return a;
  if (a.kind !== 'object' || b.kind !== 'object') return UNKNOWN_BODY;
  return { kind: 'object', keys: new Set([...a.keys, ...b.keys]), complete: a.complete && b.complete };
}

function helperSite(call: TSESTree.CallExpression, entry: SummaryEntry, api: AdapterApi): HelperSite | undefined {
  const bound = bindEntry(entry, call, api.context);
  if (!bound || isParamRef(bound.status) || !api.wants(bound.status) || isTestDouble(call)) return undefined;
  const raised = entry.kind === 'returns-error' || (entry.kind === 'throws' && entry.framework !== 'web-response');
  if (raised && !reachesResponse(entry.framework, bound.status)) return undefined;
  const site: ResponseSite = {
    framework: entry.framework,
    status: bound.status,
    node: bound.statusNode ?? call,
    headers: bound.headers.fixed,
    // A helper's body may be on another of its paths than the status (`if (code === 204) return res.end()`).
    body: isParamRef(bound.body) ? UNKNOWN_BODY : readElsewhere(bound.body),
    addHeader: null,
  };
  switch (entry.kind) {
    case 'receiver': {
      const receiver = call.arguments[entry.receiver!];
      return receiver && isResponseArgument(receiver, api.context) ? { site, receiver, sends: entry.sends === true } : undefined;
    }
    case 'returns-response': {
      const handler = resultOf(call, api.context);
      if (handler === undefined) return undefined;
      if (entry.framework === 'lambda' && !entry.resultKeys && !looksLikeLambdaHandler(handler ?? undefined, api.context)) return undefined;
      return { site };
    }
    case 'returns-error':
      return isRaised(call) ? { site } : undefined;
    case 'throws':
      return isStatement(call) ? { site } : undefined;
  }
}

/**
 * The function a call's value is the result of: `return f()`, `return await f()`, `=> f()`, Lambda's
 * `callback(null, f())` (the handler whose parameter `callback` is); null for a top-level `return`.
 */
function resultOf(call: TSESTree.CallExpression, context: Context): FunctionNode | null | undefined {
  let node: TSESTree.Node = call;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.AwaitExpression || unwrap(node.parent) !== node.parent)) node = node.parent;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return enclosingFunction(parent) ?? null;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node) return parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[1] === node && parent.callee.type === AST_NODE_TYPES.Identifier) {
    const first = parent.arguments[0];
    const def = findVariable(parent.callee, context)?.defs[0];
    if (first?.type === AST_NODE_TYPES.Literal && first.value === null && def?.type === TSESLint.Scope.DefinitionType.Parameter && isFunction(def.node)) return def.node;
  }
  return undefined;
}

/** A throwing helper's call that runs as a step of its caller: `fail(401);`, `await fail(401);`, `return fail(401)`. */
function isStatement(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;
  while (node.parent?.type === AST_NODE_TYPES.AwaitExpression) node = node.parent;
  return node.parent?.type === AST_NODE_TYPES.ExpressionStatement || node.parent?.type === AST_NODE_TYPES.ReturnStatement;
}

/** The caller's own response: a parameter (`res`), or a member such as `this.res` / `ctx.res`. */
function isResponseArgument(node: TSESTree.Node, context: Context): boolean {
  const expr = unwrap(node);
  if (expr.type === AST_NODE_TYPES.MemberExpression) {
    let base = unwrap(expr.object);
    while (base.type === AST_NODE_TYPES.MemberExpression) base = unwrap(base.object);
    return base.type === AST_NODE_TYPES.Identifier || base.type === AST_NODE_TYPES.ThisExpression;
  }
  if (expr.type !== AST_NODE_TYPES.Identifier) return false;
  return findVariable(expr, context)?.defs[0]?.type === TSESLint.Scope.DefinitionType.Parameter;
}

/** `throw new ApiError(401, …)` where `ApiError` takes its status from its constructor. */
function raisedError(node: TSESTree.NewExpression, classNode: ClassNode, classContext: Context, api: AdapterApi): void {
  const summary = summariseErrorClass(classNode, classContext);
  if (!summary.isError || summary.opaque || !isParamRef(summary.status)) return;
  const local = unwrap(node.callee).type === AST_NODE_TYPES.Identifier ? findVariable(unwrap(node.callee) as TSESTree.Identifier, api.context) : undefined;
  if ((local && hasOwnHandler(local)) || classVariables(classNode, classContext).some(hasOwnHandler) || isClientModule(api.context)) return;
  const status = bindStatus(summary.status, node.arguments, api.context);
  if (!status || isParamRef(status.status) || !reachesResponse(summary.framework, status.status) || !api.wants(status.status) || isTestDouble(node)) return;
  api.site({ framework: summary.framework, status: status.status, node: status.node ?? node, headers: NO_HEADERS, body: UNKNOWN_BODY, addHeader: null });
}

/** A class that chooses a constant status itself: reported there, the one place to fix. */
function errorClass(node: ClassNode, api: AdapterApi): void {
  if (!node.superClass) return;
  const summary = summariseErrorClass(node, api.context);
  if (!summary.isError || summary.opaque || typeof summary.status !== 'number' || !summary.statusNode) return;
  if (!reachesResponse(summary.framework, summary.status) || !api.wants(summary.status)) return;
  if (classVariables(node, api.context).some(hasOwnHandler) || isClientModule(api.context)) return;
  api.site({ framework: summary.framework, status: summary.status, node: summary.statusNode, headers: NO_HEADERS, body: UNKNOWN_BODY, addHeader: null });
}

/**
 * Whether the file handles the class's errors itself: `err instanceof AuthError` in an error handler, or a
 * Nest filter `@Catch(AuthError)`. Such a handler usually writes the challenge (examples/nestjs-api's
 * `BearerChallengeFilter`); one in another file is not seen.
 */
function hasOwnHandler(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some(({ identifier }) => {
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.BinaryExpression) return parent.operator === 'instanceof' && parent.right === identifier;
    return (
      parent?.type === AST_NODE_TYPES.CallExpression &&
      parent.parent?.type === AST_NODE_TYPES.Decorator &&
      parent.callee.type === AST_NODE_TYPES.Identifier &&
      parent.callee.name === 'Catch'
    );
  });
}

/** Packages whose importers run in a browser or call remote servers: an error class there describes a response received. */
const CLIENT_PACKAGE = /^(?:react|react-dom|vue|svelte|solid-js|preact|@angular\/|axios$|ky$|ofetch$|swr$|@tanstack\/)/;

/**
 * Client code: a `'use client'` module or one importing a UI framework or an HTTP client. Its error classes
 * (`class UnauthorizedError extends Error { status = 401 }` thrown when a fetch answers 401) are no responses.
 */
function isClientModule(context: Context): boolean {
  const { ast } = context.sourceCode;
  const first = ast.body[0];
  if (first?.type === AST_NODE_TYPES.ExpressionStatement && first.directive === 'use client') return true;
  for (const source of moduleImports(context.sourceCode).sources) if (CLIENT_PACKAGE.test(source)) return true;
  return false;
}

/** The variables a class is known by in its file: its own name, and the `const` it is assigned to. */
function classVariables(node: ClassNode, context: Context): TSESLint.Scope.Variable[] {
  const variables = [...context.sourceCode.getDeclaredVariables(node)];
  if (node.parent?.type === AST_NODE_TYPES.VariableDeclarator) variables.push(...context.sourceCode.getDeclaredVariables(node.parent));
  return variables;
}

/** Express' finalhandler answers 500 for an error status below 400; Nest sends whatever status its exception has. */
const reachesResponse = (framework: Framework, status: number): boolean => framework === 'nestjs' || (status >= 400 && status < 600);

/** `throw createError(401, msg, { headers })` of an http-errors look-alike (`@middy/util`); http-errors itself is its own adapter's. */
function libraryFactory(call: TSESTree.CallExpression, definition: Extract<Definition, { kind: 'library' }>, api: AdapterApi): void {
  if (definition.source === 'http-errors') return;
  const model = libraryError(definition.source, definition.imported);
  if (model?.kind !== 'factory' || !isRaised(call) || isTestDouble(call)) return;
  const status = bindStatus(model.status, call.arguments, api.context);
  if (!status || isParamRef(status.status) || !api.wants(status.status)) return;
  const headers = mergeHeaderEvidence(NO_HEADERS, ...call.arguments.slice(model.props).map((arg) => propsHeaders(arg, api.context)));
  api.site({ framework: model.framework, status: status.status, node: status.node ?? call, headers, body: UNKNOWN_BODY, addHeader: null });
}
