import { Linter } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';

import { REQUIRED_HEADERS, type RequiredHeader } from '../../../../src/analysis/server/requiredHeaders.js';
import plugin from '../../../../src/index.js';

const rows = Object.entries(REQUIRED_HEADERS as Record<string, RequiredHeader>);

const lint = (rule: string, code: string) =>
  new Linter({ configType: 'flat' }).verify(code, [
    {
      files: ['**/*.ts'],
      plugins: { 'http-status': plugin },
      rules: { [`http-status/${rule}`]: 'error' },
      languageOptions: { parser: parser },
    },
  ], 'handler.ts');

/** The snippet with the helper's method renamed away, so that it no longer sets the header. */
const withoutHelper = (code: string): string => code.replace(/\.(location|created|redirect)\(/, '.other(');

describe.each(rows)('the %s row', (name, row) => {
  it('is a rule of the plugin, with the row’s requirement and specification', () => {
    const rule = (plugin.rules as unknown as Record<string, { meta: { docs: Record<string, unknown> } }>)[name];
    expect(rule?.meta.docs.requirement).toBe(row.requirement);
    expect(rule?.meta.docs.specification).toBe(row.specification);
  });

  it.each(row.setBy)('knows a helper that sets the header: %s', (code) => {
    expect(lint(name, code)).toEqual([]);
  });
});

describe('a helper the table lists', () => {
  // The snippets are silent because of the helper, not because no site is seen: without it they are reported.
  it.each([
    ['require-201-location', REQUIRED_HEADERS['require-201-location'].setBy[0]],
    ['require-redirect-location', REQUIRED_HEADERS['require-redirect-location'].setBy[1]],
    ['require-redirect-location', REQUIRED_HEADERS['require-redirect-location'].setBy[4]],
  ])('%s: %s is reported without it', (name, code) => {
    expect(lint(name, withoutHelper(code)).map((message) => message.ruleId)).toEqual([`http-status/${name}`]);
  });
});
