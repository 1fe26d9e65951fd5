import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { statementsBetween } from '../../../../src/analysis/ast/statementsBetween.js';

/** The statements of `code`'s first function body (or of the program), with parents set. */
function statements(code: string): TSESTree.Statement[] {
  const program = parse(code, { range: true, loc: true });
  const setParents = (node: TSESTree.Node, parent?: TSESTree.Node) => {
    (node as { parent?: TSESTree.Node }).parent = parent;
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string' && child !== parent) setParents(child as TSESTree.Node, node);
      }
    }
  };
  setParents(program);
  const first = program.body[0];
  return first?.type === AST_NODE_TYPES.FunctionDeclaration ? first.body.body : program.body;
}

describe('statementsBetween', () => {
  it('gives the statements between two of one list, in either order', () => {
    const [a, b, c] = statements('function f() { a(); b(); c(); }');
    expect(statementsBetween(a!, c!)).toEqual([b]);
    expect(statementsBetween(c!, a!)).toEqual([b]);
    expect(statementsBetween(a!, b!)).toEqual([]);
  });

  it('is undefined when the list is left between them, or they are in different lists', () => {
    const [a, , c] = statements('function f() { a(); return; c(); }');
    expect(statementsBetween(a!, c!)).toBeUndefined();
    const [first, branch] = statements('function f() { a(); if (x) { b(); } }');
    const inner = ((branch as TSESTree.IfStatement).consequent as TSESTree.BlockStatement).body[0]!;
    expect(statementsBetween(first!, inner)).toBeUndefined();
  });
});
