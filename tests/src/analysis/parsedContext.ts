import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { expect } from 'vitest';

import type { Context } from '../../../src/analysis/ast/Context.js';

/**
 * The context ESLint gives a rule's `create()` for `code`, parsed by typescript-eslint (tokens, scopes and
 * all), for tests of what rules decide in `create()` from the text and its tokens.
 */
export function parsedContext(code: string): Context {
  let captured: Context | undefined;
  const probe = {
    meta: { type: 'problem' as const, schema: [] },
    create(context: unknown) {
      captured = context as Context;
      return {};
    },
  };
  const messages = new Linter().verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { p: { rules: { probe } } }, rules: { 'p/probe': 'error' } }],
    'file.ts',
  );
  expect(messages).toEqual([]);
  return captured!;
}

/**
 * `parsedContext(code)` whose tree (and so its tokens) counts how often it is read: a test that a gate reads a
 * file once however many rules ask.
 */
export function countedContext(code: string): { context: Context; reads: { count: number } } {
  const reads = { count: 0 };
  const { sourceCode } = parsedContext(code);
  const counted = {
    parserServices: sourceCode.parserServices,
    text: sourceCode.text,
    get ast() {
      reads.count += 1;
      return sourceCode.ast;
    },
  };
  return { context: { sourceCode: counted } as unknown as Context, reads };
}
