// Checks the BUILT package the way users load it, through package.json `exports` (a package may import
// itself by name): `import` and `require` give the same plugin object, CommonJS without a `{ default }`
// wrapper, and ESLint 10 (the devDependency) and ESLint 9 (the alias `eslint-v9`) run its configs.
// Run by `npm run lint` after the build; publint and attw check the package metadata and declarations.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const esmNamespace = await import(pkg.name);
const esm = esmNamespace.default;
const cjs = require(pkg.name);

assert.deepEqual(Object.keys(esmNamespace), ['default'], 'the ESM entry has a default export only');
assert.deepEqual(Object.keys(cjs).sort(), ['configs', 'meta', 'rules'], "require() returns the plugin itself, not { default }");

for (const [format, plugin] of [['ESM', esm], ['CJS', cjs]]) {
  assert.deepEqual(plugin.meta, { name: pkg.name, version: pkg.version, namespace: 'http-status' }, `${format} meta`);
  assert.deepEqual(Object.keys(plugin.configs).sort(), ['all', 'recommended', 'strict'], `${format} configs`);
  for (const [name, config] of Object.entries(plugin.configs)) {
    // `recommended` and `strict` are arrays: the rules, then the entry that turns the server rules off in tests.
    const [main, ...rest] = Array.isArray(config) ? config : [config];
    assert.equal(main.name, `http-status/${name}`, `${format} configs.${name}.name`);
    assert.equal(main.plugins['http-status'], plugin, `${format} configs.${name} registers the plugin`);
    for (const entry of rest) assert.match(entry.name, new RegExp(`^http-status/${name}/`), `${format} configs.${name} names its entries`);
  }
  assert.deepEqual(
    Object.keys(plugin.configs.all.rules).sort(),
    Object.keys(plugin.rules).map((rule) => `http-status/${rule}`).sort(),
    `${format} configs.all holds every rule`,
  );
}
assert.deepEqual(Object.keys(cjs.rules), Object.keys(esm.rules), 'ESM and CJS export the same rules');

// Both builds, on both ESLint majors, report the same findings on a file that breaks the RFC.
const code = [
  "app.get('/me', (req, res) => res.status(401).json({ error: 'login required' }));",
  "app.post('/jobs', (req, res) => res.status(202).json({ queued: true }));",
  "export async function start() { const res = await fetch('/jobs', { method: 'POST' }); if (res.status === 200 || res.status === 202) return res.json(); }",
].join('\n');
const runs = [];
for (const eslintPackage of ['eslint', 'eslint-v9']) {
  const { Linter } = require(eslintPackage);
  for (const [format, plugin] of [['ESM', esm], ['CJS', cjs]]) {
    const messages = new Linter({ configType: 'flat' }).verify(code, [plugin.configs.all], 'check.mjs');
    const fatal = messages.filter((message) => message.fatal || !message.ruleId?.startsWith('http-status/'));
    assert.deepEqual(fatal, [], `ESLint ${Linter.version} with the ${format} build`);
    runs.push({ label: `ESLint ${Linter.version} ${format}`, findings: messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`) });
  }
}
for (const run of runs.slice(1)) assert.deepEqual(run.findings, runs[0].findings, `${run.label} reports as ${runs[0].label}`);

// Every package the built files load is a dependency or a peer: one that is only a devDependency here
// (`@typescript-eslint/utils`, whose required `typescript` peer npm would install for every user) would be
// missing from a user's install.
const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
const builtins = new Set(builtinModules);
for (const file of readdirSync(new URL('../dist/', import.meta.url)).filter((name) => /\.c?js$/.test(name))) {
  const code = readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
  for (const [, specifier] of code.matchAll(/(?:^import\b[^'"]*|\brequire\()["']([^"'./][^"']*)["']/gm)) {
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    assert.ok(builtins.has(name) || name.startsWith('node:') || allowed.has(name), `dist/${file} loads ${specifier}, which is no dependency or peer`);
  }
}

// A JavaScript-only user installs eslint and the plugin: not `typescript` nor `@typescript-eslint/parser`
// (optional peers), nor `@typescript-eslint/utils` (a devDependency, see src/runtime/). In a Node where none
// of them can be resolved, the plugin must still load and report the same findings, and so must the CLI's
// config, which loads the TypeScript parser on the first TypeScript file, not at start-up.
const noTypeScript = `
  const Module = require('node:module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (/^(typescript|@typescript-eslint\\/(parser|utils|typescript-estree))(\\/|$)/.test(request)) {
      throw Object.assign(new Error(request + ' is not installed'), { code: 'MODULE_NOT_FOUND' });
    }
    return resolve.call(this, request, ...rest);
  };
  const { Linter } = require('eslint');
  const lint = (config, filename = 'check.mjs') => {
    const messages = new Linter({ configType: 'flat' }).verify(${JSON.stringify(code)}, config, filename);
    process.stdout.write(JSON.stringify(messages.map((m) => m.line + ':' + m.column + ' ' + (m.ruleId ?? m.message))));
  };
`;
const findingsWithoutTypeScript = (script) =>
  JSON.parse(
    execFileSync(process.execPath, ['-e', noTypeScript + script], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' }),
  );
const lintConfigUrl = JSON.stringify(new URL('../dist/lint-config.js', import.meta.url).href);
assert.deepEqual(
  findingsWithoutTypeScript(`lint([require(${JSON.stringify(pkg.name)}).configs.all]);`),
  runs[0].findings,
  'without typescript, its parser and @typescript-eslint/utils installed, the plugin reports the same findings',
);
assert.deepEqual(
  findingsWithoutTypeScript(`import(${lintConfigUrl}).then(({ lintConfig }) => lint(lintConfig({ preset: 'all' })));`),
  runs[0].findings,
  'without typescript, its parser and @typescript-eslint/utils installed, the CLI config lints JavaScript the same',
);

// …and a TypeScript file then gets one parse error that says what to install.
const [typeScriptError] = findingsWithoutTypeScript(
  `import(${lintConfigUrl}).then(({ lintConfig }) => lint(lintConfig({ preset: 'all' }), 'check.ts'));`,
);
assert.match(typeScriptError ?? '', /needs `@typescript-eslint\/parser` and `typescript`: install them/, 'without the parser, a TypeScript file says what to install');

// `npm pack` (and so `npm publish`) builds dist/ itself through `prepack`: a fresh clone has no dist/. Moved
// away for the check, dist/ must come back from the pack's own build, with every file exports and bin name.
const dist = new URL('../dist', import.meta.url);
const stash = new URL('../dist.check-package', import.meta.url);
rmSync(stash, { recursive: true, force: true });
renameSync(dist, stash);
let packed;
try {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  packed = new Set(report.files.map((file) => file.path));
} finally {
  rmSync(stash, { recursive: true, force: true });
}
const promised = [...new Set([pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin), ...JSON.stringify(pkg.exports).match(/\.\/dist\/[^"]+/g)])];
for (const file of promised) assert.ok(packed.has(file.replace(/^\.\//, '')), `npm pack ships ${file} (built by prepack)`);
// …and every other file of that build, such as the CLI's own modules (`eslint-options.js` for worker threads).
for (const file of readdirSync(dist)) assert.ok(packed.has(`dist/${file}`), `npm pack ships dist/${file}`);

console.log(
  `package check: ok — import and require give the same plugin (${Object.keys(esm.rules).length} rules); ` +
    `${runs.map((run) => run.label).join(', ')} and a Node without typescript, its parser and @typescript-eslint/utils (plugin and CLI config) report the same ` +
    `${runs[0].findings.length} finding(s); npm pack builds dist/ and ships it, with the ${promised.length} files package.json names.`,
);
