import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { enclosingFunction, isFunction, type FunctionNode } from '../ast/functions.js';
import { memberName } from '../ast/memberName.js';
import { someNode } from '../ast/someNode.js';
import { unwrapChain } from '../ast/unwrap.js';
import { alwaysExits } from './alwaysExits.js';
import { codeCondition } from './codeCondition.js';
import { ACCEPTED } from './completionCodes.js';
import { consumesResult } from './consumesResult.js';
import { followsMonitor } from './followsMonitor.js';
import { reassignsResponse } from './reassignsResponse.js';
import type { StatusCheck } from './StatusCheck.js';
import { subjectKey } from './subjectKey.js';

/** Calls that settle the outcome or leave by other means than a statement: `reject(e)`, `callback(err)`, `next()`. */
const LEAVING_CALL = /^(?:resolve|reject|callback|cb|done|next|abort|exit|fail\w*|throw\w*|redirect\w*|navigate\w*)$/i;

const LOOPS = new Set<string>([
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
]);

/** The walk stopped: the 202 path leaves, or takes a way that cannot be told apart from others. */
const STOP = Symbol('stop');

/**
 * The statement after a 202 branch that uses the 202 response as the final result, when the branch plainly
 * never leaves and the 202 path runs into it:
 *
 *     if (res.status === 202) {               ← no return, throw, break, continue or hand-off to a poller
 *       setTimeout(retry, 1000);
 *       log('queued');
 *     } else if (res.status !== 200) throw new Error();
 *     return res.text();                      ← the 202 body, returned as the result
 *
 * Why syntax and not ESLint's code-path events: a code path knows which segments reach a node, not which
 * response a read belongs to, nor which way a later `if (res.status …)` sends a 202; both still need the
 * syntax, and keeping every function's segment graph would cost every file for a check few files have. The
 * approximation is sound for what it reports: the statements after the `if` in the same block run, in
 * order, once the branch completes; a later `if` on the same status is followed the way a 202 goes, and
 * the walk stops (silent) at a statement that exits, replaces the response, reads the monitor, or tests the
 * status in a way we cannot evaluate. Loops (the next turn may poll), nested functions (callbacks run on
 * other paths) and code after the enclosing block (try/finally, outer branches) are not followed.
 */
export function fallThroughRead(check: StatusCheck, context: Context): TSESTree.Node | undefined {
  if (check.fallsInto.length === 0) return undefined;
  const owner = enclosingFunction(check.testedAt);
  if (inLoop(check.testedAt, owner) || check.branch.some((root) => leaves(root, owner, context))) return undefined;
  if (check.branch.some((root) => reassignsResponse(root, check.subject, context))) return undefined;

  const read = walk(check.fallsInto, check, context);
  if (read === STOP || read === undefined) return undefined;
  // The branch and the statements up to the read must not follow the monitor; timers only wait here.
  const upTo = check.fallsInto.filter((statement) => statement.range[0] <= read.range[0]);
  return followsMonitor(check, context, { roots: [...check.branch, ...upTo], timersFollow: false }) ? undefined : read;
}

/** The first statement of `statements` that a 202 runs and that uses the result, or STOP, or undefined. */
function walk(statements: readonly TSESTree.Node[], check: StatusCheck, context: Context): TSESTree.Node | typeof STOP | undefined {
  for (const statement of statements) {
    if (reassignsResponse(statement, check.subject, context)) return STOP;
    const outcome = statement.type === AST_NODE_TYPES.IfStatement ? acceptedOutcome(statement.test, check, context) : undefined;
    if (statement.type === AST_NODE_TYPES.IfStatement && (outcome !== undefined || mentionsStatus(statement.test, check, context))) {
      if (outcome === undefined) return STOP;
      const taken = outcome ? statement.consequent : statement.alternate;
      if (!taken) continue;
      const inner = walk(taken.type === AST_NODE_TYPES.BlockStatement ? taken.body : [taken], check, context);
      if (inner !== undefined) return inner;
      if (alwaysExits(taken)) return STOP;
      continue;
    }
    // A `switch`, `?:` or `&&` on the status, or the status passed on: ways a 202 may part from the rest.
    if (mentionsStatus(statement, check, context)) return STOP;
    if (consumesResult(check, context, { roots: [statement], sameFunction: true })) return statement;
    if (alwaysExits(statement)) return STOP;
  }
  return undefined;
}

/** Whether a condition is true (or false) for a 202; undefined when the condition does not tell. */
function acceptedOutcome(test: TSESTree.Expression, check: StatusCheck, context: Context): boolean | undefined {
  const condition = codeCondition(test, check.subject.key, context);
  if (!condition) return undefined;
  const matches = condition.codes.has(ACCEPTED) === (condition.sense === 'in');
  if (matches) return condition.strength === 'necessary' ? undefined : true;
  return condition.strength === 'sufficient' ? undefined : false;
}

function mentionsStatus(root: TSESTree.Node, check: StatusCheck, context: Context): boolean {
  const key = check.subject.key;
  return someNode(
    root,
    context,
    (node) => (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) && subjectKey(node) === key,
  );
}

/** Whether the branch may leave: a `return`, `throw`, `break` or `continue` of its own, or a settling call. */
function leaves(root: TSESTree.Node, owner: FunctionNode | undefined, context: Context): boolean {
  return someNode(root, context, (node) => {
    switch (node.type) {
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ThrowStatement:
      case AST_NODE_TYPES.BreakStatement:
      case AST_NODE_TYPES.ContinueStatement:
        return enclosingFunction(node) === owner;
      case AST_NODE_TYPES.CallExpression: {
        const callee = unwrapChain(node.callee);
        const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
        return name !== undefined && LEAVING_CALL.test(name) && enclosingFunction(node) === owner;
      }
      default:
        return false;
    }
  });
}

/** Any loop between the check and its function: the statements after it may run before the next turn polls. */
function inLoop(node: TSESTree.Node, owner: FunctionNode | undefined): boolean {
  for (let current = node.parent; current && current !== owner; current = current.parent) {
    if (LOOPS.has(current.type)) return true;
    if (isFunction(current)) return false;
  }
  return false;
}
