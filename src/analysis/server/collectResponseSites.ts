import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { isFunction } from '../ast/functions.js';
import { mergeListeners } from '../ast/mergeListeners.js';
import type { AdapterApi, PendingStatus } from './AdapterApi.js';
import { ADAPTERS } from './adapters/index.js';
import { dispatchHandlers } from './dispatchHandlers.js';
import { CodePathTracker, type Position } from './flow/codePathTracker.js';
import { sendsContentOnPaths } from './flow/sendsContentOnPaths.js';
import { headersOnPaths } from './flow/headersOnPaths.js';
import type { CallEvent, ResponseEvent } from './flow/ResponseEvent.js';
import { mergeHeaderEvidence } from './headerEvidence.js';
import { receiverKey, type ReceiverKey } from './receiverKey.js';
import { NO_HEADERS, UNKNOWN_HEADERS, type BodyEvidence, type Framework, type HeaderEvidence, type ResponseSite } from './ResponseSite.js';

/** A cheap first grouping of receivers, by name (`res`) or text (`this.res`); variables are told apart at the end. */
const receiverName = (receiver: TSESTree.Node, context: Context): string =>
  receiver.type === AST_NODE_TYPES.Identifier ? receiver.name : context.sourceCode.getText(receiver);

interface Subscriber {
  readonly ruleId: string;
  readonly statuses: ReadonlySet<number>;
  readonly onSite: (site: ResponseSite) => void;
}

/** One response object's record: every event on it in the file, placed on its code paths. */
export interface ReceiverRecord {
  /** The variable, or for `this.res` its text within a function (see `receiverKey`). */
  readonly key: ReceiverKey;
  /** The receiver node of its first event (`res` in `res.json(x)`). */
  readonly receiver: TSESTree.Node;
  /** Sends, header sets and status sets (`setStatus`, of any value), in the order they were met. */
  readonly events: readonly CallEvent[];
}

/** A rule that reads every receiver's record, not only the sites of the statuses it wants. */
interface RecordSubscriber {
  readonly ruleId: string;
  readonly onRecords: (records: readonly ReceiverRecord[], tracker: CodePathTracker) => void;
}

interface SharedCollection {
  readonly subscribers: Subscriber[];
  readonly recordSubscribers: RecordSubscriber[];
  /** The union of the subscribers' statuses; adapters read it live, so later subscribers count too. */
  readonly wanted: Set<number>;
}

/**
 * One collection per linted file, shared by every server rule: rules are all created before the traversal
 * starts, so the first rule's listeners recognise sites for all of them and hand each site to every rule
 * that asked for its status. Keyed by SourceCode; a rule subscribing twice means a new lint of the same
 * SourceCode object, which starts a fresh collection.
 */
const collections = new WeakMap<object, SharedCollection>();

/**
 * Hands each resolved response site whose status is in `statuses` to `onSite`. Direct sites are handed
 * over at once; receiver sites at `Program:exit`, once every header set on the same object is known.
 * The caller decides per file, before calling, whether the file can matter (`gates/mayMention.ts`).
 */
export function collectResponseSites(
  context: Context,
  statuses: ReadonlySet<number>,
  onSite: (site: ResponseSite) => void,
): TSESLint.RuleListener {
  const subscriber: Subscriber = { ruleId: context.id, statuses, onSite };
  const existing = joinable(context);
  if (existing) {
    existing.subscribers.push(subscriber);
    for (const status of statuses) existing.wanted.add(status);
    return {};
  }
  const shared: SharedCollection = { subscribers: [subscriber], recordSubscribers: [], wanted: new Set(statuses) };
  collections.set(context.sourceCode, shared);
  return runAdapters(context, shared);
}

/**
 * Hands every receiver's record (sends, header sets, statuses of any value) to `onRecords` at `Program:exit`,
 * with the tracker that placed them. The caller decides per file, before calling, whether the file can
 * matter: this runs the adapters whenever it is called.
 */
export function collectResponseRecords(
  context: Context,
  onRecords: (records: readonly ReceiverRecord[], tracker: CodePathTracker) => void,
): TSESLint.RuleListener {
  const subscriber: RecordSubscriber = { ruleId: context.id, onRecords };
  const existing = joinable(context);
  if (existing) {
    existing.recordSubscribers.push(subscriber);
    return {};
  }
  const shared: SharedCollection = { subscribers: [], recordSubscribers: [subscriber], wanted: new Set() };
  collections.set(context.sourceCode, shared);
  return runAdapters(context, shared);
}

/** The file's collection, when this rule has not joined it yet (a rule seen twice means a new lint of the file). */
function joinable(context: Context): SharedCollection | undefined {
  const existing = collections.get(context.sourceCode);
  if (!existing) return undefined;
  const joined = (other: { ruleId: string }) => other.ruleId === context.id;
  return existing.subscribers.some(joined) || existing.recordSubscribers.some(joined) ? undefined : existing;
}

/** Frameworks that send the response when the handler ends: Koa after its middleware, Fastify the returned payload. */
const IMPLICIT_SEND = new Set<Framework>(['koa', 'fastify']);

/** Statements whose position places an escape found in them (the escape's own node orders it there). */
const PLACED_STATEMENTS = ['ExpressionStatement', 'ReturnStatement', 'VariableDeclaration', 'ThrowStatement'] as const;

/**
 * Runs every adapter over the file, for the statuses in `statuses`, and records each receiver's events on
 * their code paths; at the end of the file, every status on a receiver gets the headers set on every path
 * through it (`headersOnPaths`).
 */
function runAdapters(context: Context, shared: SharedCollection): TSESLint.RuleListener {
  const statuses = shared.wanted;
  const onSite = (site: ResponseSite) => {
    for (const { statuses: wanted, onSite: handle } of shared.subscribers) if (wanted.has(site.status)) handle(site);
  };
  const tracker = new CodePathTracker();
  const statusEvents: { receiver: TSESTree.Node; event: Extract<ResponseEvent, { kind: 'status' }> | undefined; status: PendingStatus }[] = [];
  const receiverEvents = new Map<string, { receiver: TSESTree.Node; event: CallEvent }[]>();
  const statementPositions = new Map<TSESTree.Node, Position>();

  // Several adapters may recognise the same node (`ctx.redirect(url)` is a header and a send to three of
  // them): one site per status node, one event per kind, node and receiver (`ctx.response.set(…)` is the
  // express adapter's on `ctx.response` and Koa's on `ctx`, of which only the second has a status).
  const seen = new Set<string>();
  const once = (kind: string, node: TSESTree.Node) => {
    const key = `${kind}:${node.range[0]}:${node.range[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const record = (receiver: TSESTree.Node, event: CallEvent) => {
    const name = receiverName(receiver, context);
    if (!once(`${event.kind}:${name}`, event.node)) return;
    const list = receiverEvents.get(name);
    if (list) list.push({ receiver, event });
    else receiverEvents.set(name, [{ receiver, event }]);
  };

  const api: AdapterApi = {
    context,
    wants: (status): status is number => status !== undefined && statuses.has(status),
    site: (site) => {
      if (statuses.has(site.status) && once(`site${site.status}`, site.node)) onSite(site);
    },
    receiverStatus: (receiver, status) => {
      if (!statuses.has(status.status) || !once(`site${status.status}`, status.node)) return;
      const position = status.order === 'union' ? undefined : tracker.position(status.via ?? status.node);
      statusEvents.push({ receiver, status, event: position && { kind: 'status', position, status } });
    },
    receiverHeaders: (receiver, evidence, at) => {
      const position = tracker.position(at);
      let read: HeaderEvidence | undefined;
      // Deferred: most `.set(…)` calls in a file are `Map#set`s on objects that never get a status.
      const headers = () => (read ??= typeof evidence === 'function' ? evidence() : evidence);
      record(receiver, { kind: 'header', position: position ?? UNPLACED, node: at, headers });
    },
    receiverSend: (receiver, node) => {
      const position = tracker.position(node);
      if (position) record(receiver, { kind: 'send', position, node });
    },
    receiverSetsStatus: (receiver, node) => recordOnly(receiver, node, (position) => ({ kind: 'setStatus', position, node })),
    receiverHandsOff: (receiver, call) => recordOnly(receiver, call, (position) => ({ kind: 'handOff', position, node: call })),
    receiverSentByHelper: (receiver, call) => recordOnly(receiver, call, (position) => ({ kind: 'helperSend', position, node: call })),
    get readsRecords() {
      return shared.recordSubscribers.length > 0;
    },
  };
  // Events only the record rules read (statuses of any value, hand-offs, helpers' sends); the status rules
  // have their own.
  function recordOnly(receiver: TSESTree.Node, node: TSESTree.Node, event: (position: Position) => CallEvent): void {
    if (!api.readsRecords) return;
    const position = tracker.position(node);
    if (position) record(receiver, event(position));
  }

  const listener = mergeListeners([dispatchHandlers(ADAPTERS, api), tracker.listeners]);
  for (const type of PLACED_STATEMENTS) {
    const previous = listener[type] as ((node: TSESTree.Node) => void) | undefined;
    listener[type] = (node: TSESTree.Node) => {
      const position = tracker.position(node);
      if (position) statementPositions.set(node, position);
      previous?.(node);
    };
  }
  const programExit = listener['Program:exit'];
  listener['Program:exit'] = (node: TSESTree.Program) => {
    programExit?.(node);
    const handOvers = new Set<TSESTree.Node>(statusEvents.flatMap(({ status }) => (status.via ? [status.via] : [])));
    const recordOf = new Map<ReceiverKey, ResponseEvent[]>();
    // The placed status events of each receiver, gathered once rather than per status.
    const statusesOf = new Map<ReceiverKey, ResponseEvent[]>();
    for (const other of statusEvents) {
      if (!other.event) continue;
      const key = receiverKey(other.receiver, context);
      const list = statusesOf.get(key);
      if (list) list.push(other.event);
      else statusesOf.set(key, [other.event]);
    }
    for (const { receiver, status, event } of statusEvents) {
      const key = receiverKey(receiver, context);
      let events = recordOf.get(key);
      if (!events) {
        events = (receiverEvents.get(receiverName(receiver, context)) ?? [])
          .filter((other) => receiverKey(other.receiver, context) === key)
          .map((other) => other.event);
        if (typeof key !== 'string') events.push(...escapes(key, handOvers, statementPositions));
        events.push(...(statusesOf.get(key) ?? []));
        recordOf.set(key, events);
      }
      const placed = event && events.every((other) => other.position !== UNPLACED);
      const headers = placed
        ? headersOnPaths(event, events, tracker, IMPLICIT_SEND.has(status.framework))
        : unionOfHeaders(status, events);
      onSite({ ...status, headers, body: placed && typeof key !== 'string' ? bodyOnPaths(status, event, events, key, context) : status.body });
    }
    if (shared.recordSubscribers.length > 0) {
      const records = receiverRecords(receiverEvents, context);
      for (const { onRecords } of shared.recordSubscribers) onRecords(records, tracker);
    }
  };
  return listener;
}

/**
 * A receiver status's body, `present` when the record shows content sent after it on some path
 * (`res.writeHead(204); res.end(data)`): adapters read the body only in the status's own chain, or else from
 * the whole variable, which may be another path (see `sentBody`).
 */
function bodyOnPaths(
  status: PendingStatus,
  event: Extract<ResponseEvent, { kind: 'status' }>,
  events: readonly ResponseEvent[],
  variable: TSESLint.Scope.Variable,
  context: Context,
): BodyEvidence {
  const body = status.body;
  if (body.kind === 'none' || body.present === true || !sendsContentOnPaths(event, events, variable, context)) return body;
  return { ...body, present: true };
}

/** Every receiver's events, grouped by the variable (or text) they belong to, each list in the order met. */
function receiverRecords(receiverEvents: ReadonlyMap<string, { receiver: TSESTree.Node; event: CallEvent }[]>, context: Context): ReceiverRecord[] {
  const records: ReceiverRecord[] = [];
  for (const list of receiverEvents.values()) {
    const byKey = new Map<ReceiverKey, { receiver: TSESTree.Node; events: CallEvent[] }>();
    for (const { receiver, event } of list) {
      const key = receiverKey(receiver, context);
      const entry = byKey.get(key);
      if (entry) entry.events.push(event);
      else byKey.set(key, { receiver, events: [event] });
    }
    for (const [key, { receiver, events }] of byKey) records.push({ key, receiver, events });
  }
  return records;
}

/** A position for events that could not be placed on a code path: their receiver falls back to the union. */
const UNPLACED = { path: undefined, segments: [], at: -1 } as unknown as Position;

/**
 * The order-free view, for a status that is on no code path of the receiver (Nest's `@HttpCode` applies
 * before the handler runs): every header set on the receiver anywhere, and unknown when it escapes.
 */
function unionOfHeaders(status: PendingStatus, events: readonly ResponseEvent[]): HeaderEvidence {
  const parts = [status.headers ?? NO_HEADERS];
  for (const event of events) {
    if (event.kind === 'header') parts.push(event.headers());
    else if (event.kind === 'escape') parts.push(UNKNOWN_HEADERS);
  }
  return mergeHeaderEvidence(...parts);
}

/**
 * The escapes of a response variable: handed to a call (`setAuthHeaders(res)`, `Object.assign(res, …)`),
 * returned, spread, stored (`this.res = res`, `{ res }`). Each is placed at the statement it stands in;
 * one in a nested function, or in a statement the collector does not place, is unplaced, which makes
 * the headers of that response unknown.
 */
function escapes(variable: TSESLint.Scope.Variable, handOvers: ReadonlySet<TSESTree.Node>, statements: ReadonlyMap<TSESTree.Node, Position>): ResponseEvent[] {
  const found: ResponseEvent[] = [];
  for (const reference of variable.references) {
    const use = reference.identifier;
    if (!isEscape(use, handOvers)) continue;
    const statement = placedStatement(use, statements);
    found.push({ kind: 'escape', node: use, position: statement ? { ...statement, at: use.range[1] } : UNPLACED });
  }
  return found;
}

function isEscape(use: TSESTree.Node, handOvers: ReadonlySet<TSESTree.Node>): boolean {
  const parent = use.parent;
  if (!parent) return false;
  if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(use as TSESTree.Expression)) {
    return !handOvers.has(parent);
  }
  if (parent.type === AST_NODE_TYPES.ReturnStatement || parent.type === AST_NODE_TYPES.SpreadElement) return true;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === use) return true;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === use) return true;
  if (parent.type === AST_NODE_TYPES.Property && parent.value === use) return true;
  return parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === use;
}

/** The placed statement `node` stands in, within its own function; undefined past a function boundary. */
function placedStatement(node: TSESTree.Node, statements: ReadonlyMap<TSESTree.Node, Position>): Position | undefined {
  for (let current = node.parent; current; current = current.parent) {
    const position = statements.get(current);
    if (position) return position;
    if (isFunction(current)) return undefined;
  }
  return undefined;
}
