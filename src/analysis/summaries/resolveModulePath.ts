import { statSync } from 'node:fs';
import path from 'node:path';

/** Source extensions, TypeScript's first, in the order TypeScript's and bundlers' resolution try them. */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** A `.js` written for a `.ts` file (TypeScript's ESM style): `./x.js` may be `./x.ts`. */
const OUTPUT_TO_SOURCE: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

const isFile = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * The source file a relative specifier names, resolved as Node and TypeScript do: `./x` is `x.ts`, `x.tsx`,
 * … `x.js`, or `x/index.ts` …; `./x.js` is `x.ts` when that exists. Never a declaration file (`.d.ts`
 * holds no bodies to summarise), never a file under `node_modules` (libraries are modelled by package
 * name instead), never a bare specifier (`lodash`, `@app/x`: a package or a path alias).
 */
export function resolveModulePath(specifier: string, fromFile: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..') return undefined;
  // Code linted without a file (`<input>`, `<text>`) has no folder of its own: never the working directory's modules.
  if (!path.isAbsolute(fromFile)) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const found = candidates(base).find(isFile);
  return found && isSourceFile(found) ? found : undefined;
}

/** Whether a file is one we may parse and summarise: a source file outside `node_modules`. */
export function isSourceFile(file: string): boolean {
  if (/\.d\.[cm]?ts$/.test(file) || file.split(/[\\/]/).includes('node_modules')) return false;
  return EXTENSIONS.includes(path.extname(file));
}

function candidates(base: string): string[] {
  const extension = path.extname(base);
  const list: string[] = [];
  for (const source of OUTPUT_TO_SOURCE[extension] ?? []) list.push(base.slice(0, -extension.length) + source);
  if (EXTENSIONS.includes(extension)) list.push(base);
  for (const candidate of EXTENSIONS) list.push(base + candidate);
  for (const candidate of EXTENSIONS) list.push(path.join(base, `index${candidate}`));
  return list;
}
