import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import AjvDraft04 from 'ajv-draft-04';
import AjvFormats from 'ajv-formats';
import { ESLint } from 'eslint';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';

import { docsUrl, REPOSITORY_URL } from '../../../src/createRule.js';
import plugin from '../../../src/index.js';
import { pinnedDocsUrl } from '../../../src/cli/sarifLog.js';
import { ACCEPTED_WITHOUT_LOCATION, removeTempProjects, runCli, tempProject, UNAUTHORIZED_WITHOUT_CHALLENGE } from './runCli.js';

const require = createRequire(import.meta.url);
// CommonJS packages: an `import` gives their `module.exports`, which holds the real export as `default` too.
const Ajv = AjvDraft04.default;
const addFormats = AjvFormats.default;

/**
 * The SARIF 2.1.0 JSON schema (its last release candidate, 2.1.0-rtm.5, the text OASIS approved), as
 * Microsoft's SARIF SDK ships it in `@microsoft/jest-sarif`: read from node_modules, not copied here.
 */
const SCHEMA_FILE = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function validateSarif(log: unknown): string[] {
  // The schema's language pattern (`…{2}]?$`) is only valid without the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as object);
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

afterAll(removeTempProjects);

describe('--format sarif', () => {
  it('is valid against the SARIF 2.1.0 schema, with the plugin as the tool and URIs under %SRCROOT%', async () => {
    const cwd = tempProject({
      'src/auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE,
      'src/jobs queue/start.js': ACCEPTED_WITHOUT_LOCATION,
      'src/broken.js': 'export const = 1;\n',
    });
    const { code, stdout } = await runCli(['--format', 'sarif'], cwd);
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Sarif.Log;
    expect(validateSarif(log)).toEqual([]);
    // The check can fail: a log whose tool has no driver is not SARIF.
    expect(validateSarif({ ...log, runs: [{ ...log.runs[0], tool: {} }] })).toContain("/runs/0/tool must have required property 'driver'");

    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run?.tool.driver).toMatchObject({ name: 'eslint-plugin-http-status', version: plugin.meta.version, informationUri: REPOSITORY_URL });
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } });
    const results = run?.results ?? [];
    expect(
      results.map((result) => [result.ruleId, result.level, result.locations?.[0]?.physicalLocation?.artifactLocation, result.locations?.[0]?.physicalLocation?.region?.startLine]).sort(),
    ).toEqual([
      ['http-status/require-202-location', 'warning', { uri: 'src/jobs%20queue/start.js', uriBaseId: '%SRCROOT%' }, 2],
      ['http-status/require-401-www-authenticate', 'error', { uri: 'src/auth.js', uriBaseId: '%SRCROOT%' }, 2],
    ]);
    const rules = run?.tool.driver.rules ?? [];
    for (const result of results) expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    // The file that does not parse is a notification of the tool, not a finding of a rule.
    const notifications = run?.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notifications.map((notification) => [notification.level, notification.locations?.[0]?.physicalLocation?.artifactLocation?.uri])).toEqual([
      ['error', 'src/broken.js'],
    ]);
    expect(notifications[0]?.message.text).toMatch(/^Parsing error/);
  });

  /** The recommended rules at their recommended levels: MUST → error, SHOULD → warning. */
  const RECOMMENDED_LEVELS = {
    'http-status/no-202-as-completion': 'warning',
    'http-status/no-body-with-bodyless-status': 'error',
    'http-status/no-redirect-status-override': 'warning',
    'http-status/no-response-after-sent': 'error',
    'http-status/require-202-location': 'warning',
    'http-status/require-206-content-range': 'error',
    'http-status/require-401-www-authenticate': 'error',
    'http-status/require-405-allow': 'error',
    'http-status/require-407-proxy-authenticate': 'error',
    'http-status/require-416-content-range': 'warning',
    'http-status/require-426-upgrade': 'error',
    'http-status/require-redirect-location': 'warning',
    'http-status/valid-status-code': 'error',
  } as const;

  it('describes every rule the run had on, as code scanning reads a rule, with docs pinned to this version', async () => {
    const cwd = tempProject({ 'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    for (const [flags, levels] of [
      [[], RECOMMENDED_LEVELS],
      [['--strict'], Object.fromEntries(Object.keys(RECOMMENDED_LEVELS).map((id) => [id, 'error']))],
    ] as const) {
      const log = JSON.parse((await runCli(['--format', 'sarif', ...flags], cwd)).stdout) as Sarif.Log;
      const rules = log.runs[0]?.tool.driver.rules ?? [];
      expect(Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultConfiguration?.level]))).toEqual(levels);
      for (const rule of rules) {
        const name = rule.id.slice('http-status/'.length);
        const docs = (plugin.rules[name]?.meta?.docs ?? {}) as { description: string; requirement: string; specification: string };
        expect(rule.shortDescription?.text).toBe(docs.description);
        expect(rule.fullDescription?.text).toBe(`${docs.description} ${docs.specification} says ${docs.requirement}.`);
        expect(rule.helpUri).toBe(`${REPOSITORY_URL}/blob/v${plugin.meta.version}/docs/rules/${name}.md`);
        expect(rule.helpUri).toBe(pinnedDocsUrl(docsUrl(name)));
        expect(rule.properties).toEqual({
          tags: ['correctness', 'http', `rfc${/RFC (\d+)/.exec(docs.specification)?.[1]}`],
          kind: 'problem',
          precision: 'high',
          'problem.severity': docs.requirement === 'MUST' ? 'error' : 'warning',
        });
      }
      expect(log.runs[0]?.properties).toEqual({ eslintVersion: ESLint.version });
    }
  });

  it('gives a valid log with no results, and leaves out findings silenced by eslint-disable', async () => {
    const cwd = tempProject({
      'auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE.replace('return res', '// eslint-disable-next-line http-status/require-401-www-authenticate\n  return res'),
    });
    const { code, stdout } = await runCli(['--format', 'sarif'], cwd);
    expect(code).toBe(0);
    const log = JSON.parse(stdout) as Sarif.Log;
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]?.results).toEqual([]);
  });

  it('bases URIs on the repository root when a subfolder is linted', async () => {
    const root = tempProject({ '.git/HEAD': '', 'packages/api/auth.js': UNAUTHORIZED_WITHOUT_CHALLENGE });
    const log = JSON.parse((await runCli(['--format', 'sarif'], path.join(root, 'packages', 'api'))).stdout) as Sarif.Log;
    expect(log.runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`${pathToFileURL(root).href}/`);
    expect(log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('packages/api/auth.js');
  });
});
