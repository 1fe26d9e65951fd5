import { ESLintUtils } from '@typescript-eslint/utils';

/** Docs every rule of this plugin carries; configs and the README are derived from them. */
export interface HttpStatusRuleDocs {
  /** Whether the rule is in `recommended`; its level there follows `requirement`. */
  recommended: boolean;
  /** The strength of the RFC requirement the rule enforces: MUST → `error`, SHOULD → `warn`. */
  requirement: 'MUST' | 'SHOULD';
  /** The section of the specification the rule rests on, e.g. `RFC 9110 §15.5.2`. */
  specification: string;
  /** True when the rule only works with type information (none does yet: types only sharpen them). */
  requiresTypeChecking?: boolean;
  /**
   * True when `recommended` and `strict` turn the rule off for test files (`TEST_FILES` in configs.ts): the
   * server rules, whose findings there are mock servers answering a client under test.
   */
  skipInTests?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

export const docsUrl = (ruleName: string): string => `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;

/** The one typed rule factory: docs URLs point to `docs/rules/<rule>.md` in the repository. */
export const createRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(docsUrl);
