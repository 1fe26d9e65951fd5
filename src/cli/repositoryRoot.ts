import fs from 'node:fs';
import path from 'node:path';

/**
 * The root of the git work tree holding `dir` (the nearest folder with a `.git` folder or, in a worktree or
 * submodule, a `.git` file), or `undefined` outside one. Git reads `.gitignore` files from there down, so the
 * CLI does too.
 */
export function repositoryRoot(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}
