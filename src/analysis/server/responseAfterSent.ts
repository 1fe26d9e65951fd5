import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { enclosingFunction, isFunction, type FunctionNode } from '../ast/functions.js';
import { calleeMethod } from '../ast/methodChain.js';
import { statementOf } from '../ast/statementOf.js';
import type { ReceiverRecord } from './collectResponseSites.js';
import { insertStatementAfter } from './edits.js';
import { eventsAfterSend, type AfterSend } from './flow/eventsAfterSend.js';
import { isLoop, type LoopStarts } from './flow/loopStarts.js';
import { isFastifyReply, isResponseParameter } from './responseParameter.js';

/** One finding: `after.second` happens after `after.first` sent the response, with the edit that ends the path. */
export interface ResponseAfterSent {
  readonly after: AfterSend;
  /** `return` before the first send (`'before'`) or a `return;` after it (`'after'`), or null when neither is sound. */
  readonly fix: { readonly kind: 'before' | 'after'; readonly edit: TSESLint.ReportFixFunction } | null;
}

/** Code that checks whether the response already went out: it knows about the second send. */
const SENT_CHECK = /\b(?:headersSent|writableEnded|writableFinished|finished)\b|\.sent\b/;

/**
 * The sends, statuses and headers that come after the response was sent, one per first send (the place to
 * fix), for every response parameter of the file's handlers (`isResponseParameter`). Besides what the code
 * paths show (`eventsAfterSend`), a pair is dropped when the paths between them cannot be told apart:
 * - the function checks `res.headersSent` (or `writableEnded`, `finished`, Fastify's `reply.sent`);
 * - on Fastify's reply, a code or a header (see `isFastifyReply`);
 * - the first send is in a `try` block and the second in its `catch` or `finally` (the send may have thrown
 *   before anything went out: `JSON.stringify` of a cycle), or the first is in a `try` or `catch` with a
 *   `finally` and the second after the statement;
 * - the second is under a condition that reads what the first one's condition reads (`if (!user) …;
 *   if (user) …`), or a variable that the function writes (`if (!sent) …`): such paths may never run.
 */
export function responsesAfterSent(records: readonly ReceiverRecord[], loops: LoopStarts, context: Context): ResponseAfterSent[] {
  const findings: ResponseAfterSent[] = [];
  const reported = new Set<TSESTree.Node>();
  const checksSent = new Map<TSESTree.Node, boolean>();
  for (const record of records) {
    if (typeof record.key === 'string' || !isResponseParameter(record.key, context)) continue;
    const pairs = eventsAfterSend(record.events, loops, isFastifyReply(record.key)).filter((pair) => {
      const fn = enclosingFunction(pair.first.node) ?? context.sourceCode.ast;
      let checks = checksSent.get(fn);
      if (checks === undefined) checksSent.set(fn, (checks = SENT_CHECK.test(context.sourceCode.getText(fn))));
      return !checks && !acrossTry(pair.first.node, pair.second.node) && !correlated(pair.first.node, pair.second.node, context);
    });
    // One finding per first send: the earliest event after it, on a path that does not run a loop again if any.
    const byFirst = new Map<TSESTree.Node, AfterSend>();
    for (const pair of pairs) {
      const best = byFirst.get(pair.first.node);
      if (!best || (best.again && !pair.again) || (best.again === pair.again && pair.second.node.range[0] < best.second.node.range[0])) {
        byFirst.set(pair.first.node, pair);
      }
    }
    for (const after of [...byFirst.values()].sort((a, b) => a.second.node.range[0] - b.second.node.range[0])) {
      if (reported.has(after.second.node)) continue;
      reported.add(after.second.node);
      findings.push({ after, fix: after.again ? null : endPathEdit(after, context) });
    }
  }
  return findings;
}

/** The ancestors of `node` up to its function (exclusive), innermost first. */
function ancestors(node: TSESTree.Node): TSESTree.Node[] {
  const list: TSESTree.Node[] = [];
  for (let current = node.parent; current && !isFunction(current); current = current.parent) list.push(current);
  return list;
}

const within = (node: TSESTree.Node, outer: TSESTree.Node | null | undefined): boolean =>
  !!outer && outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];

function acrossTry(first: TSESTree.Node, second: TSESTree.Node): boolean {
  for (const outer of ancestors(first)) {
    if (outer.type !== AST_NODE_TYPES.TryStatement) continue;
    if (within(first, outer.block) && (within(second, outer.handler) || within(second, outer.finalizer))) return true;
    if (outer.finalizer && !within(first, outer.finalizer) && !within(second, outer)) return true;
  }
  return false;
}

/** The conditions `node` runs under below `top`: `if` tests, `?:` tests, the left of `&&`/`||`/`??`, `switch` discriminants. */
function conditionsBelow(node: TSESTree.Node, top: TSESTree.Node | undefined): TSESTree.Node[] {
  const tests: TSESTree.Node[] = [];
  let child = node;
  for (let current = node.parent; current && current !== top && !isFunction(current); child = current, current = current.parent) {
    if ((current.type === AST_NODE_TYPES.IfStatement || current.type === AST_NODE_TYPES.ConditionalExpression) && child !== current.test) tests.push(current.test);
    else if (current.type === AST_NODE_TYPES.LogicalExpression && child === current.right) tests.push(current.left);
    else if (current.type === AST_NODE_TYPES.SwitchStatement && child !== current.discriminant) tests.push(current.discriminant);
  }
  return tests;
}

/** The names a condition reads: identifiers, not the property names of member expressions. */
function namesIn(test: TSESTree.Node, names: Set<string>, context: Context): void {
  const visit = (node: TSESTree.Node) => {
    if (node.type === AST_NODE_TYPES.Identifier) {
      const parent = node.parent;
      if (!(parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed)) names.add(node.name);
    }
    for (const key of context.sourceCode.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) if (child && typeof (child as TSESTree.Node).type === 'string') visit(child as TSESTree.Node);
    }
  };
  visit(test);
}

/**
 * Whether the second event runs under a condition that may exclude the first one's path: one reading a name
 * the first one's conditions read, or a variable written after its declaration (a `sent` flag).
 */
function correlated(first: TSESTree.Node, second: TSESTree.Node, context: Context): boolean {
  const firstAncestors = new Set(ancestors(first));
  const top = ancestors(second).find((node) => firstAncestors.has(node));
  const secondTests = conditionsBelow(second, top);
  if (secondTests.length === 0) return false;
  const secondNames = new Set<string>();
  for (const test of secondTests) namesIn(test, secondNames, context);
  const firstNames = new Set<string>();
  for (const test of conditionsBelow(first, top)) namesIn(test, firstNames, context);
  for (const name of secondNames) if (firstNames.has(name)) return true;
  const scope = context.sourceCode.getScope(second);
  for (const name of secondNames) {
    for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
      const variable = current.set.get(name);
      if (!variable) continue;
      if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return true;
      break;
    }
  }
  return false;
}

/** The `return` statements of `fn` itself, not of functions inside it. */
function ownReturns(fn: FunctionNode, context: Context): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  const visit = (node: TSESTree.Node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) found.push(node);
    if (node !== fn && isFunction(node)) return;
    for (const key of context.sourceCode.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) if (child && typeof (child as TSESTree.Node).type === 'string') visit(child as TSESTree.Node);
    }
  };
  if (fn.body.type === AST_NODE_TYPES.BlockStatement) visit(fn.body);
  return found;
}

const isVoidType = (type: TSESTree.TypeNode | undefined): boolean =>
  type === undefined ||
  type.type === AST_NODE_TYPES.TSVoidKeyword ||
  (type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    type.typeName.name === 'Promise' &&
    type.typeArguments?.params.length === 1 &&
    type.typeArguments.params[0]!.type === AST_NODE_TYPES.TSVoidKeyword);

/** A plain JavaScript file, where a handler's `return res.json(x)` type-checks against nothing. */
const isJavaScript = (context: Context): boolean => /\.[cm]?jsx?$/.test(context.filename);

/**
 * The edit that ends the path at the first send, when that send is an expression statement ending an `if`
 * consequent and the second event comes after the `if` in the same function, outside any loop:
 * - `if (err) return res.json(err);` in JavaScript, in the handler that declares the response (Express and
 *   Node ignore what a handler returns), when the handler returns nothing else but such sends;
 * - otherwise `if (err) { res.json(err); return; }`, when the function returns no value anywhere and declares
 *   no return type but `void`/`Promise<void>`: the path returned `undefined` before and still does.
 * Fastify sends what a handler returns (`reply.send(reply)`), so its reply only gets the second form.
 */
function endPathEdit(after: AfterSend, context: Context): ResponseAfterSent['fix'] {
  const statement = statementOf(after.first.node);
  const block = statement?.parent;
  const branch = block?.type === AST_NODE_TYPES.BlockStatement && block.body.at(-1) === statement ? block : statement;
  const ifStatement = branch?.parent;
  if (!statement || !branch || ifStatement?.type !== AST_NODE_TYPES.IfStatement || ifStatement.consequent !== branch) return null;
  if (after.second.node.range[0] < ifStatement.range[1]) return null;
  const fn = enclosingFunction(statement);
  if (!fn || fn.generator || ancestors(statement).some(isLoop)) return null;
  if (enclosingFunction(after.second.node) !== fn) return null;
  const returns = ownReturns(fn, context);
  const receiver = receiverOf(after.first.node);
  const sendsOn = (node: TSESTree.Node | null | undefined) =>
    node?.type === AST_NODE_TYPES.CallExpression && calleeMethod(node) !== undefined && receiverOf(node) === receiver;
  const declares = receiver !== undefined && fn.params.some((param) => param.type === AST_NODE_TYPES.Identifier && param.name === receiver);
  if (
    isJavaScript(context) &&
    declares &&
    !/^_*reply$/i.test(receiver) &&
    returns.every((ret) => !ret.argument || sendsOn(ret.argument))
  ) {
    return { kind: 'before', edit: (fixer) => fixer.insertTextBefore(statement.expression, 'return ') };
  }
  if (returns.some((ret) => ret.argument) || !isVoidType(fn.returnType?.typeAnnotation)) return null;
  if (branch === statement) {
    const text = context.sourceCode.getText(statement);
    return { kind: 'after', edit: (fixer) => fixer.replaceText(statement, `{ ${text}${text.endsWith(';') ? '' : ';'} return; }`) };
  }
  // A block on one line (`{ res.json(e); }`) keeps to its line: `{ res.json(e); return; }`.
  if (branch.loc.end.line === statement.loc.end.line) {
    const semicolon = context.sourceCode.getLastToken(statement)?.value === ';';
    return { kind: 'after', edit: (fixer) => fixer.insertTextAfter(statement, semicolon ? ' return;' : '; return') };
  }
  return { kind: 'after', edit: (fixer) => insertStatementAfter(fixer, statement, 'return', context.sourceCode) ?? [] };
}

/** The name a send chain starts from: `res` in `res.status(500).json(x)`. */
function receiverOf(node: TSESTree.Node): string | undefined {
  let current = node;
  while (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) current = current.callee.object;
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}
