import fs from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';

import plugin from '../index.js';
import { withConcurrencyNotice } from './concurrencyNotice.js';
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
import { DEFAULT_SUPPRESSIONS_FILE, Suppressions } from './suppressions.js';
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
  const known = Object.keys(plugin.rules).map((name) => `${plugin.meta.namespace}/${name}`);
  for (const rule of args.suppressions.rules) {
    if (!known.includes(rule)) throw new UsageError(`--suppress-rule: no rule '${rule}' here; the rules are ${known.join(', ')}.`);
  }
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
  const note = (line: string): void => void io.stderr.write(`${NAME}: ${line}\n`);
  const { eslint, linted } = await withConcurrencyNotice(note, async () => {
    const instance = await createESLint(settings, io.optionsModule);
    return { eslint: instance, linted: await lintFiles(instance, targets) };
  });
  let results = ownFindings(skipUnlintable(linted, args.quiet ? () => {} : note, io.cwd));
  if (results.length === 0) {
    throw new NothingToLintError(`nothing to lint: ${args.paths.map((target) => `'${target}'`).join(', ')} named no JavaScript or TypeScript file.`);
  }
  const suppressed = applySuppressions(results, args.suppressions, io.cwd, note);
  results = suppressed.results;

  const printed = args.quiet ? ESLint.getErrorResults(results) : results;
  const output = await formatResults(args.format, eslint, printed, { basePath: settings.basePath, preset: settings.preset });
  const text = output === '' || output.endsWith('\n') ? output : `${output}\n`;
  if (args.outputFile === undefined) {
    if (text) io.stdout.write(text);
  } else {
    const file = path.resolve(io.cwd, args.outputFile);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = args.maxWarnings !== undefined && warnings > args.maxWarnings;
  if (errors === 0 && tooManyWarnings) io.stderr.write(`${NAME} found too many warnings (${warnings}, maximum: ${args.maxWarnings}).\n`);
  if (suppressed.unused && !args.suppressions.passOnUnpruned) {
    note(
      `${suppressed.fileName} tolerates findings that are gone: run with --prune-suppressions to drop them, or --pass-on-unpruned-suppressions to ignore this.`,
    );
    return ExitCode.Failure;
  }
  return errors > 0 || tooManyWarnings ? ExitCode.Findings : ExitCode.Ok;
}

/**
 * ESLint's bulk suppressions, in the order ESLint's CLI applies them: record (`--suppress-all`,
 * `--suppress-rule`) or prune, then move the tolerated findings out of the report. A suppressions file is
 * used whenever it exists; one named by `--suppressions-location` must exist unless it is being written.
 */
function applySuppressions(
  results: ESLint.LintResult[],
  options: CliArguments['suppressions'],
  cwd: string,
  note: (line: string) => void,
): { results: ESLint.LintResult[]; unused: boolean; fileName: string } {
  const file = path.resolve(cwd, options.location ?? DEFAULT_SUPPRESSIONS_FILE);
  const fileName = path.relative(cwd, file) || file;
  const recording = options.all || options.rules.length > 0;
  const suppressions = new Suppressions(file, cwd);
  if (!suppressions.exists() && !recording) {
    if (options.location !== undefined) {
      throw new UsageError(`the suppressions file ${fileName} does not exist; create it with --suppress-all or --suppress-rule.`);
    }
    if (!options.prune) return { results, unused: false, fileName };
  }
  if (recording) suppressions.suppress(results, options.all ? undefined : options.rules);
  if (options.prune) suppressions.prune(results);
  const applied = suppressions.apply(results, suppressions.load());
  if (recording || options.prune) {
    const tolerated = Object.values(suppressions.load()).flatMap((rules) => Object.values(rules).map(({ count }) => count));
    note(`${fileName} now tolerates ${tolerated.reduce((sum, count) => sum + count, 0)} error(s) in ${tolerated.length} file-and-rule pair(s).`);
  }
  return { results: applied.results, unused: Object.keys(applied.unused).length > 0, fileName };
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
function skipUnlintable(results: ESLint.LintResult[], note: (line: string) => void, cwd: string): ESLint.LintResult[] {
  return results.filter((result) => {
    const [only, ...rest] = result.messages;
    if (!only || rest.length > 0 || only.ruleId !== null || only.fatal || !only.message.startsWith('File ignored ')) return true;
    const reason = /no matching configuration/.test(only.message)
      ? 'not a JavaScript or TypeScript file'
      : 'ignored (node_modules, build output or .gitignore)';
    note(`skipped '${path.relative(cwd, result.filePath) || result.filePath}': ${reason}.`);
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
