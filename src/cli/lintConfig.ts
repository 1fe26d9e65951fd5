import fs from 'node:fs';
import path from 'node:path';

import { includeIgnoreFile } from '@eslint/config-helpers';
import type { Linter } from 'eslint';

import plugin from '../index.js';
import { lazyTypeScriptParser } from './lazyTypeScriptParser.js';

/** Which of the plugin's configs supplies the rules. */
export type Preset = 'recommended' | 'strict' | 'all';

export const JAVASCRIPT_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'];
export const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
/** Every file the CLI lints when it walks a directory. */
export const SOURCE_FILES = [...JAVASCRIPT_FILES, ...TYPESCRIPT_FILES];

/** Folders never worth linting: installed packages and build output. */
export const DEFAULT_IGNORES = ['**/node_modules/', '**/dist/'];

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

/**
 * Ignores for a zero-config run in `cwd`: node_modules, dist and what the `.gitignore` of `cwd` lists
 * (its patterns are relative to `cwd`, which is also ESLint's base path here).
 */
export function ignoreConfigs(cwd: string): Linter.Config[] {
  const configs: Linter.Config[] = [{ name: 'http-status-lint/ignores', ignores: DEFAULT_IGNORES }];
  const gitignore = path.join(cwd, '.gitignore');
  if (fs.existsSync(gitignore)) {
    configs.push(includeIgnoreFile(gitignore, { name: 'http-status-lint/gitignore' }));
  }
  return configs;
}

export interface LintConfigOptions {
  /** Which plugin config supplies the rules. */
  preset: Preset;
  /** The directory whose `.gitignore` is honoured, with node_modules and dist skipped; omit for neither. */
  cwd?: string;
}

/**
 * The whole flat config of a zero-config run. Inline `eslint-disable` comments still work (to silence one
 * of our findings) but comments about other plugins' rules are not reported as unused: this config does not
 * enable those rules, so every such comment would look unused.
 */
export function lintConfig({ preset, cwd }: LintConfigOptions): Linter.Config[] {
  return [
    ...(cwd === undefined ? [] : ignoreConfigs(cwd)),
    ...languageConfigs(),
    {
      name: 'http-status-lint/linter-options',
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    rulesConfig(preset),
    ...testFilesConfigs(preset),
  ];
}
