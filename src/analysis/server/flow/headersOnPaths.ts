import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { isFunction } from '../../ast/functions.js';
import { mergeHeaderEvidence } from '../headerEvidence.js';
import { NO_HEADERS, UNKNOWN_HEADERS, type HeaderEvidence } from '../ResponseSite.js';
import type { CodePath, CodePathTracker, Position } from './codePathTracker.js';
import { explorePaths, SegmentIndex, type Step } from './explorePaths.js';
import type { ResponseEvent } from './ResponseEvent.js';

type StatusEvent = Extract<ResponseEvent, { kind: 'status' }>;

/** A stand-in event for the point where a nested function is created, to ask what happens before it. */
type Marker = { readonly kind: 'marker'; readonly position: Position };
type Event = ResponseEvent | Marker;

/**
 * The headers set on every path from the function's start through `status` to the response's send, from
 * the record of one response (`events`, which holds `status` itself):
 * - a header counts when every path to the status sets it first, or every path from the status to a send
 *   sets it before the send (a path is its way in and its way out, so one of the two must hold on all);
 * - the evidence is incomplete (rules stay silent) when a header source we cannot read, or an escape of
 *   the response, may happen on such a path, or when a path leaves the function unsent and the framework
 *   does not send at the end (`implicitSend`: Koa, Fastify's returned payload): the response is then
 *   finished by code we do not see;
 * - events in other functions count only when they run before the status's function is created
 *   (`const h = () => …` after `res.set(…)` in the handler); any other one makes the evidence incomplete,
 *   since a callback's time is unknown.
 * A status that is itself the send (`res.status(401).json(x)`, `writeHead`, `c.json(x, 401)`) has no way
 * out: only what comes before it counts.
 */
export function headersOnPaths(status: StatusEvent, events: readonly ResponseEvent[], tracker: CodePathTracker, implicitSend: boolean): HeaderEvidence {
  const path = status.position.path;
  const own = status.status.headers ?? NO_HEADERS;
  const names = new Set(own.names);
  let complete = own.complete;
  const local: ResponseEvent[] = [];
  for (const event of events) {
    if (event.position.path === path) local.push(event);
    else if (event.kind === 'header') {
      const before = beforeCreation(event, path, tracker, events);
      if (!before) complete = false;
      else {
        const read = event.headers();
        for (const name of read.names) names.add(name);
        complete &&= read.complete;
      }
    } else if (event.kind === 'escape') complete = false;
  }
  const index = new SegmentIndex<Event>(local);
  const sendsItself = status.status.sends === true;
  const isSend = (event: Event) => event.kind === 'send';

  // The way in: every path from the start to the status meets `cuts` first.
  const everyWayIn = (cuts: (event: Event) => boolean) =>
    !explorePaths(index, { initial: path.initialSegment }, (event): Step => (event === status ? 'stop' : cuts(event) ? 'cut' : 'continue')).stopped;
  // The way out: every path from the status meets `cuts` before a send, and no path leaves unsent.
  const everyWayOut = (cuts: (event: Event) => boolean) => {
    if (sendsItself) return false;
    const walk = explorePaths(index, { from: status }, (event): Step => (cuts(event) ? 'cut' : isSend(event) ? 'stop' : 'continue'));
    return !walk.stopped && !walk.ended;
  };
  // Whether `event` may happen on some path through the status before the send.
  const onSomePath = (event: Event) =>
    explorePaths(index, { from: event }, (other): Step => (other === status ? 'stop' : 'continue')).stopped ||
    (!sendsItself && explorePaths(index, { from: status }, (other): Step => (other === event ? 'stop' : isSend(other) ? 'cut' : 'continue')).stopped);

  if (!sendsItself && !implicitSend && explorePaths(index, { from: status }, (event): Step => (isSend(event) ? 'cut' : 'continue')).ended) {
    complete = false;
  }
  const candidates = new Set<string>();
  for (const event of local) {
    if (event.kind === 'escape' && complete && onSomePath(event)) complete = false;
    if (event.kind !== 'header') continue;
    const read = event.headers();
    for (const name of read.names) candidates.add(name);
    if (!read.complete && complete && onSomePath(event)) complete = false;
  }
  for (const name of candidates) {
    if (names.has(name)) continue;
    // A set in a loop that may run no time, or in a `try` that may stop halfway, is no proof either way.
    const sets = (event: Event) => event.kind === 'header' && event.headers().names.has(name);
    const surely = (event: Event) => sets(event) && event.kind === 'header' && !mayBeSkipped(event.node, status.status.node);
    if (everyWayIn(surely) || everyWayOut(surely)) names.add(name);
    // Only a guess on this status's own paths matters: a set in a `try` after an earlier `return res.status(405)…`
    // is on none of them.
    else if (local.some((event) => sets(event) && !surely(event) && onSomePath(event))) complete = false;
  }
  return complete ? { names, complete } : mergeHeaderEvidence({ names, complete }, UNKNOWN_HEADERS);
}

/** Statements whose body may run no time, or stop halfway through, on a path that reaches beyond them. */
const UNCERTAIN = new Set<string>([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.TryStatement,
]);

/**
 * Whether `node` sits in a loop or a `try` statement (of its own function) that does not also hold the
 * status: ESLint's code paths model a loop's exit before its first run and a `try` without the throws
 * that any call in it may make, so "not on every path" there is a guess.
 */
function mayBeSkipped(node: TSESTree.Node, status: TSESTree.Node): boolean {
  const holds = (outer: TSESTree.Node) => status.range[0] >= outer.range[0] && status.range[1] <= outer.range[1];
  let child = node;
  for (let current = node.parent; current && !isFunction(current); child = current, current = current.parent) {
    // Of a `try`, the part it is in: its block, its catch or its finally.
    if (UNCERTAIN.has(current.type) && !holds(current.type === AST_NODE_TYPES.TryStatement ? child : current)) return true;
  }
  return false;
}

/**
 * Whether a header event in an enclosing function runs before the function of `path` is created, on every
 * path there: `res.set(…)` ahead of `db.get(id, (err) => res.status(401).end())`.
 */
function beforeCreation(event: Extract<ResponseEvent, { kind: 'header' }>, path: CodePath, tracker: CodePathTracker, events: readonly ResponseEvent[]): boolean {
  for (let inner: CodePath | null = path; inner; inner = inner.upper) {
    const created = tracker.createdAt(inner);
    if (!created) return false;
    if (created.path !== event.position.path) continue;
    const marker: Marker = { kind: 'marker', position: created };
    const index = new SegmentIndex<Event>([...events.filter((other) => other.position.path === created.path), marker]);
    return !explorePaths(index, { initial: created.path.initialSegment }, (other): Step => (other === marker ? 'stop' : other === event ? 'cut' : 'continue')).stopped;
  }
  return false;
}
