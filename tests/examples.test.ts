import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { lintConfig } from '../src/cli/lintConfig.js';
import plugin from '../src/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = path.join(ROOT, 'examples');
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
/** `// expect: rule-a, rule-b` (or `/* expect: rule-a *\/` where a line comment cannot go, as in JSX). */
const ANNOTATION = /(?:\/\/|\/\*)\s*expect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)/;
const PREFIX = `${plugin.meta.namespace}/`;

/** Every source file under examples/, relative to the repository root, sorted. */
function exampleFiles(dir = EXAMPLES): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : exampleFiles(full);
      return SOURCE.test(entry.name) ? [path.relative(ROOT, full)] : [];
    })
    .sort();
}

/** `file:line rule` for every annotation in the examples. */
function annotations(files: string[]): string[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((text, index) => {
        const names = ANNOTATION.exec(text)?.[1];
        return names ? names.split(',').map((name) => `${file}:${index + 1} ${name.trim()}`) : [];
      }),
  );
}

describe('examples/', async () => {
  const files = exampleFiles();
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: lintConfig({ preset: 'all' }) });
  const results = await eslint.lintFiles(files);

  /** `file:line rule` of every finding; a parse error counts as an unexpected finding too. */
  const findings = new Map<string, string>();
  for (const result of results) {
    const file = path.relative(ROOT, result.filePath);
    for (const message of result.messages) {
      const rule = message.ruleId?.startsWith(PREFIX) ? message.ruleId.slice(PREFIX.length) : `${message.ruleId ?? 'parse-error'}`;
      findings.set(`${file}:${message.line} ${rule}`, message.message);
    }
  }
  const annotated = annotations(files);
  // Annotations of rules not written yet wait for their rule; every finding of every rule counts now.
  const expected = annotated.filter((entry) => Object.hasOwn(plugin.rules, entry.split(' ')[1]!));

  it('lints every example source file', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(results.map((result) => path.relative(ROOT, result.filePath)).sort()).toEqual(files);
  });

  it('annotates with the convention `// expect: <rule>`', () => {
    expect(annotated.length).toBeGreaterThan(0);
    for (const entry of annotated) expect(entry).toMatch(/^examples\/\S+:\d+ [a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('reports exactly the annotated lines, with every rule on', () => {
    const missing = expected.filter((entry) => !findings.has(entry)).sort();
    const unexpected = [...findings]
      .filter(([entry]) => !expected.includes(entry))
      .map(([entry, message]) => `${entry} — ${message}`)
      .sort();
    expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
  });
});
