import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, isFunction } from '../../ast/functions.js';
import { calleeMethod } from '../../ast/methodChain.js';
import { FINISHERS, LATE_FINISHERS } from '../responseMethods.js';
import type { CodePath, Position } from './codePathTracker.js';
import { explorePaths, SegmentIndex, type Step } from './explorePaths.js';
import { isLoop, type LoopStarts, type LoopStatement } from './loopStarts.js';
import type { CallEvent } from './ResponseEvent.js';

/**
 * What an event finishes: the whole response at once (`res.json(x)`, `res.end()`), the whole response once a
 * file or a view is read (`later`: Express's `sendFile`, `download`, `render`, which write the head after an
 * asynchronous read, so a status or header set right after them still goes out), or only the head (`writeHead`);
 * or the request is handed to Express's error handler (`next(err)`), which answers it as a send would.
 */
export type Finishes = 'response' | 'later' | 'head' | 'handOff';

/** An event on a response after it was sent, on one code path: the `second` call, after the `first`. */
export interface AfterSend {
  readonly first: CallEvent;
  readonly finishes: Finishes;
  readonly second: CallEvent;
  /** What `second` does: sends again, sets a status, sets a header. */
  readonly does: 'send' | 'status' | 'header';
  /** True when the only paths from `first` to `second` run a loop's body again (`for (…) res.send(x)`). */
  readonly again: boolean;
}

/** Methods that send the whole response, at once or after reading a file or rendering a view. */
const isFinishing = (method: string | undefined): method is string => method !== undefined && (FINISHERS.has(method) || LATE_FINISHERS.has(method));

type Marker = { readonly kind: 'marker'; readonly position: Position; readonly loop: LoopStatement };
type Event = CallEvent | Marker;

/** The method a call event is made with; `statusCode` for `res.statusCode = n`. */
function methodOf(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.CallExpression) return calleeMethod(node);
  if (node.type === AST_NODE_TYPES.AssignmentExpression) return 'statusCode';
  return undefined;
}

/** `res.render(view, (err, html) => …)` hands the page to the callback instead of sending it. */
const hasCallback = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.CallExpression && node.arguments.some((argument) => isFunction(argument));

/** What the event finishes, if it is a send. */
export function finishes(event: CallEvent): Finishes | undefined {
  if (event.kind === 'handOff') return 'handOff';
  if (event.kind === 'helperSend') return 'response';
  if (event.kind !== 'send' && event.kind !== 'setStatus') return undefined;
  const method = methodOf(event.node);
  if (method === 'writeHead') return 'head';
  if (!isFinishing(method)) return undefined;
  if (event.kind === 'setStatus' && method !== 'sendStatus') return undefined;
  if (method === 'render' && hasCallback(event.node)) return undefined;
  return LATE_FINISHERS.has(method) ? 'later' : 'response';
}

/**
 * What `event` does when it comes after a send that finished `what`, or undefined when that is harmless:
 * after the whole response, any send (but a bare `res.end()` or `res.send()`, which Node ignores once the
 * response is finished), `write`, a status or a header; after only the head (`writeHead`), a status or a header (the body
 * still goes out through `write`/`end`).
 */
function doesAfter(event: CallEvent, what: Finishes, sendsOnly = false): AfterSend['does'] | undefined {
  const does = doesAfterAny(event, what);
  return sendsOnly && does !== 'send' ? undefined : does;
}

function doesAfterAny(event: CallEvent, what: Finishes): AfterSend['does'] | undefined {
  // `res.json(x); next(err)` is another mistake (the error handler finds the response sent): not this one.
  if (event.kind === 'handOff') return undefined;
  // A helper's send after a send is a second send; after `writeHead` it may be how the body goes out.
  if (event.kind === 'helperSend') return what === 'head' ? undefined : 'send';
  if (event.kind === 'header') {
    // `res.redirect(url)` sets Location and sends: its send event speaks for it.
    return methodOf(event.node) === 'redirect' || what === 'later' ? undefined : 'header';
  }
  if (event.kind === 'setStatus') {
    if (methodOf(event.node) === 'sendStatus' && what !== 'head') return 'send';
    return what === 'later' ? undefined : 'status';
  }
  if (event.kind !== 'send' || what === 'head') return undefined;
  const method = methodOf(event.node);
  // `res.end()` and Express's `res.send()` without a body set no header and end nothing new: Node ignores them
  // once the response is finished (seen on etherpad-lite: `res.redirect(url); res.send();`).
  if (method === 'end' || method === 'send') return event.node.type === AST_NODE_TYPES.CallExpression && event.node.arguments.length > 0 ? 'send' : undefined;
  if (method === 'write') return 'send';
  if (method === 'render' && hasCallback(event.node)) return undefined;
  return isFinishing(method) ? 'send' : undefined;
}

/**
 * Loops whose body may run only once on purpose (`while (!sent) { …; sent = true; }`): the code paths cannot
 * tell, so a path that runs such a body again proves nothing. A loop over a collection (`for…of`, `for…in`)
 * or a counted `for` runs its body once per element.
 */
const mayRunOnce = (loop: LoopStatement): boolean =>
  loop.type === AST_NODE_TYPES.WhileStatement || loop.type === AST_NODE_TYPES.DoWhileStatement || (loop.type === AST_NODE_TYPES.ForStatement && !loop.update);

/** The loops of its own function that `node` is in, innermost first. */
function loopsAround(node: TSESTree.Node): LoopStatement[] {
  const loops: LoopStatement[] = [];
  for (let current = node.parent; current && !isFunction(current); current = current.parent) {
    if (isLoop(current) && current.body.range[0] <= node.range[0] && node.range[1] <= current.body.range[1]) loops.push(current);
  }
  return loops;
}

/**
 * Every event of one response that happens on a code path after the response was sent, from the record of
 * that response (`events`), each with the nearest send before it:
 * - only events in the same function as the send count: a callback's time is unknown;
 * - the walk from a send stops at the next event that finishes the response (the next send speaks for what
 *   follows it) and at the first event it reports, so a missing `return` is one finding;
 * - a path that runs a loop's body again counts only for loops that run once per element (`again`);
 * - a generator's sends (Koa v1, co) are not judged: the runner resumes it at times the paths do not show.
 * - with `sendsOnly`, only a second send counts (Fastify's reply, whose head may go out after async hooks).
 * Whether the pairs are real is the rule's to judge further (guards such as `res.headersSent`, `try`).
 */
export function eventsAfterSend(events: readonly CallEvent[], loops: LoopStarts, sendsOnly = false): AfterSend[] {
  const byPath = new Map<CodePath, CallEvent[]>();
  for (const event of events) {
    const path = event.position.path;
    if (!path) continue;
    const list = byPath.get(path);
    if (list) list.push(event);
    else byPath.set(path, [event]);
  }
  const found: AfterSend[] = [];
  for (const local of byPath.values()) {
    const firsts = local.filter((event) => finishes(event) !== undefined);
    if (firsts.length === 0 || enclosingFunction(firsts[0]!.node)?.generator) continue;
    for (const first of firsts) {
      const what = finishes(first)!;
      const around = loopsAround(first.node);
      const markers: Marker[] = around.flatMap((loop) => {
        const position = loops.start(loop);
        return position && position.path === first.position.path ? [{ kind: 'marker' as const, position, loop }] : [];
      });
      const index = new SegmentIndex<Event>([...local, ...markers]);
      const walk = (cutLoop: (loop: LoopStatement) => boolean) => {
        const reached: CallEvent[] = [];
        explorePaths(index, { from: first }, (event): Step => {
          if (event.kind === 'marker') return cutLoop(event.loop) ? 'cut' : 'continue';
          if (doesAfter(event, what, sendsOnly) !== undefined) {
            reached.push(event);
            return 'cut';
          }
          const done = finishes(event);
          return done === 'response' || done === 'later' || done === 'handOff' ? 'cut' : 'continue';
        });
        return reached;
      };
      const forward = walk(() => true);
      const again = markers.length > 0 ? walk(mayRunOnce).filter((event) => !forward.includes(event)) : [];
      for (const second of forward) found.push({ first, finishes: what, second, does: doesAfter(second, what, sendsOnly)!, again: false });
      for (const second of again) found.push({ first, finishes: what, second, does: doesAfter(second, what, sendsOnly)!, again: true });
    }
  }
  return found;
}
