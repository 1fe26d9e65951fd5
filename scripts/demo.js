// npm run demo [-- <path…> [options]] — runs the built CLI (dist/cli.js) on examples/, or on the paths and
// options given, and prints its findings. Exits 0 when the run worked, findings or not (they are the point
// of a demo); 2 when the CLI could not run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { ROOT } from './corpus.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const given = process.argv.slice(2);
// Paths typed after `npm run demo --` are relative to where npm was started (INIT_CWD), not to ROOT.
const cwd = given.length > 0 ? (process.env.INIT_CWD ?? process.cwd()) : ROOT;
const args = given.length > 0 ? given : ['examples'];

console.log(`$ http-status-lint ${args.join(' ')}   (in ${path.relative(ROOT, cwd) || '.'})`);
const { status, error } = spawnSync(process.execPath, [CLI, ...args], { cwd, stdio: 'inherit' });
if (error) {
  console.error(`demo: could not run ${CLI}: ${error.message}`);
  process.exitCode = 2;
} else if (status === 0 || status === 1) {
  console.log(status === 0 ? 'demo: the CLI ran; exit code 0 (no error-level findings).' : 'demo: the CLI ran; exit code 1 (error-level findings above).');
} else {
  process.exitCode = status ?? 2;
}
