import fs from 'node:fs';
import path from 'node:path';

import type { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import { lintTargets } from '../../../src/cli/lintTargets.js';
import { UsageError } from '../../../src/cli/usageError.js';
import { removeTempProjects, runCli, tempProject, UNAUTHORIZED_WITH_CHALLENGE, UNAUTHORIZED_WITHOUT_CHALLENGE } from './runCli.js';

afterAll(removeTempProjects);

/** The linted files of `--format json` output, relative to `root`, sorted. */
const linted = (stdout: string, root: string): string[] =>
  (JSON.parse(stdout) as ESLint.LintResult[]).map((result) => path.relative(root, result.filePath).split(path.sep).join('/')).sort();

describe('run: paths outside the current folder', () => {
  it('lints a sibling folder, an absolute path and a glob there, and reports what they hold', async () => {
    const root = tempProject({
      'here/package.json': '{}',
      'other/src/auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'other/src/ok.js': UNAUTHORIZED_WITH_CHALLENGE,
    });
    const cwd = path.join(root, 'here');
    for (const target of ['../other', path.join(root, 'other'), '../other/src/*.js']) {
      const { code, stdout, stderr } = await runCli(['--format', 'json', target], cwd);
      expect({ target, code, stderr }).toEqual({ target, code: 1, stderr: '' });
      expect(linted(stdout, root)).toEqual(['other/src/auth.js', 'other/src/ok.js']);
    }
    const stylish = await runCli(['../other/src/auth.js'], cwd);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('http-status/require-401-www-authenticate');
    expect(stylish.stdout).not.toContain('outside of base path');
  });

  it('lints targets in two unrelated folders in one run', async () => {
    const root = tempProject({ 'a/x.js': UNAUTHORIZED_WITHOUT_CHALLENGE, 'b/deep/y.ts': UNAUTHORIZED_WITHOUT_CHALLENGE, 'c/.keep': '' });
    const { code, stdout } = await runCli(['--format', 'json', '../a', '../b/deep/y.ts'], path.join(root, 'c'));
    expect(code).toBe(1);
    expect(linted(stdout, root)).toEqual(['a/x.js', 'b/deep/y.ts']);
  });
});

describe('run: a target with nothing to lint exits 2', () => {
  it('a glob that matches no file', async () => {
    const cwd = tempProject({ 'src/a.js': UNAUTHORIZED_WITH_CHALLENGE });
    expect(await runCli(['src', 'lib/**/*.ts'], cwd)).toEqual({ code: 2, stdout: '', stderr: "http-status-lint: no file matches 'lib/**/*.ts'.\n" });
  });

  it('a folder without JavaScript or TypeScript, or whose files are all ignored', async () => {
    const cwd = tempProject({ 'README.md': '# nothing to lint\n', 'dist/server.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    const reason = "no JavaScript or TypeScript file outside node_modules, build output and .gitignore'd paths.";
    expect(await runCli([], cwd)).toEqual({ code: 2, stdout: '', stderr: `http-status-lint: nothing to lint in '.': ${reason}\n` });
    expect(await runCli(['dist'], cwd)).toEqual({ code: 2, stdout: '', stderr: `http-status-lint: nothing to lint in 'dist': ${reason}\n` });
  });

  it('named files of which none can be linted; one that can is linted and the others noted', async () => {
    const cwd = tempProject({ 'README.md': '# x\n', 'dist/server.js': UNAUTHORIZED_WITHOUT_CHALLENGE, 'src/auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    const none = await runCli(['README.md', 'dist/server.js'], cwd);
    expect(none).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        "http-status-lint: skipped 'README.md': not a JavaScript or TypeScript file.",
        `http-status-lint: skipped '${path.join('dist', 'server.js')}': ignored (node_modules, build output or .gitignore).`,
        "http-status-lint: nothing to lint: 'README.md', 'dist/server.js' named no JavaScript or TypeScript file.",
        '',
      ].join('\n'),
    });
    const some = await runCli(['--format', 'json', 'README.md', 'src/auth.js'], cwd);
    expect(some.code).toBe(1);
    expect(some.stderr).toBe("http-status-lint: skipped 'README.md': not a JavaScript or TypeScript file.\n");
    expect(linted(some.stdout, cwd)).toEqual(['src/auth.js']);
  });
});

describe('run: .gitignore files as git reads them', () => {
  it('honours the .gitignore files of parent folders up to the repository root, and nested ones', async () => {
    const root = tempProject({
      '.git/info/exclude': 'scratch.js\n',
      '.gitignore': 'generated/\n/packages/app/legacy.js\n*.tmp.js\n',
      'packages/app/.gitignore': '/fixtures/\n!keep.tmp.js\n',
      'packages/app/src/.gitignore': 'local-*.js\n',
      'packages/app/src/auth.js': UNAUTHORIZED_WITH_CHALLENGE,
      'packages/app/src/local-notes.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'packages/app/src/deep/local-x.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'packages/app/src/generated/api.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'packages/app/src/scratch.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'packages/app/src/a.tmp.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'packages/app/src/keep.tmp.js': UNAUTHORIZED_WITH_CHALLENGE,
      'packages/app/legacy.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'packages/app/fixtures/bad.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'packages/app/lib/fixtures/real.js': UNAUTHORIZED_WITH_CHALLENGE,
      'packages/other/local-y.js': UNAUTHORIZED_WITH_CHALLENGE,
    });
    const app = path.join(root, 'packages', 'app');
    const expected = ['packages/app/lib/fixtures/real.js', 'packages/app/src/auth.js', 'packages/app/src/keep.tmp.js'];
    const fromApp = await runCli(['--format', 'json'], app);
    expect({ code: fromApp.code, stderr: fromApp.stderr }).toEqual({ code: 0, stderr: '' });
    expect(linted(fromApp.stdout, root)).toEqual(expected);
    // From the repository root the same files of the app, and the other package (src's pattern stays in src).
    const fromRoot = await runCli(['--format', 'json'], root);
    expect(linted(fromRoot.stdout, root)).toEqual([...expected, 'packages/other/local-y.js']);
    expect(fromRoot.code).toBe(0);
  });

  it('reads a worktree’s or submodule’s .gitignore files, where .git is a file', async () => {
    const root = tempProject({ '.git': 'gitdir: /elsewhere/.git/worktrees/x\n', '.gitignore': 'gen/\n', 'app/gen/x.js': UNAUTHORIZED_WITHOUT_CHALLENGE, 'app/ok.js': '' });
    const { code, stdout, stderr } = await runCli(['--format', 'json'], path.join(root, 'app'));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(linted(stdout, root)).toEqual(['app/ok.js']);
  });

  it('without a repository, reads the .gitignore files from the current folder down', async () => {
    const cwd = tempProject({ '.gitignore': 'out/\n', 'app/.gitignore': 'gen.js\n', 'app/gen.js': UNAUTHORIZED_WITHOUT_CHALLENGE, 'app/ok.js': '', 'out/x.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    const { code, stdout } = await runCli(['--format', 'json'], cwd);
    expect(linted(stdout, cwd)).toEqual(['app/ok.js']);
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(cwd, '.git'))).toBe(false);
  });
});

describe('lintTargets', () => {
  it('bases the run on the repository root, else the current folder when it holds the targets, else their common parent', () => {
    const root = tempProject({ 'repo/.git/HEAD': '', 'repo/pkg/a.js': '', 'loose/x/b.js': '', 'loose/y/c.js': '' });
    const repoTargets = lintTargets(['a.js', 'lib/**/*.js'], path.join(root, 'repo', 'pkg'));
    expect(repoTargets).toMatchObject({ basePath: path.join(root, 'repo'), patterns: ['pkg/a.js', 'pkg/lib/**/*.js'] });
    expect(repoTargets.typed.get('pkg/lib/**/*.js')).toBe('lib/**/*.js');
    expect(lintTargets(['x'], path.join(root, 'loose'))).toMatchObject({ basePath: path.join(root, 'loose'), patterns: ['x'] });
    expect(lintTargets(['../x/b.js', '../y'], path.join(root, 'loose', 'x'))).toMatchObject({
      basePath: path.join(root, 'loose'),
      patterns: ['x/b.js', 'y'],
      folders: [
        { path: path.join(root, 'loose', 'x'), deep: false },
        { path: path.join(root, 'loose', 'y'), deep: true },
      ],
    });
    expect(() => lintTargets(['nope'], root)).toThrow(UsageError);
  });
});
