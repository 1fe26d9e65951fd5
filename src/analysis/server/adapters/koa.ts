import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { caughtNearby } from '../caughtNearby.js';
import { isMessage } from '../isMessage.js';
import { memberName } from '../../ast/memberName.js';
import type { Context } from '../../ast/Context.js';
import { constantInitializer } from '../../ast/constantInitializer.js';
import { findVariable, identifierReferences } from '../../ast/findVariable.js';
import { calleeMethod } from '../../ast/methodChain.js';
import { propertyKeyName } from '../../ast/propertyKeyName.js';
import { statementsBetween } from '../../ast/statementsBetween.js';
import { resolveString } from '../../ast/resolveString.js';
import { unwrap } from '../../ast/unwrap.js';
import { resolveStatus } from '../../status/resolveStatus.js';
import { resolveStatusCandidates } from '../../status/statusCandidates.js';
import { statusEntry } from '../../../http/statusRegistry.js';
import { readBody, readElsewhere } from '../bodyEvidence.js';
import { callReceiver } from '../callReceiver.js';
import { isKoaContext, receiverFramework } from '../receiverFramework.js';
import type { Adapter, AdapterApi } from '../AdapterApi.js';
import { addProperty, headerKey, insertStatementAfter, quote } from '../edits.js';
import { headerNamed, readHeaders } from '../headerEvidence.js';
import { NO_BODY, NO_HEADERS, UNKNOWN_BODY, UNKNOWN_HEADERS, type AddHeaderFix, type BodyEvidence, type HeaderEvidence } from '../ResponseSite.js';

const HEADER_SETTERS = new Set(['set', 'append', 'setHeader']);

/**
 * Koa (and Egg's `this.ctx`): `ctx.status = n`, `ctx.response.status = n`, Koa v1's `this.status = n` in a
 * generator middleware; headers through `ctx.set/append`, `ctx.response.set/append`, `ctx.res.setHeader`
 * and `ctx.redirect(url)`, all joined on the context. `ctx.throw(n, msg?, props?)` and
 * `ctx.assert(value, n, msg?, props?)` are responses of their own: Koa's error handler first unsets every
 * header and then sets `err.headers` (lib/context.js `onerror`), so only `props.headers` counts there.
 * Only a Koa context is trusted (`ctx`, `context`, `x.ctx`, `this` in a generator: `isKoaContext`):
 * `err.status = 401` on an error object or `error.response.status = 401` on a client error is no response.
 */
export const koaAdapter: Adapter = (api) => {
  const header = (call: TSESTree.CallExpression) => {
    const method = calleeMethod(call);
    const root = method && callReceiver(call);
    if (!root) return;
    // ctx.set(…), ctx.response.set(…), ctx.res.setHeader(…), Oak's ctx.response.headers.set(…).
    let owner = unwrap(root);
    if (owner.type === AST_NODE_TYPES.MemberExpression && memberName(owner) === 'headers') owner = unwrap(owner.object);
    if (receiverFramework(owner, api.context) !== 'koa') return;
    const context = contextOf(owner) ?? (owner.type === AST_NODE_TYPES.MemberExpression ? unwrap(owner.object) : owner);
    api.receiverHeaders(context, () => setterEvidence(call, method, api.context), call);
  };
  const raised = (call: TSESTree.CallExpression, method: 'throw' | 'assert') => {
    if (call.callee.type === AST_NODE_TYPES.MemberExpression && isKoaContext(unwrap(call.callee.object)) && !caughtNearby(call)) thrown(call, method, api);
  };
  const calls: Record<string, (call: TSESTree.CallExpression) => void> = {
    redirect(call) {
      // ctx.redirect(url) / ctx.response.redirect(url) set Location and answer.
      const root = callReceiver(call);
      const context = root && contextOf(root);
      if (!context) return;
      api.receiverHeaders(context, headerNamed('location'), call);
      api.receiverSend(context, call);
    },
    throw: (call) => raised(call, 'throw'),
    assert: (call) => raised(call, 'assert'),
  };
  for (const method of HEADER_SETTERS) calls[method] = header;
  return {
    calls,
    assignments: {
      status(assignment) {
        const left = assignment.left as TSESTree.MemberExpression;
        const target = unwrap(left.object);
        const context = contextOf(target);
        if (!context) return;
        // ctx.status = authed ? 403 : 401: a site per branch; the edit at the response is sound for both (see express).
        const candidates = resolveStatusCandidates(assignment.right, api.context).filter(({ status }) => api.wants(status));
        if (candidates.length === 0) return;
        const statement = assignment.parent.type === AST_NODE_TYPES.ExpressionStatement ? assignment.parent : null;
        const { sourceCode } = api.context;
        // `ctx.response.set(…)` in Koa; Oak's response has `headers.set(…)` instead.
        const setter = target === context ? 'set' : isOakFile(sourceCode) ? 'headers.set' : 'set';
        for (const { status, node } of candidates) api.receiverStatus(context, {
          framework: 'koa',
          status,
          node,
          body: contextBody(context, api.context, assignment),
          addHeader: statement
            ? (fixer, name, value) =>
                insertStatementAfter(fixer, statement, `${sourceCode.getText(target)}.${setter}(${quote(name)}, ${quote(value)})`, sourceCode) ?? []
            : null,
        });
      },
    },
  };
};

/** The context a status target belongs to: `ctx` for `ctx` and for `ctx.response`. */
function contextOf(target: TSESTree.Node): TSESTree.Node | undefined {
  if (isKoaContext(target)) return target;
  if (target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'response') {
    const context = unwrap(target.object);
    if (isKoaContext(context)) return context;
  }
  return undefined;
}

function setterEvidence(call: TSESTree.CallExpression, method: string, context: Context): HeaderEvidence {
  const [first] = call.arguments;
  if (call.arguments.length === 1 && method === 'set') return readHeaders(first, context);
  const name = resolveString(first, context);
  return name === undefined ? UNKNOWN_HEADERS : headerNamed(name);
}

/**
 * The body given with `ctx.body = …` / `ctx.response.body = …` on the same context variable: the one
 * assignment's value, none when there is none; several (branches) are unknown. The body is `present` on the
 * status's path only when both assignments are statements of one list with nothing between them that leaves
 * it or sets the status again (`ctx.status = 204; ctx.body = data;`, in either order: Koa drops a body set
 * before a 204 too). Elsewhere (`if (x) ctx.status = 204; else ctx.body = data`) paths are not told apart.
 */
function contextBody(context: TSESTree.Node, eslintContext: Context, status: TSESTree.AssignmentExpression): BodyEvidence {
  if (context.type !== AST_NODE_TYPES.Identifier) return UNKNOWN_BODY;
  const bodies: TSESTree.AssignmentExpression[] = [];
  for (const reference of identifierReferences(context, eslintContext)) {
    let member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    if (memberName(member) === 'response' && member.parent?.type === AST_NODE_TYPES.MemberExpression && member.parent.object === member) {
      member = member.parent;
    }
    const assignment = member.parent;
    if (memberName(member) === 'body' && assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === member) {
      bodies.push(assignment);
    }
  }
  if (bodies.length === 0) return NO_BODY;
  if (bodies.length > 1) return UNKNOWN_BODY;
  const body = readBody(bodies[0]!.right, eslintContext);
  const between = bodies[0]!.parent.type === AST_NODE_TYPES.ExpressionStatement ? statementsBetween(status.parent, bodies[0]!.parent) : undefined;
  return between && !between.some((statement) => setsStatus(statement, context)) ? body : readElsewhere(body);
}

/** `ctx.status = …` or `ctx.response.status = …` as a statement of its own, on the context `context`. */
function setsStatus(statement: TSESTree.Statement, context: TSESTree.Identifier): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const assignment = statement.expression;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (memberName(assignment.left) !== 'status') return false;
  const target = contextOf(unwrap(assignment.left.object));
  return target?.type === AST_NODE_TYPES.Identifier && target.name === context.name;
}

/** What one argument of http-errors' `createError(…)` is: it tells them apart by runtime type. */
type ErrorArgument = { kind: 'message' } | { kind: 'props'; object: TSESTree.ObjectExpression | undefined; headers: HeaderEvidence } | { kind: 'unknown' };

/**
 * `ctx.throw(401)`, `ctx.throw(401, 'msg', { headers })`, Koa v1's `ctx.throw('msg', 401)`, and
 * `ctx.assert(value, 401, 'msg', { headers })`: a thrown http-errors error whose `headers` Koa sends.
 */
function thrown(call: TSESTree.CallExpression, method: 'throw' | 'assert', api: AdapterApi): void {
  const args = call.arguments;
  if (args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return;
  let statusIndex = method === 'assert' ? 1 : 0;
  let status = resolveStatus(args[statusIndex], api.context);
  // Koa v1 / http-errors 1.x also took the status after the message: ctx.throw('name required', 400).
  if (status === undefined && method === 'throw' && args.length >= 2 && isMessage(args[0]!, api.context)) {
    statusIndex = 1;
    status = resolveStatus(args[1], api.context);
  }
  if (!api.wants(status)) return;
  const rest = args.filter((_, index) => index !== statusIndex && (method === 'throw' || index > 1)).map((arg) => errorArgument(arg, api.context));
  const props = rest.find((arg) => arg.kind === 'props');
  const headers = rest.some((arg) => arg.kind === 'unknown') ? UNKNOWN_HEADERS : props?.kind === 'props' ? props.headers : NO_HEADERS;
  api.site({
    framework: 'koa',
    status,
    node: args[statusIndex]!,
    headers,
    body: UNKNOWN_BODY,
    addHeader: rest.some((arg) => arg.kind === 'unknown') ? null : propsEdit(call, method, status, props, api.context),
  });
}

function errorArgument(node: TSESTree.Node, context: Context): ErrorArgument {
  if (isMessage(node, context)) return { kind: 'message' };
  const object = unwrap(node);
  if (object.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(object, context);
    const init = variable ? constantInitializer(variable) : undefined;
    // A props object built elsewhere may get its headers later (`props.headers = …`): unknown, not edited.
    if (!init || unwrap(init).type !== AST_NODE_TYPES.ObjectExpression) return { kind: 'unknown' };
    return { kind: 'props', object: undefined, headers: UNKNOWN_HEADERS };
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return { kind: 'unknown' };
  let headers: HeaderEvidence = NO_HEADERS;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return { kind: 'props', object, headers: UNKNOWN_HEADERS };
    const name = propertyKeyName(property, context);
    if (name === undefined) return { kind: 'props', object, headers: UNKNOWN_HEADERS };
    if (name === 'headers') headers = readHeaders(property.value, context);
  }
  return { kind: 'props', object, headers };
}

/**
 * Adds `headers` where http-errors reads them: a property of the literal `headers` object, a `headers`
 * property of the literal props, or a new props argument. `ctx.assert(v, 401)` needs the message slot
 * filled first; the status's reason phrase is what http-errors would use anyway.
 */
function propsEdit(
  call: TSESTree.CallExpression,
  method: 'throw' | 'assert',
  status: number,
  props: ErrorArgument | undefined,
  context: Context,
): AddHeaderFix | null {
  const { sourceCode } = context;
  const header = (name: string, value: string) => `${headerKey(name)}: ${quote(value)}`;
  if (props?.kind === 'props') {
    const object = props.object;
    if (!object) return null;
    const headersProperty = object.properties.find(
      (property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && propertyKeyName(property, context) === 'headers',
    );
    if (!headersProperty) return (fixer, name, value) => addProperty(fixer, object, `headers: { ${header(name, value)} }`, sourceCode);
    const headersObject = unwrap(headersProperty.value);
    return headersObject.type === AST_NODE_TYPES.ObjectExpression ? (fixer, name, value) => addProperty(fixer, headersObject, header(name, value), sourceCode) : null;
  }
  const last = call.arguments.at(-1)!;
  const message = method === 'assert' && call.arguments.length === 2 ? `${quote(statusEntry(status)?.reason ?? String(status))}, ` : '';
  return (fixer, name, value) => fixer.insertTextAfter(last, `, ${message}{ headers: { ${header(name, value)} } }`);
}

const oakFiles = new WeakMap<TSESTree.Program, boolean>();

/** Whether the file imports Oak (Deno), whose `ctx.response` sets headers through `ctx.response.headers.set(…)`. */
function isOakFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const cached = oakFiles.get(sourceCode.ast);
  if (cached !== undefined) return cached;
  const oak = sourceCode.ast.body.some(
    (statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && /(?:^|[/@])oak\b/.test(statement.source.value),
  );
  oakFiles.set(sourceCode.ast, oak);
  return oak;
}
