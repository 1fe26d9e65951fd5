import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { constantNames } from '../../../../src/analysis/ast/constantNames.js';

/** The names `constantNames` gives for `code`, read from the SourceCode ESLint builds for it. */
function namesOf(code: string): string[] {
  let names: ReadonlySet<string> = new Set();
  const probe = {
    meta: { type: 'problem' as const, schema: [] },
    create(context: { sourceCode: unknown }) {
      names = constantNames(context.sourceCode as TSESLint.SourceCode);
      return {};
    },
  };
  const messages = new Linter().verify(code, [{ files: ['**/*.js'], languageOptions: { sourceType: 'module' }, plugins: { p: { rules: { probe: probe } } }, rules: { 'p/probe': 'error' } }], 'file.js');
  expect(messages).toEqual([]);
  return [...names].sort();
}

describe('constantNames', () => {
  it('names imports, constants, destructured bindings and requires', () => {
    const code = `
      import { UNAUTHORIZED, StatusCodes as Codes } from 'http-status-codes';
      import express from 'express';
      const status = 401;
      const alias = status;
      const member = Codes.ACCEPTED;
      const options = { status: 202 };
      const { ACCEPTED } = require('http-status-codes');
      const http = require('http');
      let counted = 0;
    `;
    expect(namesOf(code)).toEqual(['ACCEPTED', 'Codes', 'UNAUTHORIZED', 'alias', 'counted', 'http', 'member', 'options', 'status']);
  });

  it('leaves out what no constant comes from: parameters, call results, functions, bare lets', () => {
    const code = `
      const result = compute();
      let later;
      function handler(req, res, next) { const body = [res]; return body; }
      class Thing {}
    `;
    expect(namesOf(code)).toEqual([]);
  });

  it('goes by name: a parameter named as a constant elsewhere in the file is kept, so it is still looked up', () => {
    const code = `
      const code = 401;
      function send(res, code) { res.status(code).end(); }
    `;
    expect(namesOf(code)).toEqual(['code']);
  });
});
