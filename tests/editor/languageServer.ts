// A minimal LSP client for tests/editor/languageServer.test.ts: starts the real ESLint language server
// (vscode-eslint's, as packaged in vscode-langservers-extracted) over stdio and plays the part of the editor,
// answering every request the server sends back (settings, workspace folders, edits to apply). Everything
// waits at most TIMEOUT_MS, so a server that hangs fails the test with its log instead of stalling it.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  ApplyWorkspaceEditRequest,
  CodeActionKind,
  ConfigurationRequest,
  createMessageConnection,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  type MessageConnection,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit,
  UnregistrationRequest,
  type WorkspaceEdit,
  WorkspaceFoldersRequest,
  type InitializeResult,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';

export const TIMEOUT_MS = 20_000;

const require = createRequire(import.meta.url);

/** The server's entry point, found through the package's own `bin` field rather than a hard-coded path. */
function serverScript(): string {
  const manifest = require.resolve('vscode-langservers-extracted/package.json');
  const { bin } = require(manifest) as { bin: Record<string, string> };
  const script = bin['vscode-eslint-language-server'];
  if (!script) throw new Error('vscode-langservers-extracted has no vscode-eslint-language-server bin');
  return path.join(path.dirname(manifest), script);
}

/**
 * The settings VS Code's ESLint extension sends for a folder, field for field as the server reads them
 * (lib/eslint-language-server/eslint.js and eslintServer.js). `experimental.useFlatConfig` must stay false:
 * true makes the server load `eslint/use-at-your-own-risk` and look for a `FlatESLint` class there, which
 * ESLint 10 no longer has; with false it loads `eslint` and calls `loadESLint({ useFlatConfig })`, which
 * picks the flat-config class on ESLint 9 and 10 alike.
 */
function settings(folder: string) {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { mode: 'all', rules: [] },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    // null: ESLint is resolved from the project, as for a user who installed it there.
    nodePath: null,
    workspaceFolder: { name: path.basename(folder), uri: pathToFileURL(folder).href },
    // Left out on purpose: without it the server finds the working directory from eslint.config.js.
    workingDirectory: undefined,
  };
}

/** Rejects after `ms` with a message naming what was awaited and the server's log so far. */
export function within<T>(promise: Promise<T>, what: string, log: readonly string[], ms = TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms. Server log:\n${log.join('\n')}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface ServerSession {
  connection: MessageConnection;
  initializeResult: InitializeResult;
  /** window/logMessage texts and the server's stderr, for assertions and failure messages. */
  log: string[];
  /** The method of every request the server sent to the client, in order. */
  requests: string[];
  /** Every WorkspaceEdit the server asked the client to apply (workspace/applyEdit), in order. */
  appliedEdits: WorkspaceEdit[];
  /** Sends a request and waits at most TIMEOUT_MS for its answer. */
  request<R>(method: string, params: unknown): Promise<R>;
  stop(): Promise<void>;
}

/** Starts the server in `folder`, the one workspace folder, and completes the initialize handshake. */
export async function startServer(folder: string): Promise<ServerSession> {
  const child: ChildProcess = spawn(process.execPath, [serverScript(), '--stdio'], {
    cwd: folder,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const requests: string[] = [];
  const appliedEdits: WorkspaceEdit[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => log.push(`[stderr] ${chunk.trimEnd()}`));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  // vscode-jsonrpc's MessageConnection (re-exported by the protocol package) rather than ProtocolConnection:
  // only it takes a handler for requests of any method.
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onNotification(LogMessageNotification.type, ({ message }) => {
    log.push(message);
  });

  const workspaceFolder = { name: path.basename(folder), uri: pathToFileURL(folder).href };
  // Every request the server may send (see its source) gets an answer: an unanswered request blocks it.
  connection.onRequest(ConfigurationRequest.type, ({ items }) => {
    requests.push(ConfigurationRequest.method);
    return items.map(() => settings(folder));
  });
  connection.onRequest(WorkspaceFoldersRequest.type, () => {
    requests.push(WorkspaceFoldersRequest.method);
    return [workspaceFolder];
  });
  connection.onRequest(RegistrationRequest.type, () => {
    requests.push(RegistrationRequest.method);
  });
  connection.onRequest(UnregistrationRequest.type, () => {
    requests.push(UnregistrationRequest.method);
  });
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => {
    requests.push(WorkDoneProgressCreateRequest.method);
  });
  connection.onRequest(ApplyWorkspaceEditRequest.type, ({ edit }) => {
    requests.push(ApplyWorkspaceEditRequest.method);
    appliedEdits.push(edit);
    return { applied: true };
  });
  // The rest: eslint/noLibrary, eslint/noConfig, eslint/probeFailed, eslint/openDoc, diagnostic refreshes.
  // An editor shows these to the user; here they are recorded (the test fails on the error ones) and answered.
  connection.onRequest((method) => {
    requests.push(method);
    return {};
  });
  connection.listen();

  const request = <R>(method: string, params: unknown) =>
    within(connection.sendRequest<R>(method, params), method, log);

  const handshake = async () => {
    const result = await within(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        clientInfo: { name: 'eslint-plugin-http-status editor test' },
        rootUri: workspaceFolder.uri,
        workspaceFolders: [workspaceFolder],
        capabilities: {
          workspace: {
            configuration: true,
            workspaceFolders: true,
            applyEdit: true,
            workspaceEdit: { documentChanges: true },
            didChangeConfiguration: { dynamicRegistration: false },
            executeCommand: { dynamicRegistration: false },
          },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: true },
            diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
            // Without codeActionLiteralSupport the server offers no code actions at all.
            codeAction: {
              dynamicRegistration: false,
              codeActionLiteralSupport: {
                codeActionKind: { valueSet: [CodeActionKind.QuickFix, CodeActionKind.Source, CodeActionKind.SourceFixAll] },
              },
            },
          },
        },
      }),
      InitializeRequest.method,
      log,
    );
    await connection.sendNotification(InitializedNotification.type, {});
    return result;
  };

  let initializeResult: InitializeResult;
  try {
    initializeResult = await handshake();
  } catch (error) {
    // The caller gets no session to stop, so the server process is ended here.
    child.kill();
    connection.dispose();
    throw error;
  }

  const stop = async () => {
    try {
      await within(connection.sendRequest(ShutdownRequest.type), ShutdownRequest.method, log, 5_000);
      await connection.sendNotification(ExitNotification.type);
      await within(exited, 'server exit', log, 5_000);
    } finally {
      // Whatever happened above, this process is ours and must not outlive the test.
      if (child.exitCode === null && child.signalCode === null) child.kill();
      connection.dispose();
    }
  };

  return { connection, initializeResult, log, requests, appliedEdits, request, stop };
}

/** The text edits of `edit` for `uri`, whether the server sent them as `documentChanges` or `changes`. */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change && change.textDocument.uri === uri ? change.edits.filter((e): e is TextEdit => 'range' in e) : [],
  );
  return [...fromDocumentChanges, ...(edit.changes?.[uri] ?? [])];
}

/** Applies LSP text edits (line/character positions, UTF-16) to `text`, as an editor does. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const offset = ({ line, character }: { line: number; character: number }) =>
    Math.min((lineStarts[line] ?? text.length) + character, text.length);
  // From the end backwards, so earlier offsets stay valid (LSP edits never overlap).
  const sorted = edits
    .map((edit) => ({ start: offset(edit.range.start), end: offset(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start);
  return sorted.reduce((result, { start, end, newText }) => result.slice(0, start) + newText + result.slice(end), text);
}
