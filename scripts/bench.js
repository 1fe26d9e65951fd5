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
// Each arm's config is normalised once, as ESLint's CLI does (it computes a file's config once and caches it):
// `linter.verify` given a plain array rebuilds and revalidates the whole config on every call, about 4 ms per
// file here, which no real run pays per file and which only added noise. V8 runs single-threaded
// (`--single-threaded`; the script restarts itself with it), so that garbage collection and compilation are
// counted in the lint that causes them, not in whichever lint a background thread happens to overlap.
//
// Usage: node scripts/bench.js [--runs n] [--check] [--top k]   (n rounds after the warm-up, default 10; --check exits 1
// when the ratio is over the target, or when the A/A ratio is off by more than 1.5%: then the numbers are unreliable;
// --top k lists the k files whose minima differ most between "on" and "off", to find where the cost is)
// --instructions counts instructions under valgrind instead of time: see countInstructions.
// Per-rule times: TIMING=all node scripts/bench.js --runs 1 (ESLint's own rule timing, printed at exit).
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

import { Linter } from 'eslint';

import { languageConfigs, rulesConfig } from '../dist/lint-config.js';
import { packageDir, ROOT, sourceFiles, virtualFilename } from './corpus.js';

if (!process.execArgv.includes('--single-threaded')) {
  const { status } = spawnSync(process.execPath, ['--single-threaded', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

const TARGET = 1.03;
/**
 * V8 in predictable mode: no background threads, no heuristics driven by the clock (V8 sizes its heap by how
 * fast the collector ran, which under valgrind differs from run to run), fixed random and hash seeds. Without
 * it "off" and "off again" differed by 1.7% in instructions; with it, by 0.2%, and "on" by up to 0.5% between
 * two runs of one build.
 */
const PREDICTABLE = ['--predictable', '--single-threaded', '--hash-seed=1', '--random-seed=1'];
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
// ESLint's own config array (not exported; its file is loaded by path), normalised once per arm.
const { FlatConfigArray } = createRequire(import.meta.url)(path.join(packageDir('eslint'), 'lib', 'config', 'flat-config-array.js'));
const normalised = (configs) => {
  const array = new FlatConfigArray(configs, { basePath: ROOT });
  array.normalizeSync();
  return array;
};
const arms = {
  off: normalised(common),
  on: normalised([...common, rulesConfig('all')]),
  // The same configs as "off", in a config array of its own (with its own cache of per-file configs).
  off2: normalised([...common]),
};
const ARMS = Object.keys(arms);
const ruleCount = Object.keys(rulesConfig('all').rules ?? {}).length;
const files = corpus.flatMap(({ group, files }) => files.map((file) => ({ group, ...file })));
const bytes = files.reduce((sum, { code }) => sum + code.length, 0);
const linter = new Linter({ cwd: ROOT });

// --arm name (for --instructions): lint the corpus once in that arm, as one CLI run lints each file once, and
// exit; "none" lints nothing, so that what the process costs before and after the lints can be subtracted.
const armArg = process.argv.indexOf('--arm');
if (armArg > 0) {
  const arm = process.argv[armArg + 1];
  if (arm !== 'none') for (const { name, code } of files) linter.verify(code, arms[arm], name);
  process.exit(0);
}
if (process.argv.includes('--instructions')) {
  await countInstructions();
  process.exit(process.exitCode ?? 0);
}

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
const reliable = judge(ratio, aa);
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

/**
 * Whether the A/A ratio says the numbers can be trusted; with --check, a ratio over the target or untrusted
 * numbers make the run exit 1. Both modes judge by it.
 */
function judge(ratio, aa) {
  const reliable = Math.abs(aa - 1) <= AA_TOLERANCE;
  if (process.argv.includes('--check') && (ratio > TARGET || !reliable)) process.exitCode = 1;
  return reliable;
}

/**
 * --instructions: the instructions each arm executes, counted by valgrind (cachegrind), each arm in a process of
 * its own that lints every file once. Unlike time, the count does not depend on what else the machine is doing:
 * the same process gives the same count whatever the load (see PREDICTABLE). It counts work, not time: cache misses and
 * memory stalls are not in it, so it complements the time ratio rather than replacing it. Ratio =
 * (on − none) / (off − none), A/A = (off2 − none) / (off − none); two processes at a time, about 5 minutes.
 */
function countInstructions() {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('bench --instructions needs valgrind (Debian: apt-get install valgrind)');
    process.exitCode = 2;
    return;
  }
  const script = fileURLToPath(import.meta.url);
  const count = (arm) =>
    new Promise((resolve, reject) => {
      const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...PREDICTABLE, script, '--arm', arm];
      execFile('valgrind', args, { maxBuffer: 1 << 26 }, (error, _stdout, stderr) => {
        const refs = /I\s+refs:\s*([\d,]+)/.exec(stderr);
        if (error || !refs) reject(new Error(`valgrind (arm ${arm}) failed: ${error?.message ?? stderr.slice(-500)}`));
        else resolve(Number(refs[1].replaceAll(',', '')));
      });
    });
  console.log(`bench --instructions: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB), ${ruleCount} rules, each arm linting every file once under valgrind`);
  const started = performance.now();
  // Two at a time on the 2-core machines; "none" first, as the subtrahend.
  return (async () => {
    const [none, off] = await Promise.all([count('none'), count('off')]);
    const [on, off2] = await Promise.all([count('on'), count('off2')]);
    const ratio = (on - none) / (off - none);
    const aa = (off2 - none) / (off - none);
    const g = (n) => `${(n / 1e9).toFixed(2)} G`;
    console.log(`  instructions: none ${g(none)}, off ${g(off)}, on ${g(on)}, off again ${g(off2)}`);
    console.log(`  per file: ${((on - off) / files.length / 1e6).toFixed(2)} M instructions of ours, ${((off - none) / files.length / 1e6).toFixed(2)} M for ESLint without them`);
    const reliable = judge(ratio, aa);
    console.log(
      `bench --instructions: ratio ${ratio.toFixed(3)} (target ≤ ${TARGET}) ${ratio <= TARGET ? 'ok' : 'OVER TARGET'}; A/A ${aa.toFixed(3)} ${reliable ? 'ok' : 'UNRELIABLE'}; ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  })();
}
