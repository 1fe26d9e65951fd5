// npm run test:smoke — lints thousands of real files (installed packages' JavaScript and TypeScript, plus
// examples/) with every rule of the plugin on, and fails on:
//   - a rule that throws (a crash; files that do not even parse without our rules are skipped), and
//   - a fix or suggestion of ours whose output no longer parses (each one applied alone, re-parsed with the
//     same parser).
//   - a file of a multi-module project (scripts/smokeProjects.js), untyped or typed, that throws or hangs.
// Usage: node scripts/smoke.js [--findings]   (--findings lists every finding, to review false alarms)
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { Linter } from 'eslint';

import { languageConfigs, rulesConfig } from '../dist/lint-config.js';
import { ROOT, sourceFiles, virtualFilename } from './corpus.js';
import { smokeProjects } from './smokeProjects.js';

/** Bundled and minified files above this size take long to parse and teach nothing new. */
const MAX_BYTES = 1_000_000;
const LISTED_FINDINGS = process.argv.includes('--findings') ? Infinity : 25;

const rules = rulesConfig('all');
const PREFIX = `${Object.keys(rules.plugins ?? {})[0]}/`;
// Inline comments must not switch our rules off anywhere (`/* eslint-disable */` is common in packages).
const linterOptions = {
  name: 'smoke/linter-options',
  linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
};
const parseOnly = [...languageConfigs(), linterOptions];
const withRules = [...parseOnly, rules];
const linter = new Linter({ cwd: ROOT });

const started = performance.now();
// The examples too: installed packages rarely answer 401 or 202, the examples exercise every suggestion.
const all = [...sourceFiles('node_modules'), ...sourceFiles('examples')];
const files = all.filter((file) => fs.statSync(file).size <= MAX_BYTES);

let linted = 0;
let unparsable = 0;
let edits = 0;
const findings = [];
const crashes = [];
const brokenEdits = [];

/** Whether `code` parses with the parser of `name`. */
const parses = (code, name) => !linter.verify(code, parseOnly, name).some((message) => message.fatal);

const applyFix = (code, fix) => code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);

for (const file of files) {
  const code = fs.readFileSync(file, 'utf8');
  const name = virtualFilename(file);
  const where = path.relative(ROOT, file);
  let messages;
  try {
    messages = linter.verify(code, withRules, name);
  } catch (error) {
    // Only a crash when the file is fine without our rules.
    let parserCrash;
    try {
      parserCrash = !parses(code, name);
    } catch {
      parserCrash = true;
    }
    if (parserCrash) unparsable += 1;
    else crashes.push(`${where}: ${String(error?.message ?? error).replaceAll('\n', ' — ')}`);
    continue;
  }
  if (messages.some((message) => message.fatal)) {
    unparsable += 1;
    continue;
  }
  linted += 1;
  for (const message of messages) {
    if (!message.ruleId?.startsWith(PREFIX)) continue;
    const at = `${where}:${message.line}:${message.column} ${message.ruleId}`;
    findings.push(`${at}  ${message.message}`);
    const candidates = [
      ...(message.fix ? [['fix', message.fix]] : []),
      ...(message.suggestions ?? []).map((suggestion) => [`suggestion "${suggestion.desc}"`, suggestion.fix]),
    ];
    for (const [kind, fix] of candidates) {
      edits += 1;
      if (!parses(applyFix(code, fix), name)) brokenEdits.push(`${at}: the ${kind} does not parse`);
    }
  }
}

// Real file names, so that imports are followed: the multi-module and typed projects.
const projects = smokeProjects(rules);
for (const problem of projects.problems) crashes.push(`project ${problem}`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const perRule = new Map();
for (const finding of findings) {
  const rule = finding.split(' ')[1];
  perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
}
const byRule = [...perRule].map(([rule, count]) => `${rule} ${count}`);

console.log(`smoke: ${linted} files linted with every rule on (${unparsable} skipped: they do not parse; ${all.length - files.length} over ${MAX_BYTES / 1e6} MB left out)`);
console.log(`smoke: ${projects.lints} lints of a multi-module project (cycles, re-exports, unparsable and missing modules), untyped and typed`);
console.log(`smoke: ${findings.length} findings${byRule.length ? ` (${byRule.join(', ')})` : ''}; ${edits} fixes and suggestions applied and re-parsed`);
for (const finding of findings.slice(0, LISTED_FINDINGS)) console.log(`  ${finding}`);
if (findings.length > LISTED_FINDINGS) console.log(`  … ${findings.length - LISTED_FINDINGS} more (node scripts/smoke.js --findings lists all)`);
for (const crash of crashes) console.error(`CRASH ${crash}`);
for (const broken of brokenEdits) console.error(`BROKEN ${broken}`);
console.log(`smoke: ${crashes.length} rule crashes, ${brokenEdits.length} edits that break parsing; ${seconds} s`);
process.exitCode = crashes.length + brokenEdits.length > 0 ? 1 : 0;
