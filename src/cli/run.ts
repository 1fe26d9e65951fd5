import path from 'node:path';

import { ESLint } from 'eslint';

import plugin from '../index.js';
import { createESLint, supportsConcurrency } from './createESLint.js';
import type { LintSettings } from './eslintOptions.js';
import { ExitCode } from './exitCode.js';
import { formatResults } from './formatResults.js';
import { helpText } from './helpText.js';
import { ignorePatterns } from './ignorePatterns.js';
import { lintTargets, type LintTargets } from './lintTargets.js';
import { NothingToLintError } from './nothingToLintError.js';
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
    if (error instanceof UsageError) {
      io.stderr.write(`Run '${NAME} --help' for usage.\n`);
    } else if (!(error instanceof NothingToLintError) && io.env?.DEBUG?.includes(NAME) && error instanceof Error) {
      io.stderr.write(`${error.stack}\n`);
    }
    return ExitCode.Failure;
  }
}

async function lint(args: CliArguments, io: CliIo): Promise<ExitCode> {
  const targets = lintTargets(args.paths, io.cwd);
  let { concurrency } = args;
  if (concurrency !== 'off' && !supportsConcurrency()) {
    io.stderr.write(`${NAME}: ESLint ${ESLint.version} cannot lint in worker threads (9.34+ can); --concurrency ignored.\n`);
    concurrency = 'off';
  }
  const settings: LintSettings = {
    cwd: io.cwd,
    basePath: targets.basePath,
    ignores: ignorePatterns(targets.basePath, targets.folders),
    preset: args.strict ? 'strict' : 'recommended',
    cache: args.cache,
    concurrency,
  };
  const eslint = await createESLint(settings, io.optionsModule);
  const results = ownFindings(skipUnlintable(await lintFiles(eslint, targets), io));
  if (results.length === 0) {
    throw new NothingToLintError(`nothing to lint: ${args.paths.map((target) => `'${target}'`).join(', ')} named no JavaScript or TypeScript file.`);
  }

  const output = await formatResults(args.format, eslint, results, { basePath: settings.basePath, preset: settings.preset });
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

/**
 * Lints the targets. ESLint throws when a folder or glob gives no file to lint; that becomes a
 * {@link NothingToLintError} naming the target as the user typed it.
 */
async function lintFiles(eslint: ESLint, targets: LintTargets): Promise<ESLint.LintResult[]> {
  try {
    return await eslint.lintFiles(targets.patterns);
  } catch (error) {
    const { messageTemplate, messageData } = error as { messageTemplate?: string; messageData?: { pattern?: string } };
    const target = targets.typed.get(messageData?.pattern ?? '') ?? messageData?.pattern;
    if (messageTemplate === 'file-not-found') throw new NothingToLintError(`no file matches '${target}'.`, { cause: error });
    if (messageTemplate === 'all-matched-files-ignored') {
      throw new NothingToLintError(
        `nothing to lint in '${target}': no JavaScript or TypeScript file outside node_modules, build output and .gitignore'd paths.`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * A file named on the command line that ESLint does not lint comes back as a result holding one warning
 * ("File ignored because …", with advice about flags of ESLint's CLI). Such results are dropped with a note
 * on stderr instead, so that `http-status-lint $(git diff --name-only)` is not failed by a README.
 */
function skipUnlintable(results: ESLint.LintResult[], io: CliIo): ESLint.LintResult[] {
  return results.filter((result) => {
    const [only, ...rest] = result.messages;
    if (!only || rest.length > 0 || only.ruleId !== null || only.fatal || !only.message.startsWith('File ignored ')) return true;
    const reason = /no matching configuration/.test(only.message)
      ? 'not a JavaScript or TypeScript file'
      : 'ignored (node_modules, build output or .gitignore)';
    io.stderr.write(`${NAME}: skipped '${path.relative(io.cwd, result.filePath) || result.filePath}': ${reason}.\n`);
    return false;
  });
}

/** ESLint's errors span lines ("…\nOccurred while linting x.ts:3\nRule: …"); keep them on one. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' — ');
}
