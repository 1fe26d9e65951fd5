import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { resolveModulePath } from '../../../../src/analysis/summaries/resolveModulePath.js';
import { FIXTURES } from './fixtureModule.js';

const from = path.join(FIXTURES, 'routes.ts');
const lib = (file: string) => path.join(FIXTURES, 'lib', file);

describe('resolveModulePath', () => {
  it('tries the source extensions, TypeScript first', () => {
    expect(resolveModulePath('./lib/http', from)).toBe(lib('http.ts'));
  });

  it('reads `.js` written for a `.ts` file as that file', () => {
    expect(resolveModulePath('./lib/http.js', from)).toBe(lib('http.ts'));
  });

  it('resolves a folder to its index', () => {
    expect(resolveModulePath('./lib', from)).toBe(lib('index.ts'));
    expect(resolveModulePath('../summaries/lib/', from)).toBe(lib('index.ts'));
  });

  it('keeps a written extension', () => {
    expect(resolveModulePath('./lib/common.cjs', from)).toBe(lib('common.cjs'));
  });

  it('follows nothing from code linted without a file', () => {
    expect(resolveModulePath('./tests/fixtures/summaries/lib/http', '<input>')).toBeUndefined();
  });

  it('never names a declaration file, a missing file, a package or a file under node_modules', () => {
    expect(resolveModulePath('./lib/types-only', from)).toBeUndefined();
    expect(resolveModulePath('./lib/missing', from)).toBeUndefined();
    expect(resolveModulePath('express', from)).toBeUndefined();
    expect(resolveModulePath('@/lib/http', from)).toBeUndefined();
    const root = path.join(import.meta.dirname, '../../../../package.json');
    expect(resolveModulePath('./node_modules/eslint/lib/api.js', root)).toBeUndefined();
  });
});
