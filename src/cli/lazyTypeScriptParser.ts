import { createRequire } from 'node:module';

import type { Linter } from 'eslint';

const require = createRequire(import.meta.url);

type TypeScriptParser = { parseForESLint(code: string, options?: unknown): Linter.ESLintParseResult };
let loaded: TypeScriptParser | undefined;

/**
 * `@typescript-eslint/parser`, loaded on the first TypeScript file rather than at start-up: it loads
 * `typescript`, an optional peer that a JavaScript-only project may not have, and the CLI must still lint
 * such a project. `meta` names the real parser, so ESLint's `--cache` can serialise the config.
 */
export const lazyTypeScriptParser: Linter.Parser = {
  meta: { name: '@typescript-eslint/parser', version: (require('@typescript-eslint/parser/package.json') as { version: string }).version },
  parseForESLint(code: string, options?: Linter.ParserOptions) {
    if (!loaded) {
      try {
        loaded = require('@typescript-eslint/parser') as TypeScriptParser;
      } catch (error) {
        throw new Error('Linting TypeScript files needs the `typescript` package: install it next to eslint-plugin-http-status.', {
          cause: error,
        });
      }
    }
    return loaded.parseForESLint(code, options);
  },
};
