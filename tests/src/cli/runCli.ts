import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { run } from '../../../src/cli/run.js';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Calls the CLI's real entry function in `cwd`, capturing what it prints. */
export async function runCli(argv: string[], cwd: string, optionsModule?: URL): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    ...(optionsModule ? { optionsModule } : {}),
  });
  return { code, stdout, stderr };
}

const projects: string[] = [];

/** A fresh temporary project holding `files` (path → content); {@link removeTempProjects} deletes it. */
export function tempProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'http-status-lint-'));
  projects.push(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

export function removeTempProjects(): void {
  for (const dir of projects.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** An Express handler answering 401 without a challenge: an error under `recommended` (a MUST). */
export const UNAUTHORIZED_WITHOUT_CHALLENGE = `export function requireKey(req, res, next) {
  if (!req.get('X-Api-Key')) return res.status(401).json({ error: 'unauthorized' });
  return next();
}
`;

/** The correct twin: the challenge is set on the same response. */
export const UNAUTHORIZED_WITH_CHALLENGE = `export function requireKey(req, res, next) {
  if (!req.get('X-Api-Key')) return res.set('WWW-Authenticate', 'ApiKey').status(401).json({ error: 'unauthorized' });
  return next();
}
`;

/** An Express 202 without a monitor: a warning under `recommended` (a SHOULD), an error under `strict`. */
export const ACCEPTED_WITHOUT_LOCATION = `export const start = (req, res) => {
  res.status(202).json({ id: 'job-1' });
};
`;
