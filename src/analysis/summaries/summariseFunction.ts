import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { constantInitializer } from '../ast/constantInitializer.js';
import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import type { FunctionNode } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { calleeMethod, chainRoot } from '../ast/methodChain.js';
import { propertyKeyName } from '../ast/propertyKeyName.js';
import { resolveString } from '../ast/resolveString.js';
import { unwrap } from '../ast/unwrap.js';
import { resolveStatus } from '../status/resolveStatus.js';
import { isLiteralStructure, LAMBDA_KEYS, LAMBDA_RESULT_KEYS } from '../server/adapters/lambda.js';
import { isResponseClass, RESPONSE_CLASSES } from '../server/adapters/webResponse.js';
import { readBody } from '../server/bodyEvidence.js';
import { BODY_SENDERS, HEADER_SETTERS, SENDERS } from '../server/responseMethods.js';
import { headerNamed, readHeaders } from '../server/headerEvidence.js';
import { isTestDouble } from '../server/isTestDouble.js';
import { receiverFramework } from '../server/receiverFramework.js';
import { NO_BODY, NO_HEADERS, UNKNOWN_BODY, UNKNOWN_HEADERS, type BodyEvidence, type Framework } from '../server/ResponseSite.js';
import { bindEntry, bindStatus, fixedHeaders, mergeTemplates, objectLiteral, propsHeaders } from './bindCall.js';
import { findDefinition } from './findDefinition.js';
import { forEachOwnNode } from './forEachOwnNode.js';
import { libraryError } from './libraryErrors.js';
import { paramRef } from './paramRef.js';
import { summariseErrorClass } from './summariseErrorClass.js';
import { dependsOnCall, EMPTY_SUMMARY, type FunctionSummary, type HeaderSource, type HeaderTemplate, type ParamRef, type SummaryEntry } from './Summary.js';

/**
 * Helpers followed from a call: the callee (level 1) and the helpers it calls (level 2). Real code wraps a
 * response once or twice (`unauthorized()` → `errorResponse(401, …)` → `Response.json(…)`); below that the
 * status usually passes through generic plumbing whose evidence is weaker at every step, and each level
 * may parse another module, so a third level costs more than it finds.
 */
export const MAX_DEPTH = 2;

const memo = new WeakMap<FunctionNode, FunctionSummary[]>();

/**
 * What a function does with the responses it makes, as far as its call decides them (see `SummaryEntry`):
 * statuses set on a parameter (`res.status(code)`), responses and errors returned or thrown, read from
 * the function's own body and, one level down, from the helpers it calls. Memoised per function node.
 */
export function summariseFunction(fn: FunctionNode, context: Context, depth = 1): FunctionSummary {
  if (depth > MAX_DEPTH || fn.params.length === 0) return EMPTY_SUMMARY;
  let byDepth = memo.get(fn);
  if (!byDepth) memo.set(fn, (byDepth = []));
  const cached = byDepth[depth];
  if (cached) return cached;
  byDepth[depth] = EMPTY_SUMMARY; // recursion ends here
  const summary: FunctionSummary = { entries: new Summariser(fn, context, depth).run().filter(dependsOnCall) };
  byDepth[depth] = summary;
  return summary;
}

/** The summary of the function a call or `new` names, if it is one of the project's. */
export function calleeSummary(call: TSESTree.CallExpression, context: Context, depth = 1): FunctionSummary {
  const definition = findDefinition(call.callee, context);
  return definition?.kind === 'function' ? summariseFunction(definition.node, definition.context, depth) : EMPTY_SUMMARY;
}

/** Methods on a response that set no header we look for and hand the response to no one. */
const HARMLESS_METHODS = new Set([
  'status', 'sendStatus', 'code', 'send', 'json', 'jsonp', 'end', 'write', 'render', 'sendFile', 'download', 'type', 'contentType',
  'cookie', 'clearCookie', 'get', 'getHeader', 'getHeaders', 'hasHeader', 'removeHeader', 'vary', 'attachment', 'flushHeaders',
  'throw', 'assert', 'is', 'accepts', 'on', 'once',
]);

/** Whether the method chain that starts at `use` (`res.status(code).json(x)`) sends the response. */
function chainSends(use: TSESTree.Node): boolean {
  let current: TSESTree.Node = use;
  for (;;) {
    const member = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return false;
    const call = member.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return false;
    // After a send (or Node's `writeHead`, which writes the head) the caller can add no header.
    const method = memberName(member) ?? '';
    if (SENDERS.has(method) || method === 'writeHead') return true;
    current = call;
  }
}

/** Properties of a response whose assignment sets no header (`res.statusCode`, Koa's `ctx.status/body/type`). */
const ASSIGNABLE = new Set(['statusCode', 'statusMessage', 'status', 'body', 'type', 'message', 'length']);
/** Where Koa keeps the response besides the context: `ctx.response.set(…)`, `ctx.res.setHeader(…)`. */
const RESPONSE_MEMBERS = new Set(['response', 'res']);

type Use = HeaderTemplate | 'harmless' | 'unknown';

interface ReceiverStatus {
  readonly index: number;
  readonly framework: Framework;
  readonly status: number | ParamRef;
  /** A status set by a helper this function hands the receiver to: its own body and headers. */
  readonly through?: SummaryEntry;
}

class Summariser {
  private readonly entries: SummaryEntry[] = [];
  private readonly statuses: ReceiverStatus[] = [];
  /** Calls that hand a receiver parameter to a helper which sets the status: the helper's headers there. */
  private readonly handOvers = new Map<TSESTree.CallExpression, HeaderTemplate>();

  constructor(
    private readonly fn: FunctionNode,
    private readonly context: Context,
    private readonly depth: number,
  ) {}

  run(): SummaryEntry[] {
    const { fn, context } = this;
    forEachOwnNode(fn.body, context, (node) => {
      if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) this.entries.push(...this.made(node.argument, 'return'));
      else if (node.type === AST_NODE_TYPES.ThrowStatement) this.entries.push(...this.made(node.argument, 'throw'));
      else if (node.type === AST_NODE_TYPES.CallExpression) this.call(node);
      else if (node.type === AST_NODE_TYPES.AssignmentExpression) this.assignment(node);
    });
    if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression && fn.expression) this.entries.push(...this.made(fn.body, 'return'));
    const templates = new Map<number, { headers: HeaderTemplate; body: BodyEvidence | ParamRef; sends: boolean }>();
    for (const status of this.statuses) {
      let read = templates.get(status.index);
      if (!read) templates.set(status.index, (read = this.receiverEvidence(status.index)));
      this.entries.push({
        kind: 'receiver',
        framework: status.framework,
        status: status.status,
        receiver: status.index,
        headers: read.headers,
        body: status.through ? status.through.body : read.body,
        sends: read.sends || status.through?.sends === true,
      });
    }
    return this.entries;
  }

  /**
   * Whether a call inside the function passes on one of its parameters (`sendError(res, code)`,
   * `createError(status, msg)`, `new ApiError({ status })`): only then can what the callee makes depend on
   * this function's call, so other calls are never looked up (no module is parsed for `logger.info(…)`).
   */
  private passesParam(args: readonly TSESTree.CallExpressionArgument[]): boolean {
    return args.some((arg) => {
      if (arg.type === AST_NODE_TYPES.SpreadElement) return false;
      if (paramRef(arg, this.fn, this.context)) return true;
      const object = unwrap(arg);
      return (
        object.type === AST_NODE_TYPES.ObjectExpression &&
        object.properties.some((property) => property.type === AST_NODE_TYPES.Property && paramRef(property.value, this.fn, this.context) !== undefined)
      );
    });
  }

  /** The parameter index `node` reads as a whole (`res`, not `opts.res`). */
  private wholeParam(node: TSESTree.Node): number | undefined {
    const ref = paramRef(node, this.fn, this.context);
    return ref && ref.property === undefined && !ref.hasDefault ? ref.index : undefined;
  }

  private statusValue(node: TSESTree.Node | undefined): number | ParamRef | undefined {
    if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const expr = unwrap(node);
    // `options?.status ?? 200`: the call's status when it passes one; the helper's own default is not the call's.
    if (expr.type === AST_NODE_TYPES.LogicalExpression && (expr.operator === '??' || expr.operator === '||') && resolveStatus(expr.right, this.context) !== undefined) {
      const ref = paramRef(expr.left, this.fn, this.context);
      return ref && { ...ref, hasDefault: true };
    }
    return paramRef(node, this.fn, this.context) ?? resolveStatus(node, this.context);
  }

  /** `res.status(code)`, `res.sendStatus(code)`, `reply.code(code)`, `res.writeHead(code, …)`; and helpers called with a receiver. */
  private call(call: TSESTree.CallExpression): void {
    const method = calleeMethod(call);
    if (method === 'status' || method === 'sendStatus' || method === 'code' || method === 'writeHead') {
      const root = unwrap(chainRoot(call));
      const index = root.type === AST_NODE_TYPES.Identifier ? this.wholeParam(root) : undefined;
      if (index === undefined) return;
      if (method !== 'writeHead' && call.arguments.length !== 1) return;
      // The same owners as the collector's (`receiverFramework`): `code` is Fastify's on any receiver.
      const owner = method === 'code' ? 'fastify' : receiverFramework(root, this.context);
      if (owner === 'koa') return;
      const status = this.statusValue(call.arguments[0]);
      if (status === undefined) return;
      const framework: Framework = method === 'writeHead' ? 'node-http' : owner;
      this.statuses.push({ index, framework, status });
      return;
    }
    if (call.callee.type !== AST_NODE_TYPES.Identifier && call.callee.type !== AST_NODE_TYPES.MemberExpression) return;
    if (!this.passesParam(call.arguments)) return;
    const summary = calleeSummary(call, this.context, this.depth + 1);
    for (const entry of summary.entries) {
      if (entry.kind === 'throws') {
        const bound = bindEntry(entry, call, this.context, this.fn);
        if (bound) this.entries.push(bound);
      } else if (entry.kind === 'receiver') {
        const arg = call.arguments[entry.receiver!];
        const index = arg ? this.wholeParam(arg) : undefined;
        const bound = index === undefined ? undefined : bindEntry(entry, call, this.context, this.fn);
        if (!bound) continue;
        const previous = this.handOvers.get(call);
        this.handOvers.set(call, previous ? mergeTemplates(previous, bound.headers) : bound.headers);
        this.statuses.push({ index: index!, framework: entry.framework, status: bound.status, through: bound });
      }
    }
  }

  /** `res.statusCode = code`; Koa's `ctx.status = code`. */
  private assignment(assignment: TSESTree.AssignmentExpression): void {
    const left = assignment.left;
    if (assignment.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression || left.computed) return;
    const name = memberName(left);
    const object = unwrap(left.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return;
    const koa = name === 'status' && /^(?:ctx|context)$/.test(object.name);
    if (name !== 'statusCode' && !koa) return;
    const index = this.wholeParam(object);
    const status = index === undefined ? undefined : this.statusValue(assignment.right);
    if (status !== undefined) this.statuses.push({ index: index!, framework: koa ? 'koa' : 'node-http', status });
  }

  /**
   * Every header the function sets on its receiver parameter and the body it sends on it: each use of the
   * parameter is a header setter, a harmless method or property, a hand-over to a summarised helper, or
   * something else that makes the headers unknown (passed to other code, returned, stored).
   */
  private receiverEvidence(index: number): { headers: HeaderTemplate; body: BodyEvidence | ParamRef; sends: boolean } {
    const param = this.fn.params[index];
    const variable = param?.type === AST_NODE_TYPES.Identifier ? findVariable(param, this.context) : undefined;
    if (!variable) return { headers: fixedHeaders(UNKNOWN_HEADERS), body: UNKNOWN_BODY, sends: false };
    const templates: HeaderTemplate[] = [];
    const bodies: (BodyEvidence | ParamRef)[] = [];
    let sends = false;
    for (const reference of variable.references) {
      const use = this.use(reference, bodies);
      if (use === 'unknown') return { headers: fixedHeaders(UNKNOWN_HEADERS), body: UNKNOWN_BODY, sends: false };
      if (use !== 'harmless') templates.push(use);
      sends ||= chainSends(reference.identifier);
    }
    return { headers: mergeTemplates(fixedHeaders(NO_HEADERS), ...templates), body: bodies.length === 1 ? bodies[0]! : UNKNOWN_BODY, sends };
  }

  private use(reference: TSESLint.Scope.Reference, bodies: (BodyEvidence | ParamRef)[]): Use {
    const use = reference.identifier as TSESTree.Node;
    const parent = use.parent;
    if (!parent) return 'unknown';
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(use as TSESTree.Expression)) return this.handOvers.get(parent) ?? 'unknown';
    if (parent.type === AST_NODE_TYPES.ExpressionStatement) return 'harmless';
    if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== use) return 'unknown';
    const name = memberName(parent);
    const outer = parent.parent;
    if (outer?.type === AST_NODE_TYPES.CallExpression && outer.callee === parent) return this.chain(outer, name, bodies);
    if (outer?.type === AST_NODE_TYPES.AssignmentExpression && outer.left === parent) {
      if (name === 'body' && outer.operator === '=') bodies.push(this.bodyValue(outer.right));
      return name !== undefined && ASSIGNABLE.has(name) ? 'harmless' : 'unknown';
    }
    // ctx.response.set(…), ctx.res.setHeader(…), ctx.response.status = …
    if (name !== undefined && RESPONSE_MEMBERS.has(name) && outer?.type === AST_NODE_TYPES.MemberExpression && outer.object === parent) {
      const inner = memberName(outer);
      const call = outer.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === outer) return this.chain(call, inner, bodies);
      if (call?.type === AST_NODE_TYPES.AssignmentExpression && call.left === outer) {
        if (inner === 'body') bodies.push(this.bodyValue(call.right));
        return inner !== undefined && ASSIGNABLE.has(inner) ? 'harmless' : 'unknown';
      }
      return 'harmless';
    }
    // res.headers / res.header written through (`res.headers['x'] = …`): not followed.
    if (name === 'headers' || name === undefined) return 'unknown';
    return 'harmless'; // res.locals.user, ctx.state.x = y, ctx.request.body, res.headersSent
  }

  /** The header evidence of a method chain on the receiver: `res.status(code).set('X', v).json(body)`. */
  private chain(first: TSESTree.CallExpression, method: string | undefined, bodies: (BodyEvidence | ParamRef)[]): Use {
    const parts: HeaderTemplate[] = [];
    let call = first;
    let name = method;
    for (;;) {
      const part = this.method(call, name, bodies);
      if (part === 'unknown') return 'unknown';
      if (part !== 'harmless') parts.push(part);
      const member = call.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== call || member.parent?.type !== AST_NODE_TYPES.CallExpression || member.parent.callee !== member) break;
      call = member.parent;
      name = memberName(member);
    }
    return parts.length === 0 ? 'harmless' : mergeTemplates(...parts);
  }

  private method(call: TSESTree.CallExpression, name: string | undefined, bodies: (BodyEvidence | ParamRef)[]): Use {
    if (name === undefined) return 'unknown';
    const [first] = call.arguments;
    if (HEADER_SETTERS.has(name)) {
      if (!first) return 'unknown';
      if (call.arguments.length === 1 && (name === 'set' || name === 'header')) return this.headerSource(first, 'object');
      return this.headerSource(first, 'name');
    }
    if (name === 'headers') return first ? this.headerSource(first, 'object') : 'unknown';
    if (name === 'location' || name === 'redirect') return fixedHeaders(headerNamed('location'));
    if (name === 'links') return fixedHeaders(headerNamed('link'));
    if (name === 'writeHead') {
      const headers = call.arguments.slice(1).find((arg) => resolveString(arg, this.context) === undefined);
      return headers ? this.headerSource(headers, 'object') : 'harmless';
    }
    if (BODY_SENDERS.has(name)) bodies.push(first ? this.bodyValue(first) : NO_BODY);
    else if (name === 'end' || name === 'sendStatus') bodies.push(first && name === 'end' ? UNKNOWN_BODY : NO_BODY);
    return HARMLESS_METHODS.has(name) ? 'harmless' : 'unknown';
  }

  private headerSource(node: TSESTree.Node, as: HeaderSource['as']): HeaderTemplate {
    if (node.type === AST_NODE_TYPES.SpreadElement) return fixedHeaders(UNKNOWN_HEADERS);
    const ref = paramRef(node, this.fn, this.context);
    if (ref) return { fixed: NO_HEADERS, fromCall: [{ ref, as }] };
    if (as === 'name') {
      const name = resolveString(node, this.context);
      return fixedHeaders(name === undefined ? UNKNOWN_HEADERS : headerNamed(name));
    }
    return fixedHeaders(as === 'object' ? readHeaders(node, this.context) : propsHeaders(node, this.context));
  }

  /** A body read in the function, or the call's argument: `payload`, `JSON.stringify(body)`. */
  private bodyValue(node: TSESTree.Node): BodyEvidence | ParamRef {
    const expr = unwrap(node);
    const stringified =
      expr.type === AST_NODE_TYPES.CallExpression &&
      expr.callee.type === AST_NODE_TYPES.MemberExpression &&
      expr.callee.object.type === AST_NODE_TYPES.Identifier &&
      expr.callee.object.name === 'JSON' &&
      memberName(expr.callee) === 'stringify' &&
      expr.arguments.length === 1
        ? expr.arguments[0]!
        : undefined;
    return paramRef(stringified ?? node, this.fn, this.context) ?? readBody(node, this.context);
  }

  /** The responses and errors an expression returned or thrown by the function makes. */
  private made(node: TSESTree.Node, mode: 'return' | 'throw'): SummaryEntry[] {
    let expr = unwrap(node);
    if (expr.type === AST_NODE_TYPES.AwaitExpression) expr = unwrap(expr.argument);
    if (expr.type === AST_NODE_TYPES.ConditionalExpression) return [...this.made(expr.consequent, mode), ...this.made(expr.alternate, mode)];
    const response = mode === 'return' ? 'returns-response' : 'throws';
    const error = mode === 'return' ? 'returns-error' : 'throws';
    if (expr.type === AST_NODE_TYPES.ObjectExpression) return mode === 'return' ? this.lambdaResult(expr) : [];
    if (expr.type === AST_NODE_TYPES.Identifier) return this.errorVariable(expr, error);
    if (expr.type !== AST_NODE_TYPES.CallExpression && expr.type !== AST_NODE_TYPES.NewExpression) return [];
    if (isTestDouble(expr)) return [];
    const web = this.webResponse(expr, response);
    if (web) return web;
    const callee = unwrap(expr.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression) return [];
    if (!this.passesParam(expr.arguments)) return [];
    const definition = findDefinition(callee, this.context);
    if (!definition) return [];
    if (definition.kind === 'library') {
      const model = libraryError(definition.source, definition.imported);
      if (!model || (model.kind === 'class' && expr.type !== AST_NODE_TYPES.NewExpression)) return [];
      const status = bindStatus(model.status, expr.arguments, this.context, this.fn);
      if (!status) return [];
      const headers =
        model.props === undefined
          ? fixedHeaders(NO_HEADERS)
          : mergeTemplates(fixedHeaders(NO_HEADERS), ...expr.arguments.slice(model.props).map((arg) => this.headerSource(arg, 'props')));
      const body = model.framework === 'nestjs' && expr.arguments[0] ? this.bodyValue(expr.arguments[0]) : UNKNOWN_BODY;
      return [{ kind: error, framework: model.framework, status: status.status, headers: model.framework === 'http-errors' ? headers : fixedHeaders(NO_HEADERS), body }];
    }
    if (definition.kind === 'class' && expr.type === AST_NODE_TYPES.NewExpression) {
      const summary = summariseErrorClass(definition.node, definition.context);
      if (!summary.isError || summary.opaque || summary.status === undefined) return [];
      const status = bindStatus(summary.status, expr.arguments, this.context, this.fn);
      return status ? [{ kind: error, framework: summary.framework, status: status.status, headers: fixedHeaders(NO_HEADERS), body: UNKNOWN_BODY }] : [];
    }
    if (definition.kind === 'function' && expr.type === AST_NODE_TYPES.CallExpression) {
      const summary = summariseFunction(definition.node, definition.context, this.depth + 1);
      const made: SummaryEntry[] = [];
      for (const entry of summary.entries) {
        if (entry.kind !== 'returns-response' && entry.kind !== 'returns-error') continue;
        const bound = bindEntry(entry, expr, this.context, this.fn);
        if (bound) made.push({ ...bound, kind: mode === 'return' ? entry.kind : 'throws' });
      }
      return made;
    }
    return [];
  }

  /**
   * `const err = new Error(message); err.status = status; return err;`: an error whose status the call decides.
   * Any other use of `err` than reading it or setting `expose`/`message` (passed on, `err.headers = …`) may
   * give it headers: not followed.
   */
  private errorVariable(identifier: TSESTree.Identifier, kind: SummaryEntry['kind']): SummaryEntry[] {
    const variable = findVariable(identifier, this.context);
    const init = variable ? constantInitializer(variable) : undefined;
    const created = init && unwrap(init);
    if (!variable || created?.type !== AST_NODE_TYPES.NewExpression || created.callee.type !== AST_NODE_TYPES.Identifier) return [];
    const isError = created.callee.name === 'Error' && !findVariable(created.callee, this.context)?.defs.length;
    if (!isError) return [];
    let status: number | ParamRef | undefined;
    for (const reference of variable.references) {
      const use = reference.identifier;
      if (use === identifier || reference.init) continue;
      const member = use.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) {
        if (member?.type === AST_NODE_TYPES.ReturnStatement || member?.type === AST_NODE_TYPES.ThrowStatement) continue;
        return [];
      }
      const name = memberName(member);
      const assignment = member.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member) continue; // a read
      if (name === 'status' || name === 'statusCode') {
        if (status !== undefined) return [];
        status = this.statusValue(assignment.right);
        if (status === undefined) return [];
      } else if (name !== 'expose' && name !== 'message' && name !== 'code') return [];
    }
    return status === undefined ? [] : [{ kind, framework: 'error-class', status, headers: fixedHeaders(NO_HEADERS), body: UNKNOWN_BODY }];
  }

  /** `new Response(body, init)`, `Response.json(body, init)`, `NextResponse.json(body, init)` with a status the call decides. */
  private webResponse(expr: TSESTree.CallExpression | TSESTree.NewExpression, kind: SummaryEntry['kind']): SummaryEntry[] | undefined {
    const callee = expr.callee;
    let isResponse = false;
    if (expr.type === AST_NODE_TYPES.NewExpression) {
      isResponse = callee.type === AST_NODE_TYPES.Identifier && RESPONSE_CLASSES.has(callee.name) && isResponseClass(callee, this.context);
    } else if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'json') {
      const object = callee.object;
      isResponse = object.type === AST_NODE_TYPES.Identifier && RESPONSE_CLASSES.has(object.name) && isResponseClass(object, this.context);
    }
    if (!isResponse) return undefined;
    const [body, init] = expr.arguments;
    if (!init || init.type === AST_NODE_TYPES.SpreadElement || body?.type === AST_NODE_TYPES.SpreadElement) return [];
    const bodyTemplate = body ? this.bodyValue(body) : NO_BODY;
    const whole = paramRef(init, this.fn, this.context);
    if (whole) {
      if (whole.property !== undefined || whole.hasDefault) return [];
      return [{
        kind,
        framework: 'web-response',
        status: { index: whole.index, property: 'status' },
        headers: { fixed: NO_HEADERS, fromCall: [{ ref: { index: whole.index, property: 'headers' }, as: 'object' }] },
        body: bodyTemplate,
      }];
    }
    const object = objectLiteral(init, this.context);
    if (!object || object.properties.some((property) => property.type !== AST_NODE_TYPES.Property || propertyKeyName(property, this.context) === undefined)) return [];
    const properties = new Map(object.properties.map((property) => [propertyKeyName(property as TSESTree.Property, this.context)!, (property as TSESTree.Property).value]));
    const status = this.statusValue(properties.get('status'));
    if (status === undefined) return [];
    const headers = properties.get('headers');
    return [{ kind, framework: 'web-response', status, headers: headers ? this.headerSource(headers, 'object') : fixedHeaders(NO_HEADERS), body: bodyTemplate }];
  }

  /** A returned Lambda proxy result whose status, headers or body the call decides: `{ statusCode: code, body }`. */
  private lambdaResult(object: TSESTree.ObjectExpression): SummaryEntry[] {
    const properties = new Map<string, TSESTree.Node>();
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property) return [];
      const key = propertyKeyName(property, this.context);
      if (key === undefined || !LAMBDA_KEYS.has(key)) return [];
      properties.set(key, property.value);
    }
    const statusNode = properties.get('statusCode');
    const body = properties.get('body');
    if (!statusNode || (body && isLiteralStructure(body)) || isTestDouble(object)) return [];
    const status = this.statusValue(statusNode);
    if (status === undefined) return [];
    const headerParts = ['headers', 'multiValueHeaders'].flatMap((key) => (properties.has(key) ? [this.headerSource(properties.get(key)!, 'object')] : []));
    return [{
      kind: 'returns-response',
      framework: 'lambda',
      status,
      headers: mergeTemplates(fixedHeaders(NO_HEADERS), ...headerParts),
      body: body ? this.bodyValue(body) : NO_BODY,
      resultKeys: LAMBDA_RESULT_KEYS.some((key) => properties.has(key)),
    }];
  }
}

