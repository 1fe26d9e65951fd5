import type { TSESLint } from '@typescript-eslint/utils';

/** Combines listeners so that several handlers may listen to the same node type. */
export function mergeListeners(listeners: TSESLint.RuleListener[]): TSESLint.RuleListener {
  const handlers = new Map<string, ((...args: never[]) => void)[]>();
  for (const listener of listeners) {
    for (const [selector, handler] of Object.entries(listener)) {
      if (!handler) continue;
      const list = handlers.get(selector) ?? [];
      list.push(handler);
      handlers.set(selector, list);
    }
  }
  const merged: Record<string, (...args: never[]) => void> = {};
  for (const [selector, list] of handlers) {
    // Every argument passes on: code path events give more than the node (`onCodePathStart(path, node)`).
    merged[selector] = list.length === 1 ? list[0]! : (...args: never[]) => {
      for (const handler of list) handler(...args);
    };
  }
  return merged;
}
