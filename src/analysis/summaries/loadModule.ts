import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

import type { Context } from '../ast/Context.js';

/** Larger files are generated bundles or data, not the project's helpers; reading them would cost more than they give. */
const MAX_BYTES = 512 * 1024;
/** Modules kept at once: a long-running editor process lints many projects' files over its life. */
const MAX_MODULES = 1000;

/** Parser options that would make the parser build a TypeScript program per module: a foreign module is read syntactically. */
const TYPED_OPTIONS = new Set(['project', 'projectService', 'programs', 'EXPERIMENTAL_useProjectService', 'EXPERIMENTAL_useSourceOfProjectReferenceRedirect']);

interface CacheEntry {
  readonly key: string;
  readonly module: Context | undefined;
}

/** The per-run module cache: each file is parsed once while its modification time and size stay the same. */
const cache = new Map<string, CacheEntry>();

/**
 * Another module of the project, parsed with the linted file's own parser and options (minus type
 * information) into a context that the readers (`resolveStatus`, `readHeaders`, `readBody`) accept:
 * `{ sourceCode, languageOptions, filename }`. Undefined when the file cannot be read or parsed.
 *
 * The parse goes through ESLint's own `Linter` with a rule that keeps the `SourceCode`: that works for
 * every parser (espree has no `parseForESLint`, and its scope analysis lives in ESLint), sets `parent` on
 * every node and strips a BOM exactly as for a linted file.
 */
export function loadModule(file: string, context: Context): Context | undefined {
  let key: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
    key = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
  const cached = cache.get(file);
  if (cached?.key === key) return cached.module;
  const module = parseModule(file, context);
  cache.delete(file);
  if (cache.size >= MAX_MODULES) cache.delete(cache.keys().next().value!);
  cache.set(file, { key, module });
  return module;
}

function parseModule(file: string, context: Context): Context | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const languageOptions = foreignLanguageOptions(context, file);
  let sourceCode: TSESLint.SourceCode | undefined;
  const keep: TSESLint.RuleModule<never, []> = {
    meta: { type: 'problem', messages: {}, schema: [] },
    defaultOptions: [],
    create(ruleContext) {
      sourceCode = ruleContext.sourceCode;
      return {};
    },
  };
  try {
    const messages = new Linter({ cwd: path.dirname(file) }).verify(
      text,
      [
        {
          files: ['**/*.*'],
          languageOptions: languageOptions,
          plugins: { summaries: { rules: { keep: keep as never } } },
          rules: { 'summaries/keep': 'error' },
        },
      ],
      { filename: file },
    );
    if (messages.some((message) => message.fatal)) return undefined;
  } catch {
    return undefined;
  }
  if (!sourceCode) return undefined;
  return { sourceCode, languageOptions, filename: file, physicalFilename: file, id: 'http-status/summaries' } as unknown as Context;
}

/** The linted file's language options for another module: same parser, no type information, the module's own source type. */
function foreignLanguageOptions(context: Context, file: string): Record<string, unknown> {
  const options = (context.languageOptions ?? {}) as unknown as Record<string, unknown>;
  const parserOptions: Record<string, unknown> = {};
  for (const [name, value] of Object.entries((options.parserOptions ?? {}) as Record<string, unknown>)) {
    if (!TYPED_OPTIONS.has(name)) parserOptions[name] = value;
  }
  const extension = path.extname(file);
  const sourceType = extension === '.cjs' || extension === '.cts' ? 'commonjs' : extension === '.mjs' || extension === '.mts' ? 'module' : options.sourceType;
  return {
    ...(options.parser ? { parser: options.parser } : {}),
    ...(options.ecmaVersion ? { ecmaVersion: options.ecmaVersion } : {}),
    ...(sourceType ? { sourceType } : {}),
    parserOptions,
  };
}
