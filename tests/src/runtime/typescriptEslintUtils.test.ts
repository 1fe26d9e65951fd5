import fs from 'node:fs';
import path from 'node:path';

import * as real from '@typescript-eslint/utils';
import * as realEslintUtils from '@typescript-eslint/utils/eslint-utils';
import { describe, expect, it } from 'vitest';

import * as runtime from '../../../src/runtime/typescriptEslintUtils.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every `.ts` file under `dir`. */
const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => path.join(ROOT, dir, file));

describe('the built plugin’s @typescript-eslint/utils', () => {
  it('has the same node types, token types and scope enums as the real package', () => {
    expect(runtime.AST_NODE_TYPES).toEqual(real.AST_NODE_TYPES);
    expect(runtime.AST_TOKEN_TYPES).toEqual(real.AST_TOKEN_TYPES);
    expect({ ...runtime.TSESLint.Scope }).toEqual({ ...real.TSESLint.Scope });
  });

  it.each([
    [[{ challenge: 'Bearer' }], undefined],
    [[{ challenge: 'Bearer' }], []],
    [[{ challenge: 'Bearer' }], [{ challenge: 'Basic' }]],
    [[{ headers: ['Location'], allowBodyLink: true }], [{ headers: ['Operation-Location'] }]],
    [[{ nested: { a: 1, b: [1, 2] }, flag: false }], [{ nested: { b: [3] }, extra: null }]],
    [['always', { x: 1 }], ['never']],
    [[{ a: 1 }], ['not an object']],
  ] as [unknown[], unknown[] | undefined][])('applyDefault(%j, %j) gives what the real one gives', (defaults, user) => {
    expect(runtime.applyDefault(defaults, user)).toEqual(realEslintUtils.applyDefault(defaults, user ?? null));
    expect(runtime.ESLintUtils.applyDefault).toBe(runtime.applyDefault);
  });

  it('RuleCreator builds the same rule: docs URL from the name, options with the defaults merged', () => {
    const definition = {
      name: 'some-rule',
      meta: { type: 'problem' as const, docs: { description: 'Require x.' }, messages: { x: 'X.' }, schema: [], defaultOptions: [{ challenge: 'Bearer', realm: 'api' }] },
      create: (_context: unknown, options: readonly unknown[]) => ({ options }),
    };
    const url = (name: string) => `https://example.test/${name}.md`;
    const ours = runtime.ESLintUtils.RuleCreator(url)(definition);
    const theirs = real.ESLintUtils.RuleCreator(url)(definition as unknown as Parameters<ReturnType<typeof real.ESLintUtils.RuleCreator>>[0]);
    expect(ours.meta).toEqual(theirs.meta);
    for (const options of [[], [{ challenge: 'Basic' }]]) {
      const context = { options } as never;
      expect(ours.create(context)).toEqual(theirs.create(context));
    }
  });

  it('throws on a member it does not provide, rather than giving undefined', () => {
    expect(() => (runtime.TSESLint as unknown as Record<string, unknown>).Linter).toThrow(/TSESLint\.Linter is not in src\/runtime\/typescriptEslintUtils\.ts/);
    expect(() => (runtime.ESLintUtils as unknown as Record<string, unknown>).getParserServices).toThrow(/ESLintUtils\.getParserServices/);
  });

  it('exports every value the plugin’s sources import from @typescript-eslint/utils', () => {
    const files = [...sources('src'), ...sources('rules')];
    const imported = new Set<string>();
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8');
      for (const match of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@typescript-eslint\/utils(?:\/eslint-utils)?'/g)) {
        for (const specifier of (match[1] ?? '').split(',').map((part) => part.trim())) {
          if (specifier && !specifier.startsWith('type ')) imported.add(specifier.split(/\s+as\s+/)[0]!);
        }
      }
    }
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(Object.keys(runtime), name).toContain(name);
  });
});
