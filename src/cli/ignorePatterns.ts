import fs from 'node:fs';
import path from 'node:path';

import { convertIgnorePatternToMinimatch } from '@eslint/config-helpers';

import { isInside, type TargetFolder, toPosix } from './lintTargets.js';

/**
 * Folders never worth linting even without a `.gitignore`: installed packages, build output of bundlers and
 * frameworks (`.next/` is Next.js's), and coverage reports.
 */
export const DEFAULT_IGNORES = ['**/node_modules/', '**/dist/', '**/build/', '**/.next/', '**/coverage/'];

/** ESLint 8's ignore file, which flat config no longer reads (see `ignorePatterns`). */
const ESLINT_IGNORE = '.eslintignore';

/** Folder names the search for nested `.gitignore` files never enters (git's own data, {@link DEFAULT_IGNORES}). */
const UNSEARCHED = new Set(['.git', 'node_modules', 'dist', 'build', '.next', 'coverage']);

/**
 * ESLint ignore patterns (relative to `basePath`) for a run whose targets lie in `folders`: the defaults,
 * then, as git reads them, `.git/info/exclude` and every `.gitignore` from `basePath` down to each target and
 * inside it, a parent's before its children's so that a deeper file's `!negation` wins, then `basePath`'s
 * `.eslintignore`. A `.gitignore`'s patterns are relative to its own folder, so each is rebased onto `basePath`.
 */
export function ignorePatterns(basePath: string, folders: readonly TargetFolder[]): string[] {
  const files = new Set<string>();
  for (const { path: folder, deep } of folders) {
    if (!isInside(folder, basePath)) continue;
    const above = foldersBetween(basePath, folder)
      .map((dir) => path.join(dir, '.gitignore'))
      .filter(isFile);
    for (const file of above) files.add(file);
    if (deep) searchBelow(folder, files, new Set(above.flatMap((file) => plainNames(readIgnoreFile(file)))));
  }
  // `.git/info/exclude` first: every `.gitignore` takes precedence over it.
  const exclude = path.join(basePath, '.git', 'info', 'exclude');
  const patterns = [...DEFAULT_IGNORES, ...(isFile(exclude) ? readIgnoreFile(exclude) : [])];
  for (const file of [...files].sort(byDepth)) {
    patterns.push(...readIgnoreFile(file).map((pattern) => rebase(pattern, toPosix(path.relative(basePath, path.dirname(file))))));
  }
  // A legacy `.eslintignore` (ESLint 8 read it from the folder it ran in; flat config no longer does, and warns).
  // Projects that still have one list vendored and generated code there: the run skips it too.
  const eslintIgnore = path.join(basePath, ESLINT_IGNORE);
  if (isFile(eslintIgnore)) patterns.push(...readIgnoreFile(eslintIgnore));
  return patterns;
}

/** `from`, then each folder down to `to` (which lies inside `from`). */
function foldersBetween(from: string, to: string): string[] {
  const relative = path.relative(from, to);
  const segments = relative === '' ? [] : relative.split(path.sep);
  return [from, ...segments.map((_, i) => path.join(from, ...segments.slice(0, i + 1)))];
}

/**
 * Adds the `.gitignore` files below `folder`. Folders that a plain-name pattern of the files found so far
 * ignores (`vendor/`, `.venv`) are not entered: they can be large, and git would not read them either.
 */
function searchBelow(folder: string, files: Set<string>, skipped: ReadonlySet<string>): void {
  let entries;
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  let skip = skipped;
  if (entries.some((entry) => entry.isFile() && entry.name === '.gitignore')) {
    const file = path.join(folder, '.gitignore');
    files.add(file);
    skip = new Set([...skipped, ...plainNames(readIgnoreFile(file))]);
  }
  for (const entry of entries) {
    if (entry.isDirectory() && !UNSEARCHED.has(entry.name) && !skip.has(entry.name)) {
      searchBelow(path.join(folder, entry.name), files, skip);
    }
  }
}

/** The names of `**\/name` and `**\/name/` patterns: folders ignored wherever they are. */
function plainNames(patterns: readonly string[]): string[] {
  return patterns.flatMap((pattern) => /^\*\*\/([^/*?[\]{}!\\]+)\/?$/.exec(pattern)?.[1] ?? []);
}

/** Whether `file` is a file; false too when a parent is a file (`.git` is one in a worktree or submodule). */
function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A `.gitignore`'s patterns, in ESLint's (minimatch) syntax relative to its own folder. */
function readIgnoreFile(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(convertIgnorePatternToMinimatch);
}

/** `pattern` (relative to `folder`, itself relative to the base path) made relative to the base path. */
function rebase(pattern: string, folder: string): string {
  if (folder === '') return pattern;
  const negated = pattern.startsWith('!');
  return `${negated ? '!' : ''}${folder}/${negated ? pattern.slice(1) : pattern}`;
}

const byDepth = (a: string, b: string): number => a.split(path.sep).length - b.split(path.sep).length || (a < b ? -1 : 1);
