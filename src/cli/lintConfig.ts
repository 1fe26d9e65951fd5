import type { Linter } from 'eslint';

import plugin from '../index.js';
import { DEFAULT_IGNORES, ignorePatterns } from './ignorePatterns.js';
import { lazyTypeScriptParser } from './lazyTypeScriptParser.js';

/** Which of the plugin's configs supplies the rules. */
export type Preset = 'recommended' | 'strict' | 'all';

export const JAVASCRIPT_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'];
export const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
/** Every file the CLI lints when it walks a directory. */
export const SOURCE_FILES = [...JAVASCRIPT_FILES, ...TYPESCRIPT_FILES];

export { DEFAULT_IGNORES };

/**
 * Parsers per file kind, no rules: espree with JSX for JavaScript, `@typescript-eslint/parser` for
 * TypeScript (it picks JSX by extension itself, so `<T>x` casts in `.ts` keep working). No type
 * information: the rules only use it to sharpen, and a project service would make the CLI slow.
 */
export function languageConfigs(): Linter.Config[] {
  return [
    {
      name: 'http-status-lint/javascript',
      files: JAVASCRIPT_FILES,
      languageOptions: {
        ecmaVersion: 'latest',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
    {
      name: 'http-status-lint/typescript',
      files: TYPESCRIPT_FILES,
      languageOptions: {
        ecmaVersion: 'latest',
        parser: lazyTypeScriptParser,
      },
    },
  ];
}

/** The plugin's `preset` config, limited to the source files. */
export function rulesConfig(preset: Preset): Linter.Config {
  const [main] = presetConfigs(preset);
  return { ...main, files: SOURCE_FILES };
}

/** The scoped entries that follow a preset's rules: `recommended` and `strict` turn the server rules off in test files. */
export function testFilesConfigs(preset: Preset): Linter.Config[] {
  return presetConfigs(preset).slice(1);
}

const presetConfigs = (preset: Preset): Linter.Config[] => {
  const config = plugin.configs[preset];
  return Array.isArray(config) ? config : [config];
};

/** A global-ignores config of `patterns` (ESLint patterns relative to the run's base path). */
export function ignoreConfig(patterns: readonly string[]): Linter.Config {
  return { name: 'http-status-lint/ignores', ignores: [...patterns] };
}

export interface LintConfigOptions {
  /** Which plugin config supplies the rules. */
  preset: Preset;
  /** Ignore patterns relative to ESLint's `cwd`, as {@link ignorePatterns} makes them. */
  ignores?: readonly string[];
  /** Without `ignores`: lint as if `cwd` were the whole run (its `.gitignore` files, the default ignores). */
  cwd?: string;
}

/**
 * The whole flat config of a zero-config run. Inline `eslint-disable` comments still work (to silence one
 * of our findings) but comments about other plugins' rules are not reported as unused: this config does not
 * enable those rules, so every such comment would look unused.
 */
export function lintConfig({ preset, ignores, cwd }: LintConfigOptions): Linter.Config[] {
  const patterns = ignores ?? (cwd === undefined ? undefined : ignorePatterns(cwd, [{ path: cwd, deep: true }]));
  return [
    ...(patterns === undefined ? [] : [ignoreConfig(patterns)]),
    ...languageConfigs(),
    {
      name: 'http-status-lint/linter-options',
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    rulesConfig(preset),
    ...testFilesConfigs(preset),
  ];
}
