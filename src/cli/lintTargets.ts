import fs from 'node:fs';
import path from 'node:path';

import { repositoryRoot } from './repositoryRoot.js';
import { UsageError } from './usageError.js';

export interface TargetFolder {
  path: string;
  /** Whether files below `path` are linted too (a folder or a glob), not only a file in it. */
  deep: boolean;
}

/** The paths and globs of one run, placed where ESLint can lint every one of them. */
export interface LintTargets {
  /**
   * ESLint's `cwd`. ESLint ignores every file outside it ("File ignored because outside of base path"), so it
   * is a folder that holds all targets: their git work tree's root, else the current folder when it holds
   * them, else their common parent.
   */
  basePath: string;
  /** The targets as ESLint patterns, relative to `basePath` and with `/` separators. */
  patterns: string[];
  /** Each pattern's target as the user typed it, for messages. */
  typed: Map<string, string>;
  /** Where each target's files lie: a folder or a glob's fixed leading part (`deep`), or a file's folder. */
  folders: TargetFolder[];
}

const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

export const isGlob = (target: string): boolean => GLOB_CHARACTERS.test(target);

/**
 * Resolves the targets the user named, relative to `cwd` or absolute, anywhere on disk (`../other`,
 * `/srv/app`). A target that is not a glob must exist: else a {@link UsageError}.
 */
export function lintTargets(typed: readonly string[], cwd: string): LintTargets {
  const resolved = typed.map((target) => {
    const absolute = path.resolve(cwd, target);
    if (isGlob(target)) return { target, absolute, folder: globFolder(absolute), deep: true };
    let stat;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new UsageError(`no such file or directory: '${target}'.`);
    }
    return { target, absolute, folder: stat.isDirectory() ? absolute : path.dirname(absolute), deep: stat.isDirectory() };
  });
  const common = commonFolder(resolved.map(({ folder }) => folder));
  const basePath = repositoryRoot(common) ?? (isInside(common, cwd) ? cwd : common);
  const typedByPattern = new Map<string, string>();
  const patterns = resolved.map(({ target, absolute }) => {
    const pattern = toPosix(path.relative(basePath, absolute)) || '.';
    typedByPattern.set(pattern, target);
    return pattern;
  });
  return { basePath, patterns, typed: typedByPattern, folders: resolved.map(({ folder, deep }) => ({ path: folder, deep })) };
}

/** The fixed leading folders of an absolute glob (`/a/src/**\/*.ts` → `/a/src`), as ESLint searches from there. */
function globFolder(absoluteGlob: string): string {
  const { root } = path.parse(absoluteGlob);
  const segments = absoluteGlob.slice(root.length).split(/[\\/]/);
  const fixed = segments.slice(0, segments.findIndex((segment) => GLOB_CHARACTERS.test(segment)));
  return path.join(root, ...fixed);
}

/** The deepest folder that holds all `folders`. */
function commonFolder(folders: readonly string[]): string {
  return folders.reduce((common, folder) => {
    let candidate = common;
    while (!isInside(folder, candidate)) candidate = path.dirname(candidate);
    return candidate;
  });
}

/** Whether `target` is `folder` or lies below it. */
export function isInside(target: string, folder: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

export const toPosix = (file: string): string => file.split(path.sep).join('/');
