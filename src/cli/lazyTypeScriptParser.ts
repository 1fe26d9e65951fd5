import { createRequire } from 'node:module';
import path from 'node:path';

import type { Linter } from 'eslint';

type TypeScriptParser = { parseForESLint(code: string, options?: unknown): Linter.ESLintParseResult };

const PARSER = '@typescript-eslint/parser';

/**
 * Where the parser may be installed: next to the plugin (`npx -p eslint-plugin-http-status -p
 * @typescript-eslint/parser …`, or a project that depends on both), else in the project being linted (one
 * with typescript-eslint, linted through `npx -p eslint-plugin-http-status`).
 */
const lookups = (): NodeJS.Require[] => [createRequire(import.meta.url), createRequire(path.join(process.cwd(), 'package.json'))];

/** The path of `request` inside the first place that has the parser, or `undefined`. */
function resolveParser(request = PARSER): string | undefined {
  for (const lookup of lookups()) {
    try {
      return lookup.resolve(request);
    } catch {
      // Not installed there: try the next place.
    }
  }
  return undefined;
}

let loaded: TypeScriptParser | undefined;

/**
 * `@typescript-eslint/parser`, loaded on the first TypeScript file rather than at start-up. It is an optional
 * peer (with `typescript`, which it loads): a JavaScript-only project installs neither, and the CLI must still
 * lint it. `meta` names the real parser, so ESLint's `--cache` can serialise the config.
 */
export const lazyTypeScriptParser: Linter.Parser = {
  meta: {
    name: PARSER,
    get version() {
      const packageJson = resolveParser(`${PARSER}/package.json`);
      return packageJson === undefined ? 'not installed' : (createRequire(import.meta.url)(packageJson) as { version: string }).version;
    },
  },
  parseForESLint(code: string, options?: Linter.ParserOptions) {
    if (!loaded) {
      const resolved = resolveParser();
      if (resolved === undefined) {
        throw new Error(
          'Linting TypeScript files needs `@typescript-eslint/parser` and `typescript`: install them next to eslint-plugin-http-status (npm install --save-dev @typescript-eslint/parser typescript).',
        );
      }
      try {
        loaded = createRequire(import.meta.url)(resolved) as TypeScriptParser;
      } catch (error) {
        throw new Error('Linting TypeScript files needs the `typescript` package: install it next to @typescript-eslint/parser.', { cause: error });
      }
    }
    return loaded.parseForESLint(code, options);
  },
};
