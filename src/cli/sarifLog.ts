import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { ESLint, Linter, Rule } from 'eslint';
import type * as Sarif from 'sarif';

import type { HttpStatusRuleDocs } from '../createRule.js';
import plugin from '../index.js';

/** The one base URI of a log: the run's base folder (the repository root in a git work tree). */
export const SRCROOT = '%SRCROOT%';

/** A rule as this run had it on: its id (`http-status/<name>`), its meta, and the level it was set to. */
export interface SarifRule {
  id: string;
  meta: Rule.RuleMetaData;
  severity: 'error' | 'warn';
}

export interface SarifOptions {
  /** Absolute folder the result URIs are relative to (`%SRCROOT%`). */
  basePath: string;
  /** Every rule the run had on, so a rule without findings is listed too (code scanning closes its alerts). */
  rules: readonly SarifRule[];
  /** The ESLint version that ran, recorded in the run's properties. */
  eslintVersion: string;
}

/**
 * A rule's page at the released version's tag rather than on `main`, which may describe a rule this version
 * does not have. Derived from the rule's own `meta.docs.url` (`…/blob/main/docs/rules/<rule>.md`), so the CLI
 * bundle needs no copy of the rule factory.
 */
export const pinnedDocsUrl = (docsUrl: string): string => docsUrl.replace('/blob/main/', `/blob/v${plugin.meta.version}/`);

/** The repository's home page, the part of a docs URL before `/blob/`. */
const repositoryUrl = (docsUrl: string): string => docsUrl.slice(0, docsUrl.indexOf('/blob/'));

/**
 * A SARIF 2.1.0 log of `results`, shaped the way GitHub code scanning reads one: the plugin as the tool,
 * URIs relative to `%SRCROOT%`, and per rule its descriptions, a pinned help link, its default level and the
 * `tags`, `precision` and `problem.severity` properties. Findings silenced by `eslint-disable` comments or a
 * suppressions file are left out, as in the other formats; files that did not parse become tool notifications.
 */
export function sarifLog(results: readonly ESLint.LintResult[], options: SarifOptions): Sarif.Log {
  const rules = [...options.rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const result of results) {
    const uri = relativeUri(options.basePath, result.filePath);
    for (const message of result.messages) {
      const location = locationOf(uri, message);
      const index = message.ruleId === null ? undefined : ruleIndex.get(message.ruleId);
      if (message.ruleId === null || index === undefined) {
        notifications.push({ level: levelOf(message.severity), message: { text: message.message }, locations: [location] });
        continue;
      }
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: index,
        level: levelOf(message.severity),
        message: { text: message.message },
        locations: [location],
      });
    }
  }
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: plugin.meta.name,
            version: plugin.meta.version,
            semanticVersion: plugin.meta.version,
            informationUri: repositoryUrl(anyDocsUrl()),
            rules: rules.map(reportingDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.basePath) } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
        properties: { eslintVersion: options.eslintVersion },
      },
    ],
  };
}

/** The docs URL of any of the plugin's rules. */
function anyDocsUrl(): string {
  const url = Object.values(plugin.rules)
    .map((rule) => rule.meta?.docs?.url)
    .find((docsUrl) => docsUrl !== undefined);
  if (url === undefined) throw new Error('The plugin has no rule with a docs URL.');
  return url;
}

function reportingDescriptor({ id, meta, severity }: SarifRule): Sarif.ReportingDescriptor {
  const name = id.slice(id.indexOf('/') + 1);
  const docs = (meta.docs ?? {}) as Partial<HttpStatusRuleDocs> & { description?: string; url?: string };
  const description = docs.description ?? id;
  const helpUri = pinnedDocsUrl(docs.url ?? anyDocsUrl());
  const requirement = docs.requirement && docs.specification ? ` ${docs.specification} says ${docs.requirement}.` : '';
  return {
    id,
    name,
    shortDescription: { text: description },
    fullDescription: { text: `${description}${requirement}` },
    helpUri,
    help: { text: `${description}${requirement} See ${helpUri}`, markdown: `${description}${requirement}\n\n[Rule documentation](${helpUri})` },
    defaultConfiguration: { level: severity === 'error' ? 'error' : 'warning' },
    properties: {
      tags: ['correctness', 'http', ...specificationTags(docs.specification)],
      kind: 'problem',
      // The rules stay silent when a status or header cannot be known: what they report is meant.
      precision: 'high',
      // Code scanning's severity of a non-security problem: an RFC MUST is an error, a SHOULD a warning.
      'problem.severity': docs.requirement === 'MUST' ? 'error' : 'warning',
    },
  };
}

/** `RFC 9110 §15.5.2` → `rfc9110`, a tag that filters alerts by specification. */
const specificationTags = (specification: string | undefined): string[] =>
  [...(specification ?? '').matchAll(/RFC\s*(\d+)/gi)].map((match) => `rfc${match[1]}`);

const levelOf = (severity: Linter.Severity): Sarif.Result.level => (severity === 2 ? 'error' : 'warning');

function locationOf(uri: string, message: Linter.LintMessage): Sarif.Location {
  const region: Sarif.Region = { startLine: Math.max(message.line, 1), startColumn: Math.max(message.column, 1) };
  if (message.endLine !== undefined) region.endLine = message.endLine;
  if (message.endColumn !== undefined) region.endColumn = message.endColumn;
  return { physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, region } };
}

/** `file` relative to `basePath` as a URI reference: `/` separators, each segment percent-encoded. */
function relativeUri(basePath: string, file: string): string {
  return path.relative(basePath, file).split(path.sep).map(encodeURIComponent).join('/');
}

/** A folder's `file:` URI, ending in `/` as SARIF requires of a base URI. */
function directoryUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}
