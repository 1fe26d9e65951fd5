// The project's own lint config: typescript-eslint (type-checked) everywhere, eslint-plugin-eslint-plugin's
// recommended sets for rules/ and for the RuleTester calls in tests/. Not linted here: examples/ (violations
// on purpose; our own rules lint it in `npm run demo` and tests/examples.test.ts), tests/fixtures/, dist/.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  {
    name: 'project/ignores',
    ignores: ['dist/', 'coverage/', 'examples/', 'tests/fixtures/'],
  },
  {
    name: 'project/base',
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Plain Node scripts and config files are not part of the TypeScript program.
    name: 'project/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    name: 'project/rules',
    files: ['rules/**/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
    // Beyond the recommended set: the house rules for rule meta (tests/structure.test.ts checks the rest).
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Require|Disallow|Enforce|Prefer)' }],
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-docs-url': 'off', // createRule builds the URL.
    },
  },
  {
    name: 'project/tests',
    files: ['tests/**/*.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
    rules: {
      'eslint-plugin/consistent-output': 'error',
      'eslint-plugin/prefer-output-null': 'error',
    },
  },
]);
