// Findings and suggestions reach an editor: the real ESLint language server (vscode-eslint's, from
// vscode-langservers-extracted) lints a file of a scratch project that installs the BUILT plugin and uses
// its recommended flat config. Run by `npm run test:editor` (which builds first), not by `npm test`: it
// needs dist/ and starts a Node process per ESLint major.
//
// What an editor does, step by step: open the file, pull its diagnostics (this server answers
// `textDocument/diagnostic`; it sends no `publishDiagnostics`), ask for code actions on a diagnostic,
// and run the chosen action's command, on which the server sends the edit back as `workspace/applyEdit`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CodeAction,
  CodeActionRequest,
  type Command,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type DocumentDiagnosticReport,
  ExecuteCommandRequest,
} from 'vscode-languageserver-protocol/node';

import plugin from '../../src/index.js';
import { applyEdits, editsFor, type ServerSession, startServer } from './languageServer.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// One finding per rule of the recommended config, written as in the rule tests and docs/rules/*.md.
const SOURCE = `export function routes(app) {
  app.get('/me', (req, res) => {
    res.status(401).json({ error: 'login' });
  });
  app.post('/exports', (req, res) => {
    res.status(202).json({ queued: true });
  });
}

export async function load() {
  const res = await fetch('/api/report', { method: 'POST' });
  if (res.status === 200 || res.status === 202) {
    return res.json();
  }
  throw new Error('failed');
}
`;

/** The suggestion of each rule that has one: its message (the code action's title) and the file after it. */
const SUGGESTIONS = {
  'http-status/require-401-www-authenticate': {
    title: 'Add the header `WWW-Authenticate: Bearer`. (http-status/require-401-www-authenticate)',
    output: SOURCE.replace(
      "res.status(401).json({ error: 'login' });",
      "res.status(401).header('WWW-Authenticate', 'Bearer').json({ error: 'login' });",
    ),
  },
  'http-status/no-202-as-completion': {
    title:
      'Remove 202 from this check, so that a 202 Accepted response takes the path for other statuses. (http-status/no-202-as-completion)',
    output: SOURCE.replace('if (res.status === 200 || res.status === 202) {', 'if (res.status === 200) {'),
  },
} as const;

/** What `recommended` reports on SOURCE: rule, severity and 1-based line, as ESLint itself would show it. */
const EXPECTED_FINDINGS = [
  { code: 'http-status/require-401-www-authenticate', severity: DiagnosticSeverity.Error, line: 3 },
  { code: 'http-status/require-202-location', severity: DiagnosticSeverity.Warning, line: 6 },
  { code: 'http-status/no-202-as-completion', severity: DiagnosticSeverity.Warning, line: 12 },
];

/**
 * A scratch project as a user has it: eslint.config.js importing the plugin by its package name, with the
 * plugin (this repository, so its package.json `exports` lead to dist/) and ESLint linked into node_modules.
 */
function scratchProject(eslintPackage: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'http-status-editor-')));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'eslint-plugin-http-status'), 'dir');
  fs.symlinkSync(path.join(ROOT, 'node_modules', eslintPackage), path.join(dir, 'node_modules', 'eslint'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'scratch', private: true, type: 'module' })}\n`);
  fs.writeFileSync(
    path.join(dir, 'eslint.config.js'),
    "import httpStatus from 'eslint-plugin-http-status';\n\nexport default [...httpStatus.configs.recommended];\n",
  );
  fs.writeFileSync(path.join(dir, 'src', 'api.js'), SOURCE);
  return dir;
}

const titleOf = (action: Command | CodeAction) => action.title;
// The server answers with CodeAction literals (the client says it supports them), whose `command` is an object.
const isCodeAction = (action: Command | CodeAction): action is CodeAction => typeof action.command !== 'string';
/** The command an action runs: `eslint.applySuggestion`, `eslint.applySingleFix`, `eslint.applyDisableLine`, … */
const commandOf = (action: CodeAction) => action.command?.command;

describe.each([
  { major: 10, eslintPackage: 'eslint' },
  { major: 9, eslintPackage: 'eslint-v9' },
])('the ESLint language server on ESLint $major', ({ major, eslintPackage }) => {
  let project: string;
  let uri: string;
  let server: ServerSession;
  let version = 0;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) {
      throw new Error('dist/ is missing: run `npm run test:editor`, which builds first');
    }
    project = scratchProject(eslintPackage);
    uri = pathToFileURL(path.join(project, 'src', 'api.js')).href;
    server = await startServer(project);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'javascript', version: ++version, text: SOURCE },
    });
  });

  afterAll(async () => {
    try {
      await server?.stop();
    } finally {
      if (project) fs.rmSync(project, { recursive: true, force: true });
    }
  });

  /** Replaces the whole document, as an editor does after an edit, and returns its diagnostics. */
  async function setText(text: string): Promise<Diagnostic[]> {
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text }],
    });
    return pullDiagnostics();
  }

  async function pullDiagnostics(): Promise<Diagnostic[]> {
    const report = await server.request<DocumentDiagnosticReport>(DocumentDiagnosticRequest.method, {
      textDocument: { uri },
    });
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${report.kind}`);
    return report.items;
  }

  async function codeActions(diagnostic: Diagnostic): Promise<(Command | CodeAction)[]> {
    return (
      (await server.request<(Command | CodeAction)[] | null>(CodeActionRequest.method, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], triggerKind: 1 },
      })) ?? []
    );
  }

  it('starts on the project ESLint, with pull diagnostics and code actions', async () => {
    const { capabilities } = server.initializeResult;
    expect(capabilities.diagnosticProvider).toMatchObject({ identifier: 'eslint' });
    expect(capabilities.codeActionProvider).toBeTruthy();
    await pullDiagnostics();
    // The server names the ESLint it loaded; it must be the scratch project's (linked to `eslintPackage`).
    const loaded = server.log.map((line) => /^ESLint library loaded from: (.+)$/.exec(line)?.[1]).find(Boolean);
    expect(loaded, server.log.join('\n')).toBeDefined();
    const { ESLint: LoadedESLint } = createRequire(import.meta.url)(loaded!) as { ESLint: typeof ESLint };
    expect(Number(LoadedESLint.version.split('.')[0])).toBe(major);
    const linked = fs.realpathSync(path.join(ROOT, 'node_modules', eslintPackage));
    expect(fs.realpathSync(loaded!).startsWith(linked + path.sep)).toBe(true);
  });

  it("shows every finding of the recommended config, as ESLint's own API reports it", async () => {
    const diagnostics = await setText(SOURCE);

    const findings = diagnostics.map(({ code, severity, range }) => ({ code, severity, line: range.start.line + 1 }));
    expect(findings).toEqual(EXPECTED_FINDINGS);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('eslint');
      // The rule's docs link, which the editor shows on the finding.
      const url = plugin.rules[String(diagnostic.code).replace('http-status/', '')]?.meta?.docs?.url;
      expect(url).toMatch(/^https:/);
      expect(diagnostic.codeDescription?.href).toBe(url);
    }

    // The same file through the same config and ESLint in this process: positions and messages arrive unchanged.
    const projectRequire = createRequire(path.join(project, 'package.json'));
    const { ESLint: ProjectESLint } = projectRequire('eslint') as { ESLint: typeof ESLint };
    const [result] = await new ProjectESLint({ cwd: project }).lintFiles(['src/api.js']);
    expect(result?.messages.length).toBe(EXPECTED_FINDINGS.length);
    expect(diagnostics.map(({ code, message, range }) => ({ code, message, range }))).toEqual(
      result!.messages.map((message) => ({
        code: message.ruleId,
        message: message.message,
        range: {
          start: { line: message.line - 1, character: message.column - 1 },
          end: { line: (message.endLine ?? message.line) - 1, character: (message.endColumn ?? message.column) - 1 },
        },
      })),
    );
    expect(server.requests.filter((method) => /^eslint\/(noLibrary|noConfig|probeFailed)$/.test(method))).toEqual([]);
  });

  it('offers no suggestion for require-202-location, which has none', async () => {
    const diagnostic = (await setText(SOURCE)).find(({ code }) => code === 'http-status/require-202-location');
    expect(diagnostic).toBeDefined();
    const actions = await codeActions(diagnostic!);
    // The server's own actions show that the request was answered for this diagnostic…
    expect(actions.map(titleOf)).toContain('Disable http-status/require-202-location for this line');
    // …but no quick fix or suggestion edits the code.
    const editing = actions
      .filter(isCodeAction)
      .filter((action) => commandOf(action) === 'eslint.applySuggestion' || commandOf(action) === 'eslint.applySingleFix');
    expect(editing.map(titleOf)).toEqual([]);
  });

  it.each(Object.entries(SUGGESTIONS))('offers the suggestion of %s, and its edit is the rule’s', async (rule, { title, output }) => {
    const diagnostic = (await setText(SOURCE)).find(({ code }) => code === rule);
    expect(diagnostic).toBeDefined();
    const actions = (await codeActions(diagnostic!)).filter(isCodeAction);
    const suggestions = actions.filter((action) => commandOf(action) === 'eslint.applySuggestion');
    expect(suggestions.map(titleOf)).toEqual([title]);
    const [suggestion] = suggestions;
    expect(suggestion?.kind).toBe('quickfix');
    expect(suggestion?.diagnostics).toEqual([diagnostic]);

    // Choosing the action runs its command; the server answers with the edit for the client to apply.
    const before = server.appliedEdits.length;
    await server.request(ExecuteCommandRequest.method, suggestion!.command);
    const received = server.appliedEdits.slice(before);
    expect(received).toHaveLength(1);
    // Addressed to the open document at its current version: an editor drops an edit for another version.
    expect(received[0]?.documentChanges).toEqual([{ textDocument: { uri, version }, edits: expect.any(Array) as unknown }]);
    const edits = editsFor(received[0]!, uri);
    expect(edits.length).toBeGreaterThan(0);
    const edited = applyEdits(SOURCE, edits);
    expect(edited).toBe(output);

    // After the edit the editor re-lints: this finding is gone, the others stay.
    const after = await setText(edited);
    const remaining = EXPECTED_FINDINGS.map(({ code }) => code).filter((code) => code !== rule);
    expect(after.map(({ code }) => code)).toEqual(remaining);
  });
});
