import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import type { ESLint } from 'eslint';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cliBuild } from '../../../tsup.config.js';
import { supportsConcurrency } from '../../../src/cli/createESLint.js';
import { removeTempProjects, runCli, tempProject, UNAUTHORIZED_WITHOUT_CHALLENGE } from './runCli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// Inside the repository so the bundle's external imports (eslint, parsers) resolve from node_modules.
const OUT_DIR = path.join(ROOT, 'node_modules', '.cache', 'http-status-lint-tests', `bin-${process.pid}`);
const CLI = path.join(OUT_DIR, 'cli.js');

/** Runs the built bin as a user would; resolves with the exit code instead of rejecting on 1 or 2. */
async function runBin(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(CLI, args, { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/**
 * `file:line:column rule severity` of each finding in `--format json` output. Only these: the bin runs the
 * ESLint that Node resolves, `runCli` the one the test run is aliased to (`npm run test:eslint9`), and
 * their results differ in fields such as `nodeType`.
 */
function findings(json: string): string[] {
  return (JSON.parse(json) as ESLint.LintResult[])
    .flatMap((result) =>
      result.messages.map((message) => `${path.basename(result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.severity}`),
    )
    .sort();
}

describe('the built bin', () => {
  beforeAll(async () => {
    // The CLI build of tsup.config.ts, into a private folder: `npm test` never touches dist/. Without the
    // plugin that shares dist/index.js, the CLI bundles the plugin itself, as that folder has no index.js.
    const esbuildPlugins = cliBuild.esbuildPlugins?.filter((plugin) => plugin.name !== 'share-plugin-build');
    await build({ ...cliBuild, esbuildPlugins, config: false, outDir: OUT_DIR, clean: true, silent: true });
    fs.chmodSync(CLI, 0o755);
  }, 60_000);
  afterAll(() => {
    fs.rmSync(OUT_DIR, { recursive: true, force: true });
    if (fs.readdirSync(path.dirname(OUT_DIR)).length === 0) fs.rmdirSync(path.dirname(OUT_DIR));
    removeTempProjects();
  });

  it('runs through its shebang and reports with exit code 1', async () => {
    const cwd = tempProject({ 'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    const { code, stdout } = await runBin([], cwd);
    expect(code).toBe(1);
    expect(stdout).toContain('http-status/require-401-www-authenticate');
  });

  it('lints in worker threads with --concurrency, with the same findings as in one thread', async () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`src/auth${i}.js`, UNAUTHORIZED_WITHOUT_CHALLENGE]));
    const cwd = tempProject(files);
    const single = await runCli(['--format', 'json'], cwd);
    const threaded = await runBin(['--format', 'json', '--concurrency', '2'], cwd);
    expect(threaded.code).toBe(1);
    expect(findings(threaded.stdout)).toHaveLength(6);
    expect(findings(threaded.stdout)).toEqual(findings(single.stdout));
    // ESLint may find the threads not worth it for six files: then one line of ours, never Node's raw warning.
    expect(threaded.stderr).not.toMatch(/ESLintPoorConcurrencyWarning|--trace-warnings/);
    // The `auto` setting picks its own thread count (maybe none for so few files): same findings.
    const auto = await runBin(['--format', 'json', '--concurrency', 'auto'], cwd);
    expect(findings(auto.stdout)).toEqual(findings(single.stdout));
  });

  it('exits 2 with a one-line message on a usage error', async () => {
    const { code, stdout, stderr } = await runBin(['--nope'], ROOT);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe("http-status-lint: unknown option '--nope'.\nRun 'http-status-lint --help' for usage.\n");
  });
});

describe('supportsConcurrency', () => {
  it('is true from ESLint 9.34 on, where `concurrency` exists', () => {
    expect(['9.15.0', '9.33.9', '8.57.1'].map((version) => supportsConcurrency(version))).toEqual([false, false, false]);
    expect(['9.34.0', '9.39.5', '10.0.0', '10.15.0'].map((version) => supportsConcurrency(version))).toEqual([true, true, true, true]);
  });
});
