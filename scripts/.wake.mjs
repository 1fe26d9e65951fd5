import fs from 'node:fs'; import path from 'node:path';
import { Linter } from 'eslint';
import { languageConfigs, rulesConfig } from '../dist/lint-config.js';
import { ROOT, virtualFilename, sourceFiles } from './corpus.js';
const all = rulesConfig('all'); const plugin = all.plugins['http-status'];
let woke = [];
const timed = { ...plugin, rules: Object.fromEntries(Object.entries(plugin.rules).map(([k, r]) => [k, { ...r, create(ctx) { const l = r.create(ctx); if (Object.keys(l).length) woke.push(k.replace(/^(no-|require-)/, '')); return l; } }])) };
const linter = new Linter({ cwd: ROOT });
const cfg = [...languageConfigs(), { ...all, plugins: { 'http-status': timed } }];
const counts = {};
for (const f of sourceFiles(process.argv[2] ?? 'examples')) { woke = []; const m = linter.verify(fs.readFileSync(f, 'utf8'), cfg, virtualFilename(f)); console.log(path.relative(ROOT, f).padEnd(50), m.length, woke.join(' ')); for (const w of woke) counts[w] = (counts[w] ?? 0) + 1; }
console.log(counts);
