import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { functionName, isFunction } from '../ast/functions.js';

/** Mocking calls whose arguments stand in for a remote server's answer. */
const MOCK_METHODS = new Set([
  'spyOn',
  'spy',
  'stub',
  'mockImplementation',
  'mockImplementationOnce',
  'mockResolvedValue',
  'mockResolvedValueOnce',
  'mockReturnValue',
  'mockReturnValueOnce',
  'resolves',
  'returns',
  'callsFake',
]);
/** Names of hand-written doubles: `createMockFetch`, `fakeServer`, `stubFetch`. */
const DOUBLE_NAME = /mock|fake|stub/i;
/** `vi.fn(…)`, `jest.fn(…)`, `mock.fn(…)` (node:test). */
const MOCK_FACTORIES = new Set(['vi', 'jest', 'mock']);

/**
 * Whether a response object is a test double of a *remote* server, which the client under test receives:
 * it sits in the arguments of a mocking call (`vi.fn(() => new Response(null, { status: 401 }))`,
 * `stub(globalThis, 'fetch', …)`, `mockResolvedValue(…)`, sinon's `.resolves(…)`), or in a function assigned
 * to `fetch` (`globalThis.fetch = async () => …`), or in a function named as a double (`createMockFetch`,
 * `fakeServer`, `stubApi`). Such a response is no response of the code being linted.
 * Service workers' `event.respondWith(…)` and Workers' `{ fetch() {…} }` are real servers and not matched.
 */
export function isTestDouble(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (parent && parent.type !== AST_NODE_TYPES.Program) {
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(child as TSESTree.CallExpressionArgument) && isMockCall(parent)) {
      return true;
    }
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === child && isFetch(parent.left)) return true;
    if (isFunction(parent) && DOUBLE_NAME.test(functionName(parent) ?? '')) return true;
    child = parent;
    parent = parent.parent;
  }
  return false;
}

function isMockCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return MOCK_METHODS.has(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  const name = callee.property.name;
  if (MOCK_METHODS.has(name)) return true;
  return name === 'fn' && callee.object.type === AST_NODE_TYPES.Identifier && MOCK_FACTORIES.has(callee.object.name);
}

/** `fetch`, `globalThis.fetch`, `window.fetch`, `global.fetch`. */
function isFetch(target: TSESTree.Node): boolean {
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'fetch';
  return (
    target.type === AST_NODE_TYPES.MemberExpression &&
    !target.computed &&
    target.property.type === AST_NODE_TYPES.Identifier &&
    target.property.name === 'fetch'
  );
}
