import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { statusMentionPattern } from '../status/mentionsStatus.js';
import { ADAPTERS } from './adapters/index.js';
import { mergeHeaderEvidence } from './headerEvidence.js';
import { receiverKey, type ReceiverKey } from './receiverKey.js';
import type { AdapterApi, PendingStatus } from './AdapterApi.js';
import { NO_HEADERS, UNKNOWN_HEADERS, type HeaderEvidence, type ResponseSite } from './ResponseSite.js';

interface ReceiverEvent<T> {
  receiver: TSESTree.Node;
  value: T;
}

/** A cheap first grouping of receivers, by name (`res`) or text (`this.res`); variables are told apart at the end. */
const receiverName = (receiver: TSESTree.Node, context: Context): string =>
  receiver.type === AST_NODE_TYPES.Identifier ? receiver.name : context.sourceCode.getText(receiver);

interface Subscriber {
  readonly ruleId: string;
  readonly statuses: ReadonlySet<number>;
  readonly onSite: (site: ResponseSite) => void;
}

interface SharedCollection {
  readonly subscribers: Subscriber[];
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
 * A file whose text names none of `statuses` gets no listener at all.
 */
export function collectResponseSites(
  context: Context,
  statuses: ReadonlySet<number>,
  onSite: (site: ResponseSite) => void,
): TSESLint.RuleListener {
  // Most files never name a status: decided here, once per rule and file, with no listener left behind.
  if (!mayMention(context, statuses)) return {};
  const subscriber: Subscriber = { ruleId: context.id, statuses, onSite };
  const existing = collections.get(context.sourceCode);
  if (existing && !existing.subscribers.some((other) => other.ruleId === context.id)) {
    existing.subscribers.push(subscriber);
    for (const status of statuses) existing.wanted.add(status);
    return {};
  }
  const shared: SharedCollection = { subscribers: [subscriber], wanted: new Set(statuses) };
  collections.set(context.sourceCode, shared);
  return runAdapters(context, shared.wanted, (site) => {
    for (const { statuses: wanted, onSite: handle } of shared.subscribers) if (wanted.has(site.status)) handle(site);
  });
}

const patterns = new Map<string, RegExp>();

/**
 * Whether the file may name one of `statuses` (see `statusMentionPattern`). With type information a status
 * may come from another file's types, so typed linting always looks.
 */
function mayMention(context: Context, statuses: ReadonlySet<number>): boolean {
  if (context.sourceCode.parserServices?.program) return true;
  const key = [...statuses].sort().join(',');
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = statusMentionPattern(statuses);
    patterns.set(key, pattern);
  }
  return pattern.test(context.sourceCode.text);
}

/** Runs every adapter over the file, for the statuses in `statuses`, and joins receiver evidence at the end. */
function runAdapters(context: Context, statuses: ReadonlySet<number>, onSite: (site: ResponseSite) => void): TSESLint.RuleListener {
  const statusEvents: ReceiverEvent<PendingStatus>[] = [];
  const headerEvents = new Map<string, ReceiverEvent<HeaderEvidence | (() => HeaderEvidence)>[]>();

  const api: AdapterApi = {
    context,
    wants: (status): status is number => status !== undefined && statuses.has(status),
    site: (site) => {
      if (statuses.has(site.status)) onSite(site);
    },
    receiverStatus: (receiver, status) => {
      if (statuses.has(status.status)) statusEvents.push({ receiver, value: status });
    },
    receiverHeaders: (receiver, evidence) => {
      const name = receiverName(receiver, context);
      const list = headerEvents.get(name);
      if (list) list.push({ receiver, value: evidence });
      else headerEvents.set(name, [{ receiver, value: evidence }]);
    },
  };

  const listener = mergeListeners(ADAPTERS.map((adapter) => adapter(api)));
  const programExit = listener['Program:exit'];
  listener['Program:exit'] = (node: TSESTree.Program) => {
    programExit?.(node);
    const evidenceByKey = new Map<ReceiverKey, HeaderEvidence>();
    const handOvers = new Set<TSESTree.Node>(statusEvents.flatMap(({ value }) => (value.via ? [value.via] : [])));
    for (const { receiver, value: status } of statusEvents) {
      const key = receiverKey(receiver, context);
      let shared = evidenceByKey.get(key);
      if (!shared) {
        const parts = (headerEvents.get(receiverName(receiver, context)) ?? [])
          .filter((event) => receiverKey(event.receiver, context) === key)
          .map((event) => (typeof event.value === 'function' ? event.value() : event.value));
        if (typeof key !== 'string' && receiverEscapes(key, handOvers)) parts.push(UNKNOWN_HEADERS);
        shared = mergeHeaderEvidence(...parts);
        evidenceByKey.set(key, shared);
      }
      onSite({ ...status, headers: mergeHeaderEvidence(shared, status.headers ?? NO_HEADERS) });
    }
  };
  return listener;
}

/**
 * A response object handed to other code may get headers we cannot see: `setAuthHeaders(res)`,
 * `Object.assign(res, …)`, `this.res = res`, `return ctx`. Asked only for receivers with a wanted status.
 */
function receiverEscapes(variable: TSESLint.Scope.Variable, handOvers: ReadonlySet<TSESTree.Node>): boolean {
  for (const reference of variable.references) {
    const use = reference.identifier;
    const parent = use.parent;
    if (!parent) continue;
    if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(use as TSESTree.Expression)) {
      if (handOvers.has(parent)) continue;
      return true;
    }
    if (parent.type === AST_NODE_TYPES.ReturnStatement || parent.type === AST_NODE_TYPES.SpreadElement) return true;
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === use) return true;
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === use) return true;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === use) return true;
    if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === use) return true;
  }
  return false;
}

/** Combines listeners so that several adapters may listen to the same node type. */
export function mergeListeners(listeners: TSESLint.RuleListener[]): TSESLint.RuleListener {
  const handlers = new Map<string, ((node: never) => void)[]>();
  for (const listener of listeners) {
    for (const [selector, handler] of Object.entries(listener)) {
      if (!handler) continue;
      const list = handlers.get(selector) ?? [];
      list.push(handler);
      handlers.set(selector, list);
    }
  }
  const merged: Record<string, (node: never) => void> = {};
  for (const [selector, list] of handlers) {
    merged[selector] = list.length === 1 ? list[0]! : (node) => {
      for (const handler of list) handler(node);
    };
  }
  return merged;
}
