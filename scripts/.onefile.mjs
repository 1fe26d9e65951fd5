// scratch (not committed): per-rule cost on given files, interleaved, min over rounds
import fs from 'node:fs'; import path from 'node:path'; import { createRequire } from 'node:module';
import { Linter } from 'eslint';
import { languageConfigs, rulesConfig } from '../dist/lint-config.js';
import { packageDir, ROOT, virtualFilename } from './corpus.js';
const noop = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) };
const common = [...languageConfigs(), { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' }, plugins: { bench: { rules: { noop } } }, rules: { 'bench/noop': 'error' } }];
const { FlatConfigArray } = createRequire(import.meta.url)(path.join(packageDir('eslint'), 'lib', 'config', 'flat-config-array.js'));
const norm = (c) => { const a = new FlatConfigArray(c, { basePath: ROOT }); a.normalizeSync(); return a; };
const all = rulesConfig('all');
const arms = { off: norm(common), all: norm([...common, all]) };
if (process.env.PERRULE) for (const r of Object.keys(all.rules)) arms[r.replace('http-status/','')] = norm([...common, { plugins: all.plugins, rules: { [r]: all.rules[r] } }]);
const files = process.argv.slice(2).map((f) => ({ name: virtualFilename(path.resolve(f)), code: fs.readFileSync(f, 'utf8') }));
const linter = new Linter({ cwd: ROOT });
const R = Number(process.env.R ?? 20);
const min = {};
for (let r = 0; r < R; r++) for (const f of files) for (const a of Object.keys(arms)) {
  const t = process.cpuUsage(); const msgs = linter.verify(f.code, arms[a], f.name); const d = process.cpuUsage(t); const us = d.user + d.system;
  const k = a; if (r > 1) min[k] = (min[k] ?? 0) + 0; 
  f[a] = Math.min(f[a] ?? Infinity, us); if (r===0 && a==='all') f.n = msgs.length;
}
for (const a of Object.keys(arms)) { const s = files.reduce((x, f) => x + f[a], 0); console.log(a.padEnd(34), s, (s / files.reduce((x, f) => x + f.off, 0)).toFixed(3)); }
if (files.length < 6) for (const f of files) console.log(f.name, f.off, f.all, f.n);
