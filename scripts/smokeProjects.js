// Part of npm run test:smoke: small projects written to a temp folder and linted under their real file
// names, so that what follows imports (module summaries: a helper or an error class imported from the
// project's own modules) meets real multi-module shapes — import cycles, re-exports, `export *`, a module
// that does not parse, one that is missing, one that is only a `.d.ts` — and a TypeScript project linted
// with type information (`projectService`). Every file must lint without a thrown error, each in bounded time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';

/** One file of the module project: many shapes a helper or an error class reaches a handler through. */
const MODULES = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', noEmit: true, skipLibCheck: true, allowJs: true }, include: ['**/*'] }),
  'errors/base.ts': `export class AppError extends Error {\n  constructor(message: string, public status: number) { super(message); }\n}\n`,
  'errors/auth.ts': `import { AppError } from './base';\nexport class AuthError extends AppError {\n  constructor(message = 'login') { super(message, 401); }\n}\nexport class Accepted extends AppError { status = 202; }\n`,
  'errors/index.ts': `export * from './base';\nexport * from './auth';\nexport { AuthError as Unauthorized } from './auth';\n`,
  // A cycle: each helper module imports the other.
  'helpers/a.ts': `import { viaB } from './b';\nexport function sendError(res: any, status: number, message: string) { return viaB(res, status, message); }\nexport const unauthorized = (res: any) => sendError(res, 401, 'login');\n`,
  'helpers/b.ts': `import { sendError } from './a';\nexport function viaB(res: any, status: number, message: string) { if (status === 0) return sendError(res, 500, message); res.status(status).json({ message }); }\n`,
  'helpers/deep.ts': `import { sendError } from './a';\nexport const deep1 = (res: any, s: number) => deep2(res, s);\nconst deep2 = (res: any, s: number) => deep3(res, s);\nconst deep3 = (res: any, s: number) => sendError(res, s, 'deep');\n`,
  'helpers/respond.ts': `export const errorResponse = (statusCode: number, message: string) => ({ statusCode, body: JSON.stringify({ message }) });\nexport const json = (body: unknown, init?: ResponseInit) => Response.json(body, init);\nexport default function problem(status: number) { return new Response(null, { status }); }\n`,
  'helpers/index.ts': `export * from './a';\nexport * from './respond';\nexport { default as problem } from './respond';\nexport * from './missing-module';\n`,
  'types-only.d.ts': `export declare function declared(res: unknown, status: number): void;\n`,
  // Does not parse: summaries must skip it, not throw.
  'broken.ts': `export function broken(res: any {\n  res.status(401).end(\n`,
  'handlers/express.ts': `import { sendError, unauthorized, errorResponse, problem, json } from '../helpers';\nimport { deep1 } from '../helpers/deep';\nimport { AuthError, Unauthorized, Accepted } from '../errors';\nimport { broken } from '../broken';\nimport { declared } from '../types-only';\nimport { nothing } from './does-not-exist';\nexport function a(req: any, res: any) { return sendError(res, 401, 'no'); }\nexport function b(req: any, res: any) { unauthorized(res); }\nexport function c(req: any, res: any) { deep1(res, 401); }\nexport function d(req: any, res: any, next: any) { next(new AuthError()); }\nexport function e() { throw new Unauthorized(); }\nexport function f() { throw new Accepted('queued', 202); }\nexport function g(req: any, res: any) { broken(res); declared(res, 401); nothing(res, 202); }\nexport const handler = async () => errorResponse(401, 'no');\nexport const GET = () => problem(401);\nexport const POST = () => json({ queued: true }, { status: 202 });\n`,
  'handlers/plain.js': `const { sendError } = require('../helpers/a');\nconst self = require('./plain');\nmodule.exports = (req, res) => sendError(res, 401, 'login');\nexports.again = (req, res) => self(req, res);\n`,
};

/** Writes the project under a fresh temp folder; returns its path. */
function writeProject(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'http-status-smoke-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A file that takes longer than this to lint is as good as a hang. */
const MAX_MS_PER_FILE = 20_000;

/**
 * Lints every source file of the module project, untyped and then typed, with `rules` on. Returns the
 * crashes and slow files (empty when all is well) and how many lints ran.
 */
export function smokeProjects(rules) {
  const dir = writeProject(MODULES);
  const problems = [];
  let lints = 0;
  try {
    const linter = new Linter({ cwd: dir });
    const sources = Object.keys(MODULES).filter((name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts'));
    const untyped = [
      { files: ['**/*.{js,cjs,mjs}'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
      { files: ['**/*.{ts,mts,cts}'], languageOptions: { parser: tsParser } },
      { ...rules, files: ['**/*.{js,cjs,mjs,ts,mts,cts}'] },
    ];
    const typed = [
      ...untyped.slice(0, 1),
      { files: ['**/*.{ts,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: dir } } },
      untyped[2],
    ];
    for (const [mode, config] of [['untyped', untyped], ['typed', typed]]) {
      for (const name of sources) {
        const file = path.join(dir, name);
        const started = performance.now();
        try {
          const messages = linter.verify(fs.readFileSync(file, 'utf8'), config, file);
          const fatal = messages.find((message) => message.fatal);
          // Only broken.ts may fail to parse; any other fatal message is a crash of ours.
          if (fatal && name !== 'broken.ts') problems.push(`${mode} ${name}: ${fatal.message}`);
        } catch (error) {
          problems.push(`${mode} ${name}: ${String(error?.message ?? error).replaceAll('\n', ' — ')}`);
        }
        const ms = performance.now() - started;
        if (ms > MAX_MS_PER_FILE) problems.push(`${mode} ${name}: took ${Math.round(ms)} ms`);
        lints += 1;
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { problems, lints };
}
