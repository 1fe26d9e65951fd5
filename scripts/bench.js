// npm run bench — what do our rules cost? Lints a pinned corpus in three arms in one process, with the same
// parser and config otherwise: "off" (no rule of ours), "on" (every plugin rule) and "off2" (no rule of ours
// again: an A/A check that the measurement itself is fair). After a warm-up round, every round lints each
// file once in each arm, the order of the arms rotating per file and round, so all arms see the same state
// of the machine, the JIT and the heap. For every file and arm it keeps the minimum time over the rounds
// (noise only ever adds time), and compares sums of those minima: ratio = Σmin(on) / Σmin(off) (target:
// ≤ 1.03), A/A = Σmin(off2) / Σmin(off), which should be 1 up to the noise left.
//
// All arms parse, analyse scopes and traverse every file: every arm enables one no-op rule, so ESLint's rule
// machinery runs in all of them and the ratio measures our rules alone.
//
// Usage: node scripts/bench.js [--runs n] [--check] [--top k]   (n rounds after the warm-up, default 10; --check exits 1
// when the ratio is over the target, or when the A/A ratio is off by more than 1.5%: then the numbers are unreliable;
// --top k lists the k files whose minima differ most between "on" and "off", to find where the cost is)
// Per-rule times: TIMING=all node scripts/bench.js --runs 1 (ESLint's own rule timing, printed at exit).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { Linter } from 'eslint';

import { languageConfigs, rulesConfig } from '../dist/lint-config.js';
import { packageDir, ROOT, sourceFiles, virtualFilename } from './corpus.js';

const TARGET = 1.03;
/** The A/A ratio may be off 1 by this much before the measurement counts as unreliable. */
const AA_TOLERANCE = 0.015;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs needs a whole number ≥ 1');
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
  off: common,
  on: [...common, rulesConfig('all')],
  // The same config as "off" (ESLint builds a config array from it on every call, as for the others).
  off2: [...common],
};
const ARMS = Object.keys(arms);
const ruleCount = Object.keys(rulesConfig('all').rules ?? {}).length;

/** All orders of the three arms; file i of round r takes order (r + i) mod 6, so each arm runs first, second
 * and third, after each other arm, equally often. */
const orders = [
  ['off', 'on', 'off2'],
  ['on', 'off2', 'off'],
  ['off2', 'off', 'on'],
  ['off', 'off2', 'on'],
  ['off2', 'on', 'off'],
  ['on', 'off', 'off2'],
];

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const linter = new Linter({ cwd: ROOT });

/**
 * CPU time (user + system) of this process in µs. Tried against wall time (process.hrtime) on the loaded
 * 2-core machine, per file in the same runs: wall time counts every moment another process holds the core,
 * and with more runnable threads than cores a lint of 10–300 ms is nearly always preempted, so even its
 * minimum over the rounds stays high and uneven (median/minimum 1.7–3.9 against 1.4–1.8, A/A off by 1–16%
 * against 1–4%). CPU time leaves those moments out. It is the whole process's: V8's GC and compiler threads
 * count too, which is work the lint causes in either arm.
 */
const now = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

const files = corpus.flatMap(({ group, files }) => files.map((file) => ({ group, ...file })));
/** min[arm][i]: the least time file i took in that arm over the rounds so far, in µs. */
const min = Object.fromEntries(ARMS.map((arm) => [arm, new Float64Array(files.length).fill(Infinity)]));

/** One round: every file linted once in each arm, back to back, in the order (round + file) mod 6. */
function round(index, record) {
  gc();
  for (const [i, { name, code }] of files.entries()) {
    for (const arm of orders[(index + i) % orders.length]) {
      // Start every lint with an empty young generation: otherwise whether a scavenge (tens of ms on a busy
      // machine) falls inside it depends on what the lints before it left, not on the lint itself.
      gc({ type: 'minor' });
      const start = now();
      linter.verify(code, arms[arm], name);
      const time = now() - start;
      if (record && time < min[arm][i]) min[arm][i] = time;
    }
  }
}

const bytes = files.reduce((sum, { code }) => sum + code.length, 0);
console.log(`bench: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB), ${ruleCount} rules on vs none vs none again, ${RUNS} rounds after a warm-up`);
for (const { group, files } of corpus) console.log(`  ${group}: ${files.length} files`);

const started = performance.now();
round(0, false); // warm-up: JIT, parser caches, config caches
for (let r = 1; r <= RUNS; r += 1) round(r, true);

/** Sums of per-file minima of each arm over the files that pass `keep`, in µs. */
const sums = (keep) => {
  const sum = Object.fromEntries(ARMS.map((arm) => [arm, 0]));
  let count = 0;
  for (const [i, file] of files.entries()) {
    if (!keep(file)) continue;
    count += 1;
    for (const arm of ARMS) sum[arm] += min[arm][i];
  }
  return { ...sum, count, ratio: sum.on / sum.off, aa: sum.off2 / sum.off, perFile: (sum.on - sum.off) / count };
};
const rows = [...corpus.map(({ group }) => ({ label: group, ...sums((file) => file.group === group) })), { label: 'total', ...sums(() => true) }];
const width = Math.max(...rows.map(({ label }) => label.length), 'Σ min CPU'.length);
const ms = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
console.log(`\n${'Σ min CPU'.padEnd(width)}  rules on   rules off  off again  ratio   A/A    µs/file`);
for (const { label, on, off, off2, ratio, aa, perFile } of rows) {
  console.log(`${label.padEnd(width)}  ${ms(on)}  ${ms(off)}  ${ms(off2)}  ${ratio.toFixed(3)}  ${aa.toFixed(3)}  ${perFile.toFixed(0).padStart(6)}`);
}
const { ratio, aa, perFile } = rows.at(-1);
const reliable = Math.abs(aa - 1) <= AA_TOLERANCE;
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `\nbench: ratio ${ratio.toFixed(3)} (target ≤ ${TARGET}) ${ratio <= TARGET ? 'ok' : 'OVER TARGET'}, ${perFile.toFixed(0)} µs per file; ` +
    `A/A ${aa.toFixed(3)} ${reliable ? 'ok' : `UNRELIABLE (off by more than ${AA_TOLERANCE * 100}%: too noisy; run again when the machine is quieter)`}; ${seconds} s`,
);
const topArg = process.argv.indexOf('--top');
if (topArg > 0) {
  const top = Number(process.argv[topArg + 1]);
  const costs = files.map((file, i) => ({ name: file.name, on: min.on[i], off: min.off[i], off2: min.off2[i] }));
  costs.sort((a, b) => b.on - b.off - (a.on - a.off));
  console.log(`\nfiles costing most (Σmin on − off, µs; off again for scale):`);
  for (const { name, on, off, off2 } of costs.slice(0, top)) {
    console.log(`  ${(on - off).toFixed(0).padStart(7)}  ${(off2 - off).toFixed(0).padStart(7)}  ${name}`);
  }
}
if (process.argv.includes('--check') && (ratio > TARGET || !reliable)) process.exitCode = 1;
