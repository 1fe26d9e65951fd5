// What the BUILT plugin gets for `@typescript-eslint/utils` (and its `/eslint-utils` entry): tsup.config.ts
// resolves those imports to this module. The rules use a few values of that package (AST node types, two
// scope enums, the rule factory), but depending on it at run time makes npm install its required peer
// `typescript` (24 MB) for every JavaScript-only user. The values come from `@typescript-eslint/types` and
// `@typescript-eslint/scope-manager` (no `typescript` peer); the two small functions are written here.
// Tests and type-checking keep the real package (a devDependency), and
// tests/src/runtime/typescriptEslintUtils.test.ts checks that this module gives the same values and results.
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import { DefinitionType, ScopeType } from '@typescript-eslint/scope-manager';

export { AST_NODE_TYPES, AST_TOKEN_TYPES };

/**
 * A namespace object that throws on a member this module does not provide, so that a rule starting to use
 * one fails loudly in the built package's checks (`npm run lint`, `npm run test:smoke`) instead of reading
 * `undefined`. A named import this module lacks already fails the build.
 */
function namespace<T extends object>(name: string, members: T): T {
  return new Proxy(members, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target)) {
        throw new Error(`${name}.${key} is not in src/runtime/typescriptEslintUtils.ts, the built plugin's @typescript-eslint/utils: add it there.`);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

export const TSESLint = namespace('TSESLint', { Scope: namespace('TSESLint.Scope', { DefinitionType, ScopeType }) });

type Options = readonly unknown[];

export function isObjectNotArray(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A new object: `second`'s properties over `first`'s, objects (not arrays) merged key by key. */
export function deepMerge(first: Record<string, unknown> = {}, second: Record<string, unknown> = {}): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(first), ...Object.keys(second)])) {
    const [a, b] = [first[key], second[key]];
    if (!(key in second)) merged[key] = a;
    else if (key in first && isObjectNotArray(a) && isObjectNotArray(b)) merged[key] = deepMerge(a, b);
    else merged[key] = b;
  }
  return merged;
}

/** The options a rule runs with: each default, with the user's option at that position merged over it. */
export function applyDefault<T extends Options>(defaults: Readonly<T>, user: Options | null | undefined): T {
  const options = structuredClone(defaults) as unknown as unknown[];
  if (user == null) return options as unknown as T;
  options.forEach((option, index) => {
    const given = user[index];
    if (given === undefined) return;
    options[index] = isObjectNotArray(given) && isObjectNotArray(option) ? deepMerge(option, given) : given;
  });
  return options as unknown as T;
}

interface RuleDefinition {
  name: string;
  meta: { docs?: object; defaultOptions?: Options };
  defaultOptions?: Options;
  create: (context: { options: Options }, options: Options) => unknown;
}

/** A rule factory that sets `meta.docs.url` from the rule's name and hands `create` its options with defaults. */
export function RuleCreator(urlCreator: (name: string) => string) {
  return function createNamedRule({ name, meta, defaultOptions, create }: RuleDefinition) {
    const defaults = meta.defaultOptions ?? defaultOptions ?? [];
    return {
      name,
      meta: { ...meta, docs: { ...meta.docs, url: urlCreator(name) } },
      defaultOptions,
      create: (context: { options: Options }) => create(context, applyDefault(defaults, context.options)),
    };
  };
}

export const ESLintUtils = namespace('ESLintUtils', { RuleCreator, applyDefault, deepMerge, isObjectNotArray });
