// npm run bench — what do our rules cost? Lints a pinned corpus with every plugin rule on (A) and with no
// rule of ours (B), in one process with the same parser and config otherwise, alternating A B, B A … file
// by file after a warm-up run, and prints the median CPU time of each and the ratio A / B (target: ≤ 1.05).
//
// Both runs parse, analyse scopes and traverse every file: B enables one no-op rule, so ESLint's rule
// machinery runs in both and the ratio measures our rules alone.
//
// Usage: node scripts/bench.js [--runs n] [--check]   (--check exits 1 when the ratio is over the target)
// Per-rule times: TIMING=all node scripts/bench.js --runs 1 (ESLint's own rule timing, printed at exit).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { Linter } from 'eslint';

import { languageConfigs, rulesConfig } from '../dist/lint-config.js';
import { packageDir, ROOT, sourceFiles, virtualFilename } from './corpus.js';

const TARGET = 1.05;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
/** Bundles above this size are slow to parse and would drown the rest of the corpus. */
const MAX_BYTES = 300_000;

/** Source files of an installed package; a folder missing from node_modules is just left out. */
const inPackage = (name, sub, from) => {
  const dir = packageDir(name, from);
  return dir ? sourceFiles(path.join(dir, sub)) : [];
};
const vitest = packageDir('vitest');
const groups = {
  // General JavaScript with few status codes: what most of a code base is.
  'eslint/lib': inPackage('eslint', 'lib').filter((file) => !file.includes(`${path.sep}rules${path.sep}`)),
  'typescript-eslint': [...inPackage('@typescript-eslint/typescript-estree', 'dist'), ...inPackage('@typescript-eslint/scope-manager', 'dist')],
  // Servers and HTTP clients: Vite's dev server (res.statusCode, writeHead), attw's registry client and
  // its TypeScript sources, esbuild's installer (https.get and statusCode).
  'server & client': [
    ...(vitest ? inPackage('vite', 'dist/node', vitest) : inPackage('vite', 'dist/node')),
    ...inPackage('@arethetypeswrong/cli', 'dist'),
    ...inPackage('@arethetypeswrong/core', 'src'),
    ...inPackage('esbuild', 'install.js'),
    ...inPackage('esbuild', 'lib'),
  ],
  // Dense with status codes, responses and status checks: the worst case for our rules.
  examples: sourceFiles('examples'),
};
const corpus = Object.entries(groups).map(([group, files]) => ({
  group,
  files: files
    .filter((file) => fs.statSync(file).size <= MAX_BYTES)
    .map((file) => ({ name: virtualFilename(file), code: fs.readFileSync(file, 'utf8') })),
}));

const noop = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) };
const common = [
  ...languageConfigs(),
  {
    name: 'bench/common',
    // Inline comments must not switch rules off in one arm only (`/* eslint-disable */` is common).
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    plugins: { bench: { rules: { noop } } },
    rules: { 'bench/noop': 'error' },
  },
];
const arms = {
  on: [...common, rulesConfig('all')],
  off: common,
};
const ruleCount = Object.keys(rulesConfig('all').rules ?? {}).length;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const linter = new Linter({ cwd: ROOT });

/** CPU time (user + system) of this process in ms: other processes on a busy machine disturb it far less. */
const cpuSince = (start) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

/**
 * One run of both arms over the corpus. The arms alternate file by file (A B, then B A on the next file),
 * so both see the same state of the machine, the JIT and the heap: milliseconds per arm and group.
 */
function runBoth(run) {
  gc();
  const times = { on: {}, off: {} };
  for (const { group, files } of corpus) {
    times.on[group] = 0;
    times.off[group] = 0;
    for (const [index, { name, code }] of files.entries()) {
      for (const arm of (run + index) % 2 === 0 ? ['on', 'off'] : ['off', 'on']) {
        const start = process.cpuUsage();
        linter.verify(code, arms[arm], name);
        times[arm][group] += cpuSince(start);
      }
    }
  }
  return times;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const fileCount = corpus.reduce((sum, { files }) => sum + files.length, 0);
const bytes = corpus.reduce((sum, { files }) => sum + files.reduce((s, { code }) => s + code.length, 0), 0);
console.log(`bench: ${fileCount} files (${(bytes / 1e6).toFixed(1)} MB), ${ruleCount} rules on vs none, ${RUNS} runs of each after a warm-up`);
for (const { group, files } of corpus) console.log(`  ${group}: ${files.length} files`);

const started = performance.now();
runBoth(0); // warm-up: JIT, parser caches
const samples = { on: [], off: [] };
for (let run = 1; run <= RUNS; run += 1) {
  const times = runBoth(run);
  samples.on.push(times.on);
  samples.off.push(times.off);
}

const total = (times) => Object.values(times).reduce((sum, ms) => sum + ms, 0);
const row = (label, pick) => {
  const on = median(samples.on.map(pick));
  const off = median(samples.off.map(pick));
  return { label, on, off, ratio: on / off };
};
const rows = [...corpus.map(({ group }) => row(group, (times) => times[group])), row('total', total)];
const width = Math.max(...rows.map(({ label }) => label.length));
console.log(`\n${'CPU time'.padEnd(width)}  rules on   rules off  ratio`);
for (const { label, on, off, ratio } of rows) {
  console.log(`${label.padEnd(width)}  ${on.toFixed(0).padStart(6)} ms  ${off.toFixed(0).padStart(6)} ms  ${ratio.toFixed(3)}`);
}
const ratio = rows.at(-1).ratio;
console.log(`\nbench: ratio ${ratio.toFixed(3)} (target ≤ ${TARGET}) ${ratio <= TARGET ? 'ok' : 'OVER TARGET'}; ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (process.argv.includes('--check') && ratio > TARGET) process.exitCode = 1;
