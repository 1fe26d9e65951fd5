import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { calleeName } from '../ast/calleeName.js';
import type { AdapterHandlers } from './AdapterApi.js';
import { mergeListeners } from '../ast/mergeListeners.js';

type Handler<T> = (node: T) => void;

/** Handlers by name; a `Map`, so that a name like `constructor` or `toString` finds nothing inherited. */
function byName<T>(handlers: readonly AdapterHandlers[], pick: (handlers: AdapterHandlers) => Readonly<Record<string, Handler<T>>> | undefined): Map<string, Handler<T>[]> {
  const map = new Map<string, Handler<T>[]>();
  for (const adapter of handlers) {
    for (const [name, handler] of Object.entries(pick(adapter) ?? {})) {
      const list = map.get(name);
      if (list) list.push(handler);
      else map.set(name, [handler]);
    }
  }
  return map;
}

const run = <T>(list: readonly Handler<T>[] | undefined, node: T) => {
  if (list) for (const handler of list) handler(node);
};

/**
 * One listener per node type for every adapter: a call, `new` or assignment is named once (`calleeName`,
 * the assigned property) and handed to the handlers declared for that name, then to the `anyCall`/`anyNew`
 * handlers; the adapters' other listeners are merged alongside.
 */
export function dispatchHandlers(handlers: readonly AdapterHandlers[]): TSESLint.RuleListener {
  const calls = byName(handlers, (adapter) => adapter.calls);
  const news = byName(handlers, (adapter) => adapter.news);
  const assignments = byName(handlers, (adapter) => adapter.assignments);
  const anyCalls = handlers.flatMap((adapter) => (adapter.anyCall ? [adapter.anyCall] : []));
  const anyNews = handlers.flatMap((adapter) => (adapter.anyNew ? [adapter.anyNew] : []));
  const dispatcher: TSESLint.RuleListener = {
    CallExpression(call) {
      const name = calleeName(call.callee);
      if (name !== undefined) run(calls.get(name), call);
      run(anyCalls, call);
    },
    NewExpression(node) {
      const name = calleeName(node.callee);
      if (name !== undefined) run(news.get(name), node);
      run(anyNews, node);
    },
    AssignmentExpression(assignment: TSESTree.AssignmentExpression) {
      const left = assignment.left;
      if (assignment.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression || left.computed || left.property.type !== AST_NODE_TYPES.Identifier) return;
      run(assignments.get(left.property.name), assignment);
    },
  };
  return mergeListeners([dispatcher, ...handlers.map((adapter) => adapter.listeners ?? {})]);
}
