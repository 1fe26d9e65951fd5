import fs from 'node:fs'; import path from 'node:path'; import { createRequire } from 'node:module';
import { Linter } from 'eslint';
import { languageConfigs, rulesConfig } from '../dist/lint-config.js';
import { packageDir, ROOT, virtualFilename, sourceFiles } from './corpus.js';
const { FlatConfigArray } = createRequire(import.meta.url)(path.join(packageDir('eslint'), 'lib', 'config', 'flat-config-array.js'));
const norm = (c) => { const a = new FlatConfigArray(c, { basePath: ROOT }); a.normalizeSync(); return a; };
const arm = norm([...languageConfigs(), { linterOptions: { noInlineConfig: true } }, rulesConfig('all')]);
const files = sourceFiles(process.argv[2] ?? 'examples').map((f) => ({ name: virtualFilename(f), code: fs.readFileSync(f, 'utf8') }));
const linter = new Linter({ cwd: ROOT });
const R = Number(process.env.R ?? 20); const tot = {};
for (let r = 0; r < R; r++) for (const f of files) {
  linter.verify(f.code, arm, { filename: f.name, stats: true });
  const st = linter.getTimes?.() ?? null;
  const s = linter.getStats?.();
  if (r < 5) continue;
  const times = linter.getTimes().passes?.[0]?.rules ?? {};
  for (const [k, v] of Object.entries(times)) { if (!f[k] || v.total < f[k]) f[k] = v.total; }
}
for (const f of files) for (const [k, v] of Object.entries(f)) if (typeof v === 'number') tot[k] = (tot[k] ?? 0) + v;
console.log(Object.entries(tot).sort((a, b) => b[1] - a[1]).map(([k, v]) => k.padEnd(44) + v.toFixed(2)).join('\n'));
