import type { TSESLint } from '@typescript-eslint/utils';

/** The rule context every recogniser takes; rules pass their own. */
export type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
