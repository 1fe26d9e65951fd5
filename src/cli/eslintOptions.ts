import path from 'node:path';

import type { ESLint } from 'eslint';

import { lintConfig, type Preset } from './lintConfig.js';

/** ESLint's `concurrency`: a number of worker threads, `auto`, or `off` (lint in the main thread). */
export type Concurrency = number | 'auto' | 'off';

/**
 * Everything that decides one run's ESLint options. Plain JSON on purpose: with `--concurrency` the
 * worker threads rebuild the options from it (see `eslintOptionsModule.ts`).
 */
export interface LintSettings {
  /** The user's folder: the cache lives in its `node_modules/.cache`. */
  cwd: string;
  /** ESLint's `cwd`, which holds every target (see `lintTargets.ts`); patterns and ignores are relative to it. */
  basePath: string;
  /** Global ignore patterns, relative to `basePath` (see `ignorePatterns.ts`). */
  ignores: string[];
  preset: Preset;
  cache: boolean;
  concurrency: Concurrency;
}

/**
 * Where `--cache` keeps its file: the conventional tool cache folder, so it never clashes with the
 * project's own `.eslintcache` (a different config would make both caches useless).
 */
export const cacheLocation = (cwd: string): string =>
  path.join(cwd, 'node_modules', '.cache', 'http-status-lint') + path.sep;

/**
 * The options of `new ESLint(…)` for a zero-config run: no config file, our flat config instead. The
 * cache compares file contents, not modification times, so it survives a fresh CI checkout. `concurrency`
 * is only passed when on, so ESLint versions before 9.34 (which reject the option) keep working.
 */
export function eslintOptions(settings: LintSettings): ESLint.Options {
  const { cwd, basePath, ignores, preset, cache, concurrency } = settings;
  return {
    cwd: basePath,
    overrideConfigFile: true,
    overrideConfig: lintConfig({ preset, ignores }),
    // A folder or glob without a file to lint is an error, as in ESLint's CLI: run.ts says which one.
    errorOnUnmatchedPattern: true,
    cache,
    ...(cache ? { cacheLocation: cacheLocation(cwd), cacheStrategy: 'content' as const } : {}),
    ...(concurrency === 'off' ? {} : { concurrency }),
  };
}
