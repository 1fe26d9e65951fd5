import { RuleTester } from '@typescript-eslint/rule-tester';

/** The shared tester: TypeScript parser, JSX on, every test file of `tests/rules` uses it. */
export const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});
