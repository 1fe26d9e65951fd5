// Proves which ESLint the tests run on: `npm test` uses the devDependency (ESLint 10), `npm run test:eslint9`
// aliases `eslint` to `eslint-v9` (vitest.eslint9.config.ts) and sets ESLINT_MAJOR=9.
import { ESLintUtils } from '@typescript-eslint/utils';
import { Linter, SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';

import pkg from '../package.json' with { type: 'json' };
import { ruleTester } from './ruleTester.js';

const devDependencyMajor = /\d+/.exec(pkg.devDependencies.eslint)?.[0];
const expectedMajor = process.env.ESLINT_MAJOR ?? devDependencyMajor;

describe('ESLint under test', () => {
  it(`is ESLint ${expectedMajor}`, () => {
    expect(Linter.version.split('.')[0]).toBe(expectedMajor);
  });
});

// The shared RuleTester must run on that same ESLint: its SourceCode objects come from the `eslint` imported above.
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'sameEslint' | 'otherEslint'>({
  meta: { type: 'problem', messages: { sameEslint: 'Same ESLint.', otherEslint: 'Another ESLint.' }, schema: [] },
  defaultOptions: [],
  create(context) {
    return {
      Program(node) {
        context.report({ node, messageId: context.sourceCode instanceof SourceCode ? 'sameEslint' : 'otherEslint' });
      },
    };
  },
});

ruleTester.run('eslint-version-probe', probe, {
  valid: [],
  invalid: [{ code: 'probe();', errors: [{ messageId: 'sameEslint', line: 1, column: 1 }] }],
});
