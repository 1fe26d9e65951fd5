import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { findVariable } from '../ast/findVariable.js';
import { enclosingFunction, functionName } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { someNode } from '../ast/someNode.js';
import { unwrap, unwrapChain } from '../ast/unwrap.js';
import { ACCEPTED } from './completionCodes.js';
import { reassignsResponse } from './reassignsResponse.js';
import type { StatusCheck, StatusSubject } from './StatusCheck.js';
import { typedAsPending } from './typedAsPending.js';
import { subjectKey } from './subjectKey.js';

const { DefinitionType } = TSESLint.Scope;

/** Methods that read a fetch/ky/undici body: `res.json()`, `res.text()`, … */
const BODY_METHODS = new Set(['json', 'text', 'blob', 'arrayBuffer', 'formData', 'bytes']);

/**
 * Properties that hold a body: axios/superagent/got `data`/`body`, XHR `responseText`/`response`/`responseXML`,
 * jQuery `responseJSON`, Azure core's `parsedBody`/`bodyAsText`.
 */
const BODY_PROPERTIES = new Set(['data', 'body', 'responseText', 'response', 'responseXML', 'responseJSON', 'parsedBody', 'bodyAsText']);

/** Body properties that are unmistakable on any object; `data` and `body` are only trusted on the response itself. */
const XHR_BODY_PROPERTIES = new Set(['responseText', 'responseXML', 'responseJSON']);

/**
 * Parts of a 202 body that identify the pending operation rather than carry its result: a job id or the
 * monitor's URL. Reading them is how a client starts to follow the monitor, not a use of the result.
 */
const HANDLE_NAME =
  /^(?:_?id|uuid|(?:job|task|operation|op|request|process|run|workflow|build|export|import|upload|batch|execution|query|ticket)_?id|location|href|ur[il]|_?links|(?:status|poll(?:ing)?|monitor|operation|progress|job)_?(?:ur[il]|href|link|location))$/i;

/** Calls that keep a value as the outcome: React/Vue/store setters, promise resolution, node callbacks, rendering. */
const STORE_CALL =
  /^(?:set[A-Z_$]\w*|setState|resolve|callback|cb|done|on(?:Success|Complete|Done|Result|Data|Load)\w*|success|commit|dispatch|emit|render\w*|display\w*|update[A-Z]\w*|replace[A-Z]\w*|push)$/;

/** Calls that do not pass a value on as a result: rejections, errors, logging, assertions. */
const NOT_A_RESULT_CALL = /reject|error|fail|throw|log|warn|debug|assert|expect/i;

/** Functions whose job is to start an operation and hand its 202 receipt to the caller: `startExport`, `submitJob`. */
const JOB_STARTER = /^(?:start|begin|submit|enqueue|queue|schedule|trigger|launch|kick[Oo]ff|create|initiate|request)(?:[A-Z_$]|$)/;

/** Where to look for a use of the result: other statements than the check's branch, and only in its own function. */
export interface ResultScan {
  /** The statements to read, in the order they run; the check's branch by default. */
  readonly roots?: readonly TSESTree.Node[];
  /** Ignore calls and assignments in nested functions (callbacks, handlers), which may run on another path. */
  readonly sameFunction?: boolean;
}

/**
 * Whether the code that runs on 202 uses the response as the final outcome: it returns the body (or part of
 * it other than a job handle), stores it (`setResult(data)`, `this.items = data`, `resolve(xhr.responseText)`),
 * or yields it as the value of a `?:`. The body counts as read from `res.json()`/`text()`/`blob()`/
 * `arrayBuffer()`/`formData()`, axios' `.data`, `xhr.responseText`/`response`, a destructured `data`/`body`,
 * variables holding any of these, and node http's `res.pipe(…)` / `res.on('data', …)`.
 *
 * A branch taken only on 202 that returns the body from a job-starting function (`startExport`,
 * `submitJob`), or typed as an unfinished operation (`as Promise<FeedbackProcessing>`, a declared return
 * type `Promise<Report | PendingReport>`), hands the receipt to its caller, which is not counted; nor is anything after a statement
 * that replaces the response.
 */
export function consumesResult(check: StatusCheck, context: Context, scan: ResultScan = {}): boolean {
  const owner = enclosingFunction(check.testedAt);
  const ownerName = owner && functionName(owner);
  const onlyAccepted = check.only && check.codes.size === 1 && check.codes.has(ACCEPTED);
  const handsOffToCaller = onlyAccepted && ownerName !== undefined && JOB_STARTER.test(ownerName);
  const carries = (node: TSESTree.Node | null | undefined) => node != null && carriesResult(node, check.subject, context, 0);
  const inScope = (node: TSESTree.Node) => !scan.sameFunction || enclosingFunction(node) === owner;

  for (const root of scan.roots ?? check.branch) {
    // Statements run in order: once the response is replaced (`res = await fetch(next)`), reads are another's.
    if (reassignsResponse(root, check.subject, context)) return false;
    if (isValueBranch(root) && carries(root)) return !handsOffToCaller;
    const uses = someNode(root, context, (node) => {
      switch (node.type) {
        case AST_NODE_TYPES.ReturnStatement:
          if (handsOffToCaller || enclosingFunction(node) !== owner || !carries(node.argument)) return false;
          // `return res.json() as Promise<FeedbackProcessing>`: the caller is told it is not the result.
          return !(onlyAccepted && typedAsPending(node.argument!, owner, context));
        case AST_NODE_TYPES.CallExpression: {
          if (!inScope(node)) return false;
          const callee = unwrapChain(node.callee);
          const name = calleeName(callee);
          if (name !== undefined && STORE_CALL.test(name) && node.arguments.some(carries)) return true;
          return callee.type === AST_NODE_TYPES.MemberExpression && readsStream(node, callee, check.subject);
        }
        case AST_NODE_TYPES.AssignmentExpression:
          return node.operator === '=' && inScope(node) && carries(node.right);
        default:
          return false;
      }
    });
    if (uses) return true;
  }
  return false;
}

/** node http / got streams: `res.pipe(file)`, `res.on('data', …)` on the checked response. */
function readsStream(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, subject: StatusSubject): boolean {
  if (subject.responseKey === undefined || subjectKey(callee.object) !== subject.responseKey) return false;
  const name = memberName(callee);
  if (name === 'pipe') return true;
  const event = call.arguments[0];
  return (name === 'on' || name === 'once') && event?.type === AST_NODE_TYPES.Literal && event.value === 'data';
}

/** A `?:` arm whose value is used: `return res.status === 202 ? res.json() : null`. */
function isValueBranch(root: TSESTree.Node): boolean {
  const parent = root.parent;
  return parent?.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== root && parent.parent.type !== AST_NODE_TYPES.ExpressionStatement;
}

/** Whether an expression is, or contains as a value, the response's body or a non-handle part of it. */
function carriesResult(node: TSESTree.Node, subject: StatusSubject, context: Context, depth: number): boolean {
  if (depth > 6) return false;
  const next = (child: TSESTree.Node | null | undefined) => child != null && carriesResult(child, subject, context, depth + 1);
  // normalize(data), new Report(data): a wrapper passes the result on, unless it rejects, logs or asserts.
  const passesOn = (call: TSESTree.CallExpression | TSESTree.NewExpression) => {
    const name = calleeName(call.callee);
    return (name === undefined || !NOT_A_RESULT_CALL.test(name)) && call.arguments.some(next);
  };
  let expr = unwrapChain(node);
  while (expr.type === AST_NODE_TYPES.AwaitExpression) expr = unwrapChain(expr.argument);
  switch (expr.type) {
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapChain(expr.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return passesOn(expr);
      const name = memberName(callee);
      if (name !== undefined && BODY_METHODS.has(name)) return expr.arguments.length === 0 && isResponse(callee.object, subject, name);
      // res.json().then(…), JSON.parse(xhr.responseText)
      if (name === 'then' || name === 'catch' || name === 'finally') return next(callee.object);
      if (name === 'parse' && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'JSON') return next(expr.arguments[0]);
      return passesOn(expr);
    }
    case AST_NODE_TYPES.NewExpression:
      return passesOn(expr);
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(expr);
      if (name === undefined) return false;
      if (BODY_PROPERTIES.has(name) && isResponse(expr.object, subject, name)) return true;
      return !HANDLE_NAME.test(name) && next(expr.object);
    }
    case AST_NODE_TYPES.Identifier:
      return isDataVariable(expr, subject, context, depth);
    case AST_NODE_TYPES.ObjectExpression:
      return expr.properties.some((property) => next(property.type === AST_NODE_TYPES.Property ? property.value : property.argument));
    case AST_NODE_TYPES.ArrayExpression:
      return expr.elements.some((element) => next(element?.type === AST_NODE_TYPES.SpreadElement ? element.argument : element));
    case AST_NODE_TYPES.ConditionalExpression:
      return next(expr.consequent) || next(expr.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return next(expr.left) || next(expr.right);
    default:
      return false;
  }
}

function calleeName(callee: TSESTree.Node): string | undefined {
  const expr = unwrapChain(callee);
  if (expr.type === AST_NODE_TYPES.Identifier) return expr.name;
  return expr.type === AST_NODE_TYPES.MemberExpression ? memberName(expr) : undefined;
}

/** Whether `object` is the checked response. When that is unknown, only unmistakable body reads count. */
function isResponse(object: TSESTree.Node, subject: StatusSubject, member: string): boolean {
  if (subject.responseKey !== undefined) return subjectKey(object) === subject.responseKey;
  return BODY_METHODS.has(member) || XHR_BODY_PROPERTIES.has(member);
}

/**
 * A binding that holds the body: `const data = await res.json()`, `const { items } = res.data`, the `data`
 * beside a destructured `status` (`const { status, data } = await axios.post(…)`), or the parameter of
 * `res.json().then((data) => …)`.
 */
function isDataVariable(identifier: TSESTree.Identifier, subject: StatusSubject, context: Context, depth: number): boolean {
  const variable = findVariable(identifier, context);
  if (variable?.defs.length !== 1) return false;
  const def = variable.defs[0]!;
  const property = def.name.parent?.type === AST_NODE_TYPES.Property ? def.name.parent : undefined;
  const key = property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
  if (property && property.parent.type === AST_NODE_TYPES.ObjectPattern) {
    if (property.parent === subject.pattern && (key === 'data' || key === 'body')) return true;
    const declarator = property.parent.parent;
    if (key === undefined || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) return false;
    if (BODY_PROPERTIES.has(key) && subject.responseKey !== undefined && subjectKey(declarator.init) === subject.responseKey) return true;
    return !HANDLE_NAME.test(key) && carriesResult(declarator.init, subject, context, depth + 1);
  }
  if (def.type === DefinitionType.Variable && def.node.id === def.name && def.node.init) {
    return carriesResult(def.node.init, subject, context, depth + 1);
  }
  if (def.type === DefinitionType.Parameter) {
    const fn = def.node as TSESTree.FunctionLike;
    const call = fn.parent;
    if (fn.params[0] !== def.name || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return false;
    const callee = unwrapChain(call.callee);
    return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'then' && carriesResult(unwrap(callee.object), subject, context, depth + 1);
  }
  return false;
}
