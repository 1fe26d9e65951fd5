import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import type { FunctionNode } from '../../../../src/analysis/ast/functions.js';
import { sendsOnEveryCall } from '../../../../src/analysis/summaries/sendsOnEveryCall.js';
import { parsedContext } from '../parsedContext.js';

/** Whether the file's first top-level function (a declaration or a `const` arrow) sends its parameter `index` on every call. */
const sends = (code: string, index = 0): boolean => {
  const context = parsedContext(code);
  const [first] = context.sourceCode.ast.body;
  const node: TSESTree.Node | null | undefined = first?.type === AST_NODE_TYPES.VariableDeclaration ? first.declarations[0]?.init : first;
  return sendsOnEveryCall(node as FunctionNode, index, context);
};

describe('sendsOnEveryCall', () => {
  it('holds when a statement every call reaches finishes the response on the parameter', () => {
    expect(sends('function sendError(res, code, message) { log(message); res.status(code).json({ message }); }')).toBe(true);
    expect(sends('const notFound = (res) => res.status(404).end();')).toBe(true);
    expect(sends('function fail(req, res) { if (debug) log(req); res.sendStatus(500); cleanUp(); }', 1)).toBe(true);
  });

  it('does not hold when the send may not happen, or is not a send', () => {
    // A return or a throw may come first; the send is in a branch; the helper is async or a generator.
    expect(sends('function f(res, e) { if (!e) return; res.status(500).json(e); }')).toBe(false);
    expect(sends('function f(res, e) { if (!e) throw e; res.json(e); }')).toBe(false);
    expect(sends('function f(res, e) { if (e) res.json(e); }')).toBe(false);
    expect(sends('async function f(res) { res.json(await load()); }')).toBe(false);
    // Headers only, a write, a head written later, another object's send, another parameter.
    expect(sends("function f(res) { res.set('X', '1'); }")).toBe(false);
    expect(sends("function f(res) { res.write('x'); }")).toBe(false);
    expect(sends("function f(res) { res.sendFile('/a'); }")).toBe(false);
    expect(sends('function f(res) { other.json(res); }')).toBe(false);
    expect(sends('function f(req, res) { res.json(1); }', 0)).toBe(false);
    // A return inside a callback does not leave the helper.
    expect(sends('function f(res) { items.forEach((i) => { if (i) return; }); res.end(); }')).toBe(true);
  });
});
