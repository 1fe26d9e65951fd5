import type { TSESLint } from '@typescript-eslint/utils';

type Listener = (...args: never[]) => void;

/**
 * Combines listeners so that several handlers may listen to the same node type. Runs once per file that
 * wakes a rule, mostly before V8 has optimised it: plain loops, no `Object.entries` pairs.
 */
export function mergeListeners(listeners: readonly TSESLint.RuleListener[]): TSESLint.RuleListener {
  const handlers = new Map<string, Listener[]>();
  for (const listener of listeners) {
    const record = listener as Record<string, Listener | undefined>;
    for (const selector of Object.keys(record)) {
      const handler = record[selector];
      if (!handler) continue;
      const list = handlers.get(selector);
      if (list) list.push(handler);
      else handlers.set(selector, [handler]);
    }
  }
  const merged: Record<string, Listener> = {};
  for (const [selector, list] of handlers) {
    // Every argument passes on: code path events give more than the node (`onCodePathStart(path, node)`).
    merged[selector] =
      list.length === 1
        ? list[0]!
        : (...args: never[]) => {
            for (let index = 0; index < list.length; index++) list[index]!(...args);
          };
  }
  return merged;
}
