// Real code to lint for scripts/bench.js and scripts/smoke.js: files of installed packages, read in a
// sorted, deterministic order (the lockfile pins their versions).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Extensions the CLI lints. Declarations (`.d.ts`) hold no code and are left out. */
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION = /\.d\.[cm]?ts$/;

/**
 * Every source file under `dir` (absolute or relative to the repository; a single file is fine too), sorted;
 * `[]` if it is missing.
 */
export function sourceFiles(dir) {
  const start = path.resolve(ROOT, dir);
  if (!fs.existsSync(start)) return [];
  if (fs.statSync(start).isFile()) return SOURCE.test(start) ? [start] : [];
  const found = [];
  const walk = (current) => {
    const entries = fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.cache') walk(full);
      } else if (entry.isFile() && SOURCE.test(entry.name) && !DECLARATION.test(entry.name)) {
        found.push(full);
      }
    }
  };
  walk(start);
  return found;
}

/**
 * The name a file is linted under. The Linter's flat config never matches a path inside `node_modules`
 * (it is ignored by default), so that segment is renamed; the extension, which picks the parser, stays.
 */
export function virtualFilename(file) {
  return path.join(ROOT, 'corpus', path.relative(ROOT, file).replaceAll('node_modules', 'modules'));
}

/** The folder of an installed package, found the way Node would from `from` (default: the repository). */
export function packageDir(name, from = ROOT) {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
