import fs from 'node:fs';
import path from 'node:path';

import type { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import { withConcurrencyNotice } from '../../../src/cli/concurrencyNotice.js';
import { ACCEPTED_WITHOUT_LOCATION, removeTempProjects, runCli, tempProject, UNAUTHORIZED_WITHOUT_CHALLENGE } from './runCli.js';

afterAll(removeTempProjects);

describe('--quiet and --output-file', () => {
  it('--quiet reports errors only; the exit code still counts what was found', async () => {
    const cwd = tempProject({ 'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE, 'jobs.js': ACCEPTED_WITHOUT_LOCATION, 'README.md': '' });
    const quiet = await runCli(['--quiet', 'auth.js', 'jobs.js', 'README.md'], cwd);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('http-status/require-401-www-authenticate');
    expect(quiet.stdout).not.toContain('http-status/require-202-location');
    expect(quiet.stderr).toBe('');
    const warningsOnly = await runCli(['--quiet', 'jobs.js'], cwd);
    expect(warningsOnly).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--output-file writes the report to a file (creating its folder), not to stdout', async () => {
    const cwd = tempProject({ 'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    const outcome = await runCli(['--format', 'json', '--output-file', 'reports/lint.json'], cwd);
    expect(outcome).toEqual({ code: 1, stdout: '', stderr: '' });
    const [result] = JSON.parse(fs.readFileSync(path.join(cwd, 'reports', 'lint.json'), 'utf8')) as ESLint.LintResult[];
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['http-status/require-401-www-authenticate']);
    expect((await runCli(['-o', ''], cwd)).stderr).toContain('--output-file needs a non-empty value.');
  });
});

describe('withConcurrencyNotice', () => {
  it('turns ESLint’s poor-concurrency warning into one line, once, and lets other warnings through', async () => {
    const lines: string[] = [];
    const passed: string[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- only put back on `process`.
    const original = process.emitWarning;
    process.emitWarning = (warning: string | Error) => void passed.push(String(warning));
    try {
      const value = await withConcurrencyNotice(
        (line) => lines.push(line),
        async () => {
          process.emitWarning('You may disable concurrency to improve performance.', 'ESLintPoorConcurrencyWarning');
          process.emitWarning('You may disable concurrency to improve performance.', { type: 'ESLintPoorConcurrencyWarning' });
          process.emitWarning('something else', 'OtherWarning');
          return Promise.resolve(42);
        },
      );
      expect(value).toBe(42);
    } finally {
      process.emitWarning = original;
    }
    expect(lines).toEqual(['--concurrency did not pay off here: worker threads help from a few hundred files; lint without it.']);
    expect(passed).toEqual(['something else']);
  });
});
