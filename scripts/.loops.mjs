// scratch: cost of touching tokens vs scanning text, inside create(), in bench conditions
import fs from 'node:fs'; import path from 'node:path'; import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8'; import { runInNewContext } from 'node:vm';
import { Linter } from 'eslint';
import { languageConfigs } from '../dist/lint-config.js';
import { packageDir, ROOT, virtualFilename, sourceFiles } from './corpus.js';
setFlagsFromString('--expose-gc'); const gc = runInNewContext('gc');
const { FlatConfigArray } = createRequire(import.meta.url)(path.join(packageDir('eslint'), 'lib', 'config', 'flat-config-array.js'));
const norm = (c) => { const a = new FlatConfigArray(c, { basePath: ROOT }); a.normalizeSync(); return a; };
let t = { tok: 0n, text: 0n, typ: 0n }; let sink = 0;
const rules = {
  typ: { meta: { schema: [] }, create(ctx) { const s = process.hrtime.bigint(); const toks = ctx.sourceCode.ast.tokens; let n = 0; for (let i = 0; i < toks.length; i++) if (toks[i].type === 'Numeric') n++; sink += n; t.typ += process.hrtime.bigint() - s; return {}; } },
  tok: { meta: { schema: [] }, create(ctx) { const s = process.hrtime.bigint(); const toks = ctx.sourceCode.ast.tokens; let n = 0; for (let i = 0; i < toks.length; i++) { const k = toks[i]; if (k.type === 'Identifier') n += k.range[1] - k.range[0]; } sink += n; t.tok += process.hrtime.bigint() - s; return {}; } },
  text: { meta: { schema: [] }, create(ctx) { const s = process.hrtime.bigint(); const x = ctx.sourceCode.text; let n = 0; for (let i = 0; i < x.length; i++) { const c = x.charCodeAt(i); if (c >= 48 && c <= 57) n++; } sink += n; t.text += process.hrtime.bigint() - s; return {}; } },
};
const cfg = (r) => norm([...languageConfigs(), { linterOptions: { noInlineConfig: true }, plugins: { x: { rules } }, rules: { [`x/${r}`]: 'error' } }]);
const arms = { typ: cfg('typ'), tok: cfg('tok'), text: cfg('text') };
const inPkg = (n, s) => { const d = packageDir(n); return d ? sourceFiles(path.join(d, s)) : []; };
const files = [...inPkg('@typescript-eslint/typescript-estree', 'dist'), ...inPkg('@typescript-eslint/scope-manager', 'dist'), ...inPkg('eslint', 'lib')].map((f) => ({ name: virtualFilename(f), code: fs.readFileSync(f, 'utf8') }));
const linter = new Linter({ cwd: ROOT });
const min = { typ: 0, tok: 0, text: 0 };
const per = files.map(() => ({ typ: Infinity, tok: Infinity, text: Infinity }));
for (let r = 0; r < 6; r++) { gc(); files.forEach((f, i) => { for (const a of ['typ', 'tok', 'text']) { t[a] = 0n; linter.verify(f.code, arms[a], f.name); if (r) per[i][a] = Math.min(per[i][a], Number(t[a])); } }); }
for (const a of ['typ', 'tok', 'text']) console.log(a, (per.reduce((x, p) => x + p[a], 0) / 1e6).toFixed(2), 'ms per corpus');
console.log('bytes', files.reduce((x, f) => x + f.code.length, 0), 'files', files.length, sink > 0);
