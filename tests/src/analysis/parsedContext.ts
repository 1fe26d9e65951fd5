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
