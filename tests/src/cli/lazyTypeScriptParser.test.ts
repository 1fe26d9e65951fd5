import { createRequire } from 'node:module';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { lazyTypeScriptParser } from '../../../src/cli/lazyTypeScriptParser.js';

const require = createRequire(import.meta.url);

describe('lazyTypeScriptParser', () => {
  it('names the real parser and its version, so ESLint can cache a config that holds it', () => {
    expect(lazyTypeScriptParser.meta).toEqual({
      name: '@typescript-eslint/parser',
      version: (require('@typescript-eslint/parser/package.json') as { version: string }).version,
    });
  });

  it('parses TypeScript through @typescript-eslint/parser once asked to', () => {
    const messages = new Linter({ configType: 'flat' }).verify(
      'const status: number = 401 as const;\nexport type Code = typeof status;',
      [{ files: ['**/*.ts'], languageOptions: { parser: lazyTypeScriptParser }, rules: { 'no-unused-vars': 'error' } }],
      'file.ts',
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });
});
