import fs from 'node:fs';
import path from 'node:path';

import type { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import { ACCEPTED_WITHOUT_LOCATION, removeTempProjects, runCli, tempProject, UNAUTHORIZED_WITH_CHALLENGE, UNAUTHORIZED_WITHOUT_CHALLENGE } from './runCli.js';

afterAll(removeTempProjects);

const CHALLENGE_RULE = 'http-status/require-401-www-authenticate';
const MONITOR_RULE = 'http-status/require-202-location';

/** Two 401s without a challenge in one handler file. */
const TWO_UNAUTHORIZED = `${UNAUTHORIZED_WITHOUT_CHALLENGE}export function again(req, res) {
  return res.status(401).json({ error: 'unauthorized' });
}
`;

const readSuppressions = (cwd: string, file = 'eslint-suppressions.json'): unknown => JSON.parse(fs.readFileSync(path.join(cwd, file), 'utf8'));

describe('bulk suppressions, as ESLint 9.24+ has them', () => {
  it('--suppress-all records the error-level findings in eslint-suppressions.json, which later runs honour', async () => {
    const cwd = tempProject({ 'src/auth.js': TWO_UNAUTHORIZED, 'src/jobs.js': ACCEPTED_WITHOUT_LOCATION, 'src/ok.js': UNAUTHORIZED_WITH_CHALLENGE });
    expect((await runCli([], cwd)).code).toBe(1);

    const recorded = await runCli(['--suppress-all'], cwd);
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toBe('http-status-lint: eslint-suppressions.json now tolerates 2 error(s) in 1 file-and-rule pair(s).\n');
    // Warnings are never suppressed: the 202 stays in the report.
    expect(recorded.stdout).toContain(MONITOR_RULE);
    expect(recorded.stdout).not.toContain(CHALLENGE_RULE);
    expect(readSuppressions(cwd)).toEqual({ 'src/auth.js': { [CHALLENGE_RULE]: { count: 2 } } });
    // The same format and layout ESLint writes: sorted keys, two spaces.
    expect(fs.readFileSync(path.join(cwd, 'eslint-suppressions.json'), 'utf8')).toBe(
      `{\n  "src/auth.js": {\n    "${CHALLENGE_RULE}": {\n      "count": 2\n    }\n  }\n}`,
    );

    const later = await runCli(['--format', 'json'], cwd);
    expect(later.code).toBe(0);
    const auth = (JSON.parse(later.stdout) as ESLint.LintResult[]).find((result) => result.filePath.endsWith('auth.js'));
    expect(auth).toMatchObject({ errorCount: 0, messages: [] });
    expect(auth?.suppressedMessages.map((message) => [message.ruleId, message.suppressions])).toEqual([
      [CHALLENGE_RULE, [{ kind: 'file', justification: '' }]],
      [CHALLENGE_RULE, [{ kind: 'file', justification: '' }]],
    ]);
  });

  it('a new finding of a suppressed rule in that file reports them all, as ESLint does', async () => {
    const cwd = tempProject({ 'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    await runCli(['--suppress-all'], cwd);
    fs.writeFileSync(path.join(cwd, 'auth.js'), TWO_UNAUTHORIZED);
    const { code, stdout } = await runCli(['--format', 'json'], cwd);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as ESLint.LintResult[])[0]?.errorCount).toBe(2);
  });

  it('fails on suppressions that no longer occur until --prune-suppressions drops them', async () => {
    const cwd = tempProject({ 'auth.js': TWO_UNAUTHORIZED, 'gone.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    await runCli(['--suppress-all'], cwd);
    fs.writeFileSync(path.join(cwd, 'auth.js'), UNAUTHORIZED_WITHOUT_CHALLENGE);
    fs.rmSync(path.join(cwd, 'gone.js'));

    const stale = await runCli([], cwd);
    expect(stale).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'http-status-lint: eslint-suppressions.json tolerates findings that are gone: run with --prune-suppressions to drop them, or --pass-on-unpruned-suppressions to ignore this.\n',
    });
    expect((await runCli(['--pass-on-unpruned-suppressions'], cwd)).code).toBe(0);

    const pruned = await runCli(['--prune-suppressions'], cwd);
    expect(pruned.code).toBe(0);
    expect(readSuppressions(cwd)).toEqual({ 'auth.js': { [CHALLENGE_RULE]: { count: 1 } } });
    expect(await runCli([], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--suppress-rule records one rule only; --suppressions-location names another file, which must exist to be read', async () => {
    const cwd = tempProject({ 'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE, 'jobs.js': ACCEPTED_WITHOUT_LOCATION });
    const location = ['--suppressions-location', 'config/lint-baseline.json'];
    const missing = await runCli([...location], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the suppressions file config/lint-baseline.json does not exist; create it with --suppress-all or --suppress-rule.');

    const recorded = await runCli(['--strict', '--suppress-rule', MONITOR_RULE, ...location], cwd);
    expect(recorded.code).toBe(1); // the 401 is still an error
    expect(readSuppressions(cwd, 'config/lint-baseline.json')).toEqual({ 'jobs.js': { [MONITOR_RULE]: { count: 1 } } });
    expect(fs.existsSync(path.join(cwd, 'eslint-suppressions.json'))).toBe(false);
    const { stdout } = await runCli(['--strict', '--format', 'json', ...location], cwd);
    expect((JSON.parse(stdout) as ESLint.LintResult[]).flatMap((result) => result.messages.map((message) => message.ruleId))).toEqual([CHALLENGE_RULE]);
  });

  it('rejects flags that exclude each other, and rules this run does not have, with exit code 2', async () => {
    const cwd = tempProject({ 'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    for (const [argv, message] of [
      [['--suppress-all', '--prune-suppressions'], '--suppress-all and --prune-suppressions cannot be used together.'],
      [['--suppress-all', '--suppress-rule', CHALLENGE_RULE], '--suppress-all and --suppress-rule cannot be used together.'],
      [['--suppress-rule', 'no-console'], `--suppress-rule: no rule 'no-console' here; the rules are`],
    ] as const) {
      const outcome = await runCli([...argv], cwd);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toContain(`http-status-lint: ${message}`);
    }
    expect(fs.existsSync(path.join(cwd, 'eslint-suppressions.json'))).toBe(false);
  });
});
