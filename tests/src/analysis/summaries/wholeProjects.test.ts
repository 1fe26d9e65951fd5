import path from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { lintConfig } from '../../../../src/cli/lintConfig.js';

const ROOT = path.join(import.meta.dirname, '../../../..');

// The summaries parse every module a linted file imports from: whole code bases must lint without a thrown
// error and end (import cycles, barrels, broken and declaration-only modules included).
describe('summaries on whole projects', () => {
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: lintConfig({ preset: 'all' }) });

  it('lints this repository’s own sources and every fixture without a thrown error', async () => {
    const results = await eslint.lintFiles(['src', 'rules', 'tests/fixtures/summaries', 'tests/fixtures/summaries-typed', 'examples']);
    expect(results.length).toBeGreaterThan(100);
    const fatal = results.filter((result) => result.messages.some((message) => message.fatal)).map((result) => path.relative(ROOT, result.filePath));
    // Only the file that does not parse on purpose.
    expect(fatal).toEqual([path.join('tests', 'fixtures', 'summaries', 'lib', 'broken.ts')]);
  });

  it('follows a helper of a JavaScript module, parsed with espree like the file that imports it', async () => {
    const [result] = await eslint.lintFiles(['tests/fixtures/summaries/js/app.mjs']);
    expect(result!.messages.map(({ ruleId, line, column }) => `${ruleId} ${line}:${column}`)).toEqual(['http-status/require-401-www-authenticate 6:45']);
  });
});
