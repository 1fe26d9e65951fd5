import fs from 'node:fs'; import path from 'node:path';
import { Linter } from 'eslint';
import { languageConfigs, rulesConfig } from '../dist/lint-config.js';
import { ROOT, virtualFilename } from './corpus.js';
const linter = new Linter({ cwd: ROOT });
for (const f of process.argv.slice(2)) for (const m of linter.verify(fs.readFileSync(f, 'utf8'), [...languageConfigs(), rulesConfig('all')], virtualFilename(path.resolve(f)))) console.log(f, m.line, m.ruleId, m.message);
