// For `npm run test:eslint9` only (vitest.eslint9.config.ts): makes every `require('eslint')` and
// `require('eslint/…')` load ESLint 9 (the npm alias `eslint-v9`). A vitest `resolve.alias` reaches only the
// modules vite transforms; @typescript-eslint/rule-tester and @typescript-eslint/utils are CommonJS and call
// Node's `require` themselves (even when listed in `server.deps.inline`), so the redirect sits in Node's
// resolver. tests/eslintVersion.test.ts proves the RuleTester really runs on ESLint 9.
import Module from 'node:module';

type ResolveFilename = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: ResolveFilename };

const resolveFilename = moduleInternals._resolveFilename;
const ESLINT_REQUEST = /^eslint(\/.*)?$/;

moduleInternals._resolveFilename = function (this: unknown, request, ...rest) {
  const match = ESLINT_REQUEST.exec(request);
  return resolveFilename.call(this, match ? `eslint-v9${match[1] ?? ''}` : request, ...rest);
};
