// scratch: arms off / trivial / on, plus create() time inside on; interleaved, min per file
import fs from 'node:fs'; import path from 'node:path'; import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8'; import { runInNewContext } from 'node:vm';
import { Linter } from 'eslint';
import { languageConfigs, rulesConfig } from '../dist/lint-config.js';
import { packageDir, ROOT, virtualFilename, sourceFiles } from './corpus.js';
setFlagsFromString('--expose-gc'); const gc = runInNewContext('gc');
const noop = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) };
const common = [...languageConfigs(), { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' }, plugins: { bench: { rules: { noop } } }, rules: { 'bench/noop': 'error' } }];
const { FlatConfigArray } = createRequire(import.meta.url)(path.join(packageDir('eslint'), 'lib', 'config', 'flat-config-array.js'));
const norm = (c) => { const a = new FlatConfigArray(c, { basePath: ROOT }); a.normalizeSync(); return a; };
const all = rulesConfig('all');
const plugin = all.plugins['http-status'];
let createTime = 0n; let firstTime = 0n; let isFirst = true; const perRule = {};
const timed = { ...plugin, rules: Object.fromEntries(Object.entries(plugin.rules).map(([k, r]) => [k, { ...r, create(ctx) { const t = process.hrtime.bigint(); const l = r.create(ctx); const d = process.hrtime.bigint() - t; createTime += d; if (isFirst) { firstTime += d; isFirst = false; } perRule[k] = (perRule[k] ?? 0n) + d; return l; } }])) };
const trivial = { ...plugin, rules: Object.fromEntries(Object.entries(plugin.rules).map(([k, r]) => [k, { ...r, create: () => ({}) }])) };
const arms = {
  off: norm(common),
  trivial: norm([...common, { ...all, plugins: { 'http-status': trivial } }]),
  on: norm([...common, { ...all, plugins: { 'http-status': timed } }]),
};
const vitest = packageDir('vitest');
const inPkg = (n, s, from) => { const d = packageDir(n, from); return d ? sourceFiles(path.join(d, s)) : []; };
const groups = {
  'eslint/lib': inPkg('eslint', 'lib').filter((f) => !f.includes(`${path.sep}rules${path.sep}`)),
  'typescript-eslint': [...inPkg('@typescript-eslint/typescript-estree', 'dist'), ...inPkg('@typescript-eslint/scope-manager', 'dist')],
  'server & client': [...inPkg('vite', 'dist/node', vitest), ...inPkg('@arethetypeswrong/cli', 'dist'), ...inPkg('@arethetypeswrong/core', 'src'), ...inPkg('esbuild', 'install.js'), ...inPkg('esbuild', 'lib')],
  examples: sourceFiles('examples'),
};
const files = Object.entries(groups).flatMap(([g, fs_]) => fs_.filter((f) => fs.statSync(f).size <= 300000).map((f) => ({ g, name: virtualFilename(f), code: fs.readFileSync(f, 'utf8') })));
const linter = new Linter({ cwd: ROOT });
const A = Object.keys(arms); const R = Number(process.env.R ?? 6);
const now = () => { const { user, system } = process.cpuUsage(); return user + system; };
for (const f of files) { f.min = Object.fromEntries(A.map((a) => [a, Infinity])); f.cmin = Infinity; }
for (let r = 0; r <= R; r++) {
  gc();
  files.forEach((f, i) => {
    const P = [[0,1,2],[1,2,0],[2,0,1],[0,2,1],[2,1,0],[1,0,2]]; const order = P[(r + i) % 6].map((k) => A[k]);
    for (const a of order) {
      gc({ type: 'minor' }); createTime = 0n; firstTime = 0n; isFirst = true;
      const s = now(); linter.verify(f.code, arms[a], f.name); const t = now() - s;
      if (r > 0) { f.min[a] = Math.min(f.min[a], t); if (a === 'on') { f.cmin = Math.min(f.cmin, Number(createTime) / 1000); f.fmin = Math.min(f.fmin ?? Infinity, Number(firstTime) / 1000); } }
    }
  });
}
for (const g of [...Object.keys(groups), 'total']) {
  const fsg = files.filter((f) => g === 'total' || f.g === g);
  const s = (a) => fsg.reduce((x, f) => x + f.min[a], 0);
  const c = fsg.reduce((x, f) => x + f.cmin, 0);
  const fm = fsg.reduce((x, f) => x + f.fmin, 0);
  console.log(g.padEnd(18), 'first create ms', (fm / 1000).toFixed(1), 'off', (s('off') / 1000).toFixed(0), 'trivial', (s('trivial') / s('off')).toFixed(3), 'on', (s('on') / s('off')).toFixed(3), 'create() ms', (c / 1000).toFixed(1), 'share', (c / s('off')).toFixed(3));
}
console.log(Object.entries(perRule).map(([k, v]) => k + ' ' + (Number(v) / 1e6 / (R + 1)).toFixed(1)).join('\n'));
