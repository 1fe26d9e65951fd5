import fs from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, describe, expect, it, vi } from 'vitest';

import plugin from '../../../src/index.js';
import {
  ACCEPTED_WITHOUT_LOCATION,
  removeTempProjects,
  runCli,
  tempProject,
  UNAUTHORIZED_WITH_CHALLENGE,
  UNAUTHORIZED_WITHOUT_CHALLENGE,
} from './runCli.js';

const CHALLENGE_RULE = 'http-status/require-401-www-authenticate';
const MONITOR_RULE = 'http-status/require-202-location';

afterAll(removeTempProjects);

describe('run: exit codes', () => {
  it('exits 0 and prints nothing on a clean project', async () => {
    const cwd = tempProject({ 'src/auth.js': UNAUTHORIZED_WITH_CHALLENGE });
    expect(await runCli([], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on an error-level finding and prints it, stylish by default', async () => {
    const cwd = tempProject({ 'src/auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    const { code, stdout } = await runCli(['src'], cwd);
    expect(code).toBe(1);
    expect(stdout).toContain(path.join(cwd, 'src', 'auth.js'));
    expect(stdout).toMatch(new RegExp(`2:\\d+ +error .*WWW-Authenticate.* ${CHALLENGE_RULE}`));
  });

  it('exits 0 on warnings, unless there are more than --max-warnings', async () => {
    const cwd = tempProject({ 'jobs.js': ACCEPTED_WITHOUT_LOCATION });
    const lenient = await runCli([], cwd);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain(MONITOR_RULE);
    expect((await runCli(['--max-warnings', '1'], cwd)).code).toBe(0);
    const strict = await runCli(['--max-warnings', '0'], cwd);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('http-status-lint found too many warnings (1, maximum: 0).\n');
  });

  it('--strict makes every finding an error', async () => {
    const cwd = tempProject({ 'jobs.js': ACCEPTED_WITHOUT_LOCATION });
    const { code, stdout } = await runCli(['--strict'], cwd);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`2:\\d+ +error .* ${MONITOR_RULE}`));
  });

  it('exits 1 on a file that does not parse, as ESLint does', async () => {
    const cwd = tempProject({ 'broken.js': 'export const = 1;\n' });
    const { code, stdout } = await runCli([], cwd);
    expect(code).toBe(1);
    expect(stdout).toContain('Parsing error');
  });

  it('exits 2 with a one-line message on an unknown flag, a bad value or a missing path', async () => {
    const cwd = tempProject({ 'a.js': '' });
    expect(await runCli(['--fix'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: "http-status-lint: unknown option '--fix'.\nRun 'http-status-lint --help' for usage.\n",
    });
    expect((await runCli(['--max-warnings', 'x'], cwd)).code).toBe(2);
    const missing = await runCli(['a.js', 'nope'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("http-status-lint: no such file or directory: 'nope'.");
  });

  it('exits 2 with a one-line message on an internal error', async () => {
    const cwd = tempProject({ 'a.js': ACCEPTED_WITHOUT_LOCATION });
    const missingModule = new URL('file:///nonexistent/eslint-options.js');
    const { code, stdout, stderr } = await runCli(['--concurrency', '2'], cwd, missingModule);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^http-status-lint: .*nonexistent.*\n$/);
  });

  it('--help and --version print and exit 0', async () => {
    const cwd = tempProject({});
    const help = await runCli(['--help'], cwd);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: http-status-lint \[paths…\] \[options\]/);
    for (const flag of ['--format', '--output-file', '--quiet', '--max-warnings', '--strict', '--cache', '--concurrency', '--suppress-all', '--suppress-rule', '--prune-suppressions', '--suppressions-location', '--pass-on-unpruned-suppressions']) {
      expect(help.stdout).toContain(flag);
    }
    // Help is read in a terminal: no line wider than 110 columns.
    expect(help.stdout.split('\n').filter((line) => line.length > 110)).toEqual([]);
    expect(await runCli(['--version'], cwd)).toEqual({
      code: 0,
      stdout: `eslint-plugin-http-status ${plugin.meta.version} (ESLint ${ESLint.version})\n`,
      stderr: '',
    });
  });
});

describe('run: which files', () => {
  it('lints JavaScript with JSX and TypeScript (TSX, type assertions, .mts/.cts) with the right parser', async () => {
    const cwd = tempProject({
      'a.jsx': 'export const Page = () => <main>{String(1)}</main>;\n',
      'b.ts': 'const limit = <number>JSON.parse("1"); export type Limit = typeof limit;\n',
      'c.tsx': 'export const Page = ({ n }: { n: number }) => <p>{n satisfies number}</p>;\n',
      'd.mts': 'export enum Code { Ok = 200 }\n',
      'e.cts': 'import fs = require("node:fs"); export = fs;\n',
      'f.cjs': 'module.exports = function () { return arguments.length; };\n',
      'notes.txt': 'not code',
    });
    const { code, stdout } = await runCli(['--format', 'json'], cwd);
    const results = JSON.parse(stdout) as ESLint.LintResult[];
    expect(results.map((result) => path.basename(result.filePath)).sort()).toEqual(['a.jsx', 'b.ts', 'c.tsx', 'd.mts', 'e.cts', 'f.cjs']);
    expect(results.flatMap((result) => result.messages)).toEqual([]);
    expect(code).toBe(0);
  });

  it('skips node_modules, build output, coverage and what .gitignore lists', async () => {
    const cwd = tempProject({
      '.gitignore': '# build output\ngenerated/\n*.bundle.js\n!keep.bundle.js\n',
      'node_modules/pkg/index.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'dist/server.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'build/server.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'web/.next/server/app/route.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'coverage/lcov-report/prettify.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'generated/server.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'app.bundle.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'keep.bundle.js': UNAUTHORIZED_WITH_CHALLENGE,
      'src/server.js': UNAUTHORIZED_WITH_CHALLENGE,
    });
    const { code, stdout } = await runCli(['--format', 'json'], cwd);
    const results = JSON.parse(stdout) as ESLint.LintResult[];
    expect(results.map((result) => path.relative(cwd, result.filePath)).sort()).toEqual(['keep.bundle.js', path.join('src', 'server.js')]);
    expect(code).toBe(0);
  });

  it('skips what a legacy .eslintignore lists, without ESLint’s warning that flat config ignores the file', async () => {
    const cwd = tempProject({
      '.eslintignore': 'vendor/\n*.min.js\n',
      'vendor/server.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'public/app.min.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'src/server.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
    });
    const emitWarning = vi.spyOn(process, 'emitWarning');
    try {
      const { code, stdout } = await runCli(['--format', 'json'], cwd);
      const results = JSON.parse(stdout) as ESLint.LintResult[];
      expect(results.map((result) => path.relative(cwd, result.filePath))).toEqual([path.join('src', 'server.js')]);
      expect(results[0]!.messages.map((message) => message.ruleId)).toEqual([CHALLENGE_RULE]);
      expect(code).toBe(1);
      expect(emitWarning.mock.calls.filter((call) => (call as unknown[])[1] === 'ESLintIgnoreWarning')).toEqual([]);
      // Other warnings still reach Node.
      expect(Reflect.get(process, 'emitWarning')).toBe(emitWarning);
    } finally {
      emitWarning.mockRestore();
    }
  });

  it('still honours an eslint-disable comment for one of its findings, without flagging other plugins’ comments', async () => {
    const cwd = tempProject({
      'a.js': [
        '/* eslint-disable @typescript-eslint/no-explicit-any -- a rule this run does not load */',
        '// eslint-disable-next-line no-console',
        "console.log('up');",
        UNAUTHORIZED_WITHOUT_CHALLENGE.replace('return res', `// eslint-disable-next-line ${CHALLENGE_RULE}\n  return res`),
      ].join('\n'),
    });
    expect(await runCli([], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await runCli(['--format', 'sarif'], cwd)).toMatchObject({ code: 0, stderr: '' });
  });

  it('--cache writes its cache under node_modules/.cache and gives the same findings on the next run', async () => {
    const cwd = tempProject({ 'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    const first = await runCli(['--cache'], cwd);
    const cacheDir = path.join(cwd, 'node_modules', '.cache', 'http-status-lint');
    expect(fs.readdirSync(cacheDir)).toHaveLength(1);
    const second = await runCli(['--cache'], cwd);
    expect(second).toEqual(first);
    expect(second.code).toBe(1);
  });
});

describe('run: --format', () => {
  it('json gives ESLint’s results', async () => {
    const cwd = tempProject({ 'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    const { code, stdout } = await runCli(['--format', 'json'], cwd);
    const [result] = JSON.parse(stdout) as ESLint.LintResult[];
    expect(code).toBe(1);
    expect(result?.messages.map((message) => [message.ruleId, message.line, message.severity])).toEqual([[CHALLENGE_RULE, 2, 2]]);
  });
});

describe('run: test files', () => {
  it('skips the server rules in test files, and lints no file that only a test-file pattern names', async () => {
    const cwd = tempProject({
      'src/auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'src/auth.test.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      // Seen on novu: `*.spec.*` once pulled these in, and each failed to parse.
      'tsconfig.spec.json': '{ "compilerOptions": {} }\n',
      'src/__snapshots__/auth.test.js.snap': 'exports[`x`] = `y`;\n',
    });
    const { code, stdout } = await runCli(['--format', 'json', '.'], cwd);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
    expect(results.map((result) => path.relative(cwd, result.filePath)).sort()).toEqual([path.join('src', 'auth.js'), path.join('src', 'auth.test.js')]);
    expect(results.find((result) => result.filePath.endsWith('auth.test.js'))?.messages).toEqual([]);
  });
});
