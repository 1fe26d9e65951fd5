import { describe, expect, it } from 'vitest';

import { parseArguments } from '../../../src/cli/parseArguments.js';
import { UsageError } from '../../../src/cli/usageError.js';

describe('parseArguments', () => {
  it('defaults to the current folder, stylish, recommended, no cache, one thread', () => {
    expect(parseArguments([])).toEqual({
      paths: ['.'],
      format: 'stylish',
      maxWarnings: undefined,
      strict: false,
      cache: false,
      concurrency: 'off',
      quiet: false,
      outputFile: undefined,
      suppressions: { all: false, rules: [], prune: false, location: undefined, passOnUnpruned: false },
      help: false,
      version: false,
    });
  });

  it('reads the output and suppression options, --suppress-rule as often as given', () => {
    expect(
      parseArguments(['-q', '-o', 'out.sarif', '--suppress-rule', 'http-status/a', '--suppress-rule=http-status/b', '--suppressions-location', 'b.json', '--pass-on-unpruned-suppressions']),
    ).toMatchObject({
      quiet: true,
      outputFile: 'out.sarif',
      suppressions: { all: false, rules: ['http-status/a', 'http-status/b'], prune: false, location: 'b.json', passOnUnpruned: true },
    });
    expect(parseArguments(['--suppress-all']).suppressions.all).toBe(true);
    expect(parseArguments(['--prune-suppressions']).suppressions.prune).toBe(true);
  });

  it('reads every option, in both `--flag value` and `--flag=value` forms, between paths', () => {
    expect(
      parseArguments(['src', '--format=sarif', '--max-warnings', '0', 'lib', '--strict', '--cache', '--concurrency', 'auto']),
    ).toMatchObject({ paths: ['src', 'lib'], format: 'sarif', maxWarnings: 0, strict: true, cache: true, concurrency: 'auto' });
    expect(parseArguments(['-f', 'json', '--concurrency=4']).concurrency).toBe(4);
    expect(parseArguments(['--concurrency', 'off']).concurrency).toBe('off');
    expect(parseArguments(['-h']).help).toBe(true);
    expect(parseArguments(['-v']).version).toBe(true);
  });

  it('takes everything after `--` as a path, even when it looks like a flag', () => {
    expect(parseArguments(['--', '--strict']).paths).toEqual(['--strict']);
  });

  it.each([
    [['--fix'], "unknown option '--fix'."],
    [['-x'], "unknown option '-x'."],
    [['--format'], "option '--format' needs a value."],
    [['--strict=yes'], "option '--strict' takes no value."],
    [['--format', 'xml'], "--format must be one of stylish, json, sarif; got 'xml'."],
    [['--max-warnings', 'ten'], "--max-warnings must be a whole number ≥ 0; got 'ten'."],
    [['--max-warnings=-1'], "--max-warnings must be a whole number ≥ 0; got '-1'."],
    [['--max-warnings', '1.5'], "--max-warnings must be a whole number ≥ 0; got '1.5'."],
    [['--concurrency', '0'], "--concurrency must be a positive whole number, 'auto' or 'off'; got '0'."],
    [['--concurrency', 'many'], "--concurrency must be a positive whole number, 'auto' or 'off'; got 'many'."],
    [['--suppress-rule', 'x', '--prune-suppressions'], '--suppress-rule and --prune-suppressions cannot be used together.'],
    [['--suppressions-location='], '--suppressions-location needs a non-empty value.'],
  ])('rejects %j with a one-line usage error', (argv, message) => {
    let error: unknown;
    try {
      parseArguments(argv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(message);
  });
});
