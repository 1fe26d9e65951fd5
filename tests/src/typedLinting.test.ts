import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { runCli } from './cli/runCli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PROJECT = path.join(ROOT, 'tests', 'fixtures', 'typed-project');
const CONFIG_FILE = path.join(PROJECT, 'eslint.config.mjs');

/** `line rule` of each finding in the project's results. */
const findings = (results: ESLint.LintResult[]): string[] =>
  results.flatMap((result) => result.messages.map((message) => `${path.basename(result.filePath)}:${message.line} ${message.ruleId ?? message.message}`));

describe('the README’s typed-linting config', () => {
  it('is in the README word for word', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(fs.readFileSync(CONFIG_FILE, 'utf8'));
  });

  it('lints a TypeScript project with type information: a status known only through types is found', async () => {
    // Imported through vitest so that `eslint-plugin-http-status` resolves to the sources (vitest.config.ts).
    const { default: config } = (await import(CONFIG_FILE)) as { default: Linter.Config[] };
    const eslint = new ESLint({ cwd: PROJECT, overrideConfigFile: true, overrideConfig: config });
    const results = await eslint.lintFiles(['.']);
    expect(results.map((result) => path.relative(PROJECT, result.filePath))).toEqual(['eslint.config.mjs', path.join('src', 'auth.ts')]);
    expect(findings(results)).toEqual(['auth.ts:16 http-status/require-401-www-authenticate', 'auth.ts:21 http-status/require-401-www-authenticate']);
  });

  it('finds more than the CLI, which parses TypeScript without type information', async () => {
    // A copy outside this repository: here the fixture sits under `tests/`, where the recommended config turns
    // the server rules off.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'typed-project-'));
    fs.cpSync(path.join(PROJECT, 'src'), path.join(copy, 'src'), { recursive: true });
    const { code, stdout } = await runCli(['--format', 'json', 'src'], copy);
    fs.rmSync(copy, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(findings(JSON.parse(stdout) as ESLint.LintResult[])).toEqual(['auth.ts:16 http-status/require-401-www-authenticate']);
  });
});
