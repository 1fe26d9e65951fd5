import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';

import { loadModule } from '../../../../src/analysis/summaries/loadModule.js';
import { FIXTURES, TS_CONTEXT } from './fixtureModule.js';

const dir = mkdtempSync(path.join(tmpdir(), 'http-status-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadModule', () => {
  it('parses a module with the linted file’s parser, into a context the readers accept', () => {
    const module = loadModule(path.join(FIXTURES, 'lib/http.ts'), TS_CONTEXT)!;
    expect(module.sourceCode.ast.type).toBe(AST_NODE_TYPES.Program);
    expect(module.filename).toBe(path.join(FIXTURES, 'lib/http.ts'));
    // ESLint's traversal set the parents, and the scopes are there.
    const first = module.sourceCode.ast.body[0]!;
    expect(first.parent).toBe(module.sourceCode.ast);
    expect(module.sourceCode.scopeManager?.globalScope).toBeTruthy();
  });

  it('parses each file once while it is unchanged, again when its size or time changes', () => {
    const file = path.join(dir, 'helper.ts');
    writeFileSync(file, 'export const a = 1;\n');
    const first = loadModule(file, TS_CONTEXT);
    expect(loadModule(file, TS_CONTEXT)).toBe(first);
    writeFileSync(file, 'export const a = 401;\n');
    const second = loadModule(file, TS_CONTEXT);
    expect(second).not.toBe(first);
    expect(second?.sourceCode.text).toContain('401');
  });

  it('gives nothing for a file that does not parse, is missing, or is too large to be a helper', () => {
    expect(loadModule(path.join(FIXTURES, 'lib/broken.ts'), TS_CONTEXT)).toBeUndefined();
    expect(loadModule(path.join(FIXTURES, 'lib/missing.ts'), TS_CONTEXT)).toBeUndefined();
    const large = path.join(dir, 'bundle.js');
    writeFileSync(large, `export const data = ${JSON.stringify('x'.repeat(600 * 1024))};\n`);
    expect(loadModule(large, TS_CONTEXT)).toBeUndefined();
  });

  it('drops type information: a module is read syntactically, whatever the linted file’s project', () => {
    const typed = { ...TS_CONTEXT, languageOptions: { ...TS_CONTEXT.languageOptions, parserOptions: { projectService: true, project: './tsconfig.json' } } };
    const module = loadModule(path.join(FIXTURES, 'lib/errors.ts'), typed)!;
    expect(module.sourceCode.parserServices?.program).toBeFalsy();
  });
});
