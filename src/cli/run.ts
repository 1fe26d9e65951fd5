import fs from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';

import plugin from '../index.js';
import { createESLint, supportsConcurrency } from './createESLint.js';
import type { LintSettings } from './eslintOptions.js';
import { ExitCode } from './exitCode.js';
import { formatResults } from './formatResults.js';
import { helpText } from './helpText.js';
import { ownFindings } from './ownFindings.js';
import { parseArguments, type CliArguments } from './parseArguments.js';
import { UsageError } from './usageError.js';

/** Where the CLI reads and writes; `process` in production, buffers in tests. */
export interface CliIo {
  /** Absolute directory the paths are relative to. */
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** `DEBUG=http-status-lint` prints the stack of an internal error. */
  env?: Record<string, string | undefined>;
  /** The options module for worker threads; defaults to the one built next to the CLI. */
  optionsModule?: URL;
}

const NAME = 'http-status-lint';

/**
 * The whole CLI: parses `argv`, lints, prints, and returns the exit code (0 clean, 1 findings at error
 * level or too many warnings, 2 usage or internal error). Never throws.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const args = parseArguments(argv);
    if (args.help) {
      io.stdout.write(helpText);
      return ExitCode.Ok;
    }
    if (args.version) {
      io.stdout.write(`${plugin.meta.name} ${plugin.meta.version} (ESLint ${ESLint.version})\n`);
      return ExitCode.Ok;
    }
    return await lint(args, io);
  } catch (error) {
    io.stderr.write(`${NAME}: ${oneLine(error)}\n`);
    if (!(error instanceof UsageError)) {
      if (io.env?.DEBUG?.includes(NAME) && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    } else {
      io.stderr.write(`Run '${NAME} --help' for usage.\n`);
    }
    return ExitCode.Failure;
  }
}

async function lint(args: CliArguments, io: CliIo): Promise<ExitCode> {
  for (const target of args.paths) {
    if (!isGlob(target) && !fs.existsSync(path.resolve(io.cwd, target))) {
      throw new UsageError(`no such file or directory: '${target}'.`);
    }
  }
  let { concurrency } = args;
  if (concurrency !== 'off' && !supportsConcurrency()) {
    io.stderr.write(`${NAME}: ESLint ${ESLint.version} cannot lint in worker threads (9.34+ can); --concurrency ignored.\n`);
    concurrency = 'off';
  }
  const settings: LintSettings = {
    cwd: io.cwd,
    preset: args.strict ? 'strict' : 'recommended',
    cache: args.cache,
    concurrency,
  };
  const eslint = await createESLint(settings, io.optionsModule);
  const results = ownFindings(await eslint.lintFiles(args.paths));
  if (results.length === 0) {
    io.stderr.write(`${NAME}: no JavaScript or TypeScript files found in ${args.paths.join(', ')}.\n`);
  }

  const output = await formatResults(args.format, eslint, results, io.cwd);
  if (output) io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return ExitCode.Findings;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr.write(`${NAME} found too many warnings (${warnings}, maximum: ${args.maxWarnings}).\n`);
    return ExitCode.Findings;
  }
  return ExitCode.Ok;
}

const isGlob = (target: string): boolean => /[*?[\]{}!]/.test(target);

/** ESLint's errors span lines ("…\nOccurred while linting x.ts:3\nRule: …"); keep them on one. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' — ');
}
