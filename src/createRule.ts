import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { applyDefault } from '@typescript-eslint/utils/eslint-utils';

import { plainContext } from './plainContext.js';

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

const namedRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(docsUrl);

type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Parameters<typeof namedRule<Options, MessageIds>>[0];

/**
 * The one typed rule factory: docs URLs point to `docs/rules/<rule>.md` in the repository.
 *
 * `RuleCreator`'s own `create` deep-merges `meta.defaultOptions` into the options in every file it lints
 * (a clone of every option object, measured at about 66 µs per file for our three rules). ESLint 9.15+
 * already applies `meta.defaultOptions` to `context.options` in flat config, so the options pass through as
 * ESLint gives them; only options that come without the defaults (an older host, a hand-made context) are
 * merged here.
 *
 * The rule gets a plain copy of the context (`plainContext`), so that V8's optimised code keeps no file alive.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  definition: Readonly<RuleDefinition<Options, MessageIds>>,
): TSESLint.RuleModule<MessageIds, Options, HttpStatusRuleDocs> & { name: string } {
  const rule = namedRule(definition);
  const defaults = (definition.meta.defaultOptions ?? []) as unknown as Options;
  return {
    ...rule,
    create(context) {
      const options = context.options.length >= defaults.length ? context.options : applyDefault(defaults, context.options);
      return definition.create(plainContext(context), options as Options);
    },
  };
}
