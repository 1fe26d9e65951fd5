import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { calleeName } from '../ast/calleeName.js';
import type { Adapter, AdapterApi, AdapterHandlers } from './AdapterApi.js';
import { mergeListeners } from '../ast/mergeListeners.js';

type Handler<T> = (node: T) => void;
type Table<T> = Readonly<Record<string, Handler<T>>>;
type Kind = 'calls' | 'news' | 'assignments';

/**
 * For each kind of named handler, every name any adapter handles, with the indexes (in the adapters' list)
 * of the adapters that handle it. A `Map`, so that a call named `constructor` or `toString` finds nothing
 * inherited.
 */
type Owners = Readonly<Record<Kind, ReadonlyMap<string, readonly number[]>>>;

/**
 * The owners of each adapters' list, read from the handlers of the first file it runs on: an adapter's
 * names are the same in every file (`AdapterHandlers`; `tests/src/analysis/server/dispatchHandlers.test.ts`
 * checks each adapter on files of every framework). Per file, the collector then only makes the adapters'
 * handlers: with the maps built anew in every woken file, that setup took 102 µs there, now 81 µs
 * (`docs/architecture.md`, Cost).
 */
const ownersOf = new WeakMap<readonly Adapter[], Owners>();

function readOwners(handlers: readonly AdapterHandlers[]): Owners {
  const owners = { calls: new Map<string, number[]>(), news: new Map<string, number[]>(), assignments: new Map<string, number[]>() };
  for (const kind of ['calls', 'news', 'assignments'] as const) {
    const map = owners[kind];
    handlers.forEach((adapter, index) => {
      for (const name of Object.keys(adapter[kind] ?? {})) {
        const list = map.get(name);
        if (list) list.push(index);
        else map.set(name, [index]);
      }
    });
  }
  return owners;
}

/**
 * Runs every adapter in `adapters` for one file and gives one listener per node type for all of them: a
 * call, `new` or assignment is named once (`calleeName`, the assigned property) and handed to the handlers
 * declared for that name, then to the `anyCall`/`anyNew` handlers; the adapters' other listeners are merged
 * alongside.
 */
export function dispatchHandlers(adapters: readonly Adapter[], api: AdapterApi): TSESLint.RuleListener {
  const handlers = adapters.map((adapter) => adapter(api));
  let owners = ownersOf.get(adapters);
  if (!owners) {
    owners = readOwners(handlers);
    ownersOf.set(adapters, owners);
  }
  const { calls, news, assignments } = owners;
  // Per adapter, its tables, read here once rather than at every node.
  const callTables = handlers.map((adapter): Table<TSESTree.CallExpression> | undefined => adapter.calls);
  const newTables = handlers.map((adapter): Table<TSESTree.NewExpression> | undefined => adapter.news);
  const assignmentTables = handlers.map((adapter): Table<TSESTree.AssignmentExpression> | undefined => adapter.assignments);
  const anyCalls: Handler<TSESTree.CallExpression>[] = [];
  const anyNews: Handler<TSESTree.NewExpression>[] = [];
  const listeners: TSESLint.RuleListener[] = [];
  for (const adapter of handlers) {
    if (adapter.anyCall) anyCalls.push(adapter.anyCall);
    if (adapter.anyNew) anyNews.push(adapter.anyNew);
    if (adapter.listeners) listeners.push(adapter.listeners);
  }
  const dispatcher: TSESLint.RuleListener = {
    CallExpression(call) {
      const name = calleeName(call.callee);
      if (name !== undefined) run(callTables, calls.get(name), name, call);
      for (let index = 0; index < anyCalls.length; index++) anyCalls[index]!(call);
    },
    NewExpression(node) {
      const name = calleeName(node.callee);
      if (name !== undefined) run(newTables, news.get(name), name, node);
      for (let index = 0; index < anyNews.length; index++) anyNews[index]!(node);
    },
    AssignmentExpression(assignment: TSESTree.AssignmentExpression) {
      const left = assignment.left;
      if (assignment.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression || left.computed || left.property.type !== AST_NODE_TYPES.Identifier) return;
      const name = left.property.name;
      run(assignmentTables, assignments.get(name), name, assignment);
    },
  };
  return mergeListeners([dispatcher, ...listeners]);
}

/** Hands `node` to the handler for `name` of each adapter in `owners` (indexes into `tables`). */
function run<T>(tables: readonly (Table<T> | undefined)[], owners: readonly number[] | undefined, name: string, node: T): void {
  if (owners === undefined) return;
  for (let index = 0; index < owners.length; index++) tables[owners[index]!]?.[name]?.(node);
}
