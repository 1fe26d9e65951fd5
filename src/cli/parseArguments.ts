import { parseArgs } from 'node:util';

import type { Concurrency } from './eslintOptions.js';
import { UsageError } from './usageError.js';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** What the command line asked for. */
export interface CliArguments {
  /** Files, folders or globs; `['.']` when none is given. */
  paths: string[];
  format: Format;
  /** Exit 1 when there are more warnings than this; `undefined` when any number is fine. */
  maxWarnings: number | undefined;
  /** Use the `strict` config (every rule an error) instead of `recommended`. */
  strict: boolean;
  cache: boolean;
  concurrency: Concurrency;
  /** Report errors only. */
  quiet: boolean;
  /** Write the report to this file instead of stdout. */
  outputFile: string | undefined;
  /** ESLint's bulk suppressions (9.24+): what to record in, or prune from, the suppressions file. */
  suppressions: {
    /** Record every current error-level finding. */
    all: boolean;
    /** Record the current error-level findings of these rules. */
    rules: string[];
    prune: boolean;
    /** The file; `undefined` for `eslint-suppressions.json` in the current folder. */
    location: string | undefined;
    /** Do not fail when the file tolerates findings that are gone. */
    passOnUnpruned: boolean;
  };
  help: boolean;
  version: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'max-warnings': { type: 'string' },
  strict: { type: 'boolean' },
  cache: { type: 'boolean' },
  concurrency: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'output-file': { type: 'string', short: 'o' },
  'suppress-all': { type: 'boolean' },
  'suppress-rule': { type: 'string', multiple: true },
  'prune-suppressions': { type: 'boolean' },
  'suppressions-location': { type: 'string' },
  'pass-on-unpruned-suppressions': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Parses `http-status-lint [paths…] [options]` (see `helpText.ts`). Both `--flag value` and `--flag=value`
 * work; `--` ends the options. Throws a {@link UsageError} with a one-line message on anything else.
 */
export function parseArguments(argv: readonly string[]): CliArguments {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: parseFormat(values.format),
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    strict: values.strict ?? false,
    cache: values.cache ?? false,
    concurrency: parseConcurrency(values.concurrency),
    quiet: values.quiet ?? false,
    outputFile: nonEmpty('--output-file', values['output-file']),
    suppressions: parseSuppressions(values),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError(`${flag} needs a non-empty value.`);
  return value;
}

/** The suppression flags, which exclude each other as in ESLint's CLI. */
function parseSuppressions(values: {
  'suppress-all'?: boolean;
  'suppress-rule'?: string[];
  'prune-suppressions'?: boolean;
  'suppressions-location'?: string;
  'pass-on-unpruned-suppressions'?: boolean;
}): CliArguments['suppressions'] {
  const suppressions = {
    all: values['suppress-all'] ?? false,
    rules: values['suppress-rule'] ?? [],
    prune: values['prune-suppressions'] ?? false,
    location: nonEmpty('--suppressions-location', values['suppressions-location']),
    passOnUnpruned: values['pass-on-unpruned-suppressions'] ?? false,
  };
  const given = [suppressions.all && '--suppress-all', suppressions.rules.length > 0 && '--suppress-rule', suppressions.prune && '--prune-suppressions'].filter(Boolean);
  if (given.length > 1) throw new UsageError(`${given.join(' and ')} cannot be used together.`);
  return suppressions;
}

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'stylish';
  const format = FORMATS.find((name) => name === value);
  if (!format) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${value}'.`);
  return format;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number ≥ 0; got '${value}'.`);
  return Number(value);
}

function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'off') return 'off';
  if (value === 'auto') return 'auto';
  if (!/^[1-9]\d*$/.test(value)) {
    throw new UsageError(`--concurrency must be a positive whole number, 'auto' or 'off'; got '${value}'.`);
  }
  return Number(value);
}

/** Node's `parseArgs` messages are long and hint at its own API; say what matters in one line. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // "Unknown option '--foo'", "Option '-f, --format <value>' argument missing": name the long form.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option '${option}'.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /does not take an argument/.test(message)
      ? `option '${option}' takes no value.`
      : `option '${option}' needs a value.`;
  }
  return message.split('\n')[0] ?? message;
}
