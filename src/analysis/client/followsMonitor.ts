import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { enclosingFunctionNames } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { someNode } from '../ast/someNode.js';
import { resolveStatusSyntactically } from '../status/resolveStatus.js';
import { ACCEPTED } from './completionCodes.js';
import type { StatusCheck } from './StatusCheck.js';

/** Headers that point to the status monitor or say when to ask it again (RFC 9110 §10.2.2, §10.2.3; Azure LRO). */
const MONITOR_HEADERS = new Set(['location', 'content-location', 'operation-location', 'azure-asyncoperation', 'retry-after']);

/** Names under which code keeps what those headers say: `retryAfter`, `operationLocation`, `pollingUrl`, `statusUrl`. */
const MONITOR_NAME =
  /^(?:retry_?after(?:_?(?:ms|seconds))?|operation_?location|azure_?async_?operation|(?:poll(?:ing)?|monitor|status|operation|progress|job)_?(?:url|uri|href|link|location))$/i;

/**
 * Calls that hand the operation to a poller or schedule another look: `pollUntilDone`, `createHttpPoller`,
 * `startPolling`, `waitForJob`, `waitUntilDone`, `retry`, `refetch`, `setTimeout(check, 1000)`, `sleep(ms)`.
 */
const POLLER_CALL = /poll|^wait(?:For|Until)|^wait$|^(?:sleep|delay|retry|refetch|revalidate)|^(?:setTimeout|setInterval)$/i;

/**
 * The timers among them, which only wait or schedule: a branch that calls one and then runs on
 * (`setTimeout(retry, 1000); log('queued')`, then `return res.text()`) still reads the 202 body now.
 */
const TIMER_CALL = /^(?:sleep|delay)|^(?:setTimeout|setInterval)$/i;

/** Where else to look for the monitor than the check's branch, and whether timers count. */
export interface MonitorScan {
  /** The statements the 202 runs; the check's branch by default. */
  readonly roots?: readonly TSESTree.Node[];
  /** False when the code runs on after the timer: then only the other hand-offs count. */
  readonly timersFollow?: boolean;
}

/** Functions that read the monitor themselves: `getStatus`, `fetchJobProgress`, `sendPollRequest`. */
const MONITOR_READER = /status|progress|poll/i;

const LOOPS = new Set<string>([
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ForStatement,
]);

/**
 * Whether the code that runs on 202 follows the status monitor: the check is a loop condition or sits in
 * a polling loop, a poller callback, or a function that reads the monitor itself (`getStatus`,
 * `checkProgress`, `sendPollRequest`: there a 202 body is the status report); or the branch reads `Location`, `Content-Location`,
 * `Operation-Location`, `Azure-AsyncOperation` or `Retry-After`, loops, re-calls its own function, hands off
 * to a poller, or tells 202 apart from the other codes again (names 202 itself).
 */
export function followsMonitor(check: StatusCheck, context: Context, scan: MonitorScan = {}): boolean {
  if (check.loopCondition || insidePolling(check.testedAt)) return true;
  const names = enclosingFunctionNames(check.testedAt);
  if (names[0] !== undefined && MONITOR_READER.test(names[0])) return true;
  const ownNames = new Set(names);
  const timers = scan.timersFollow ?? true;
  return (scan.roots ?? check.branch).some((root) => someNode(root, context, (node) => isMonitorSignal(node, ownNames, timers, context)));
}

function isMonitorSignal(node: TSESTree.Node, ownNames: ReadonlySet<string>, timers: boolean, context: Context): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === 'string') return MONITOR_HEADERS.has(node.value.toLowerCase());
      return node.value === ACCEPTED;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0 && MONITOR_HEADERS.has((node.quasis[0]?.value.cooked ?? '').toLowerCase());
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(node);
      if (name === undefined) return false;
      if (MONITOR_NAME.test(name)) return true;
      if (name === 'location' && /header/i.test(context.sourceCode.getText(node.object))) return true;
      return resolveStatusSyntactically(node, context) === ACCEPTED;
    }
    case AST_NODE_TYPES.Identifier:
      if (MONITOR_NAME.test(node.name)) return true;
      return isReference(node) && resolveStatusSyntactically(node, context) === ACCEPTED;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const name = calleeName(node.callee);
      return name !== undefined && ((POLLER_CALL.test(name) && (timers || !TIMER_CALL.test(name))) || ownNames.has(name));
    }
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    default:
      return LOOPS.has(node.type);
  }
}

/** `while (…) { … check … }`, `setInterval(async () => { … check … })`, `poll(async () => { … check … })`. */
function insidePolling(node: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (LOOPS.has(parent.type) && (parent as TSESTree.WhileStatement).body === child) return true;
    if (
      (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(child as TSESTree.CallExpressionArgument)
    ) {
      const name = calleeName(parent.callee);
      if (name !== undefined && POLLER_CALL.test(name)) return true;
    }
  }
  return false;
}

/** An identifier that reads a binding: not a member's property or object, nor a property key. */
function isReference(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression) return false;
  return !(parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed && !parent.shorthand);
}

function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return memberName(callee);
  return undefined;
}
