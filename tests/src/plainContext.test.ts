import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createRule } from '../../src/createRule.js';

/** A rule that keeps the context it was created with and reports once per file through it. */
function probe() {
  const contexts: object[] = [];
  const rule = createRule<[], 'seen'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'Probe.', recommended: false, requirement: 'MUST', specification: 'none' },
      messages: { seen: 'Seen {{file}}.' },
      schema: [],
      defaultOptions: [],
    },
    create(context) {
      contexts.push(context);
      return {
        Program(node) {
          context.report({ node, messageId: 'seen', data: { file: context.filename.split('/').pop() ?? '' } });
        },
      };
    },
  });
  return { rule, contexts };
}

describe('plainContext', () => {
  it('gives each rule a plain object of the same shape in every file, not ESLint’s per-file prototype chain', () => {
    const { rule, contexts } = probe();
    const linter = new Linter();
    const config = [{ files: ['**/*.js'], plugins: { p: { rules: { probe: rule as never } } }, rules: { 'p/probe': 'error' as const } }];
    linter.verify('a();', config, 'a.js');
    linter.verify('b();', config, 'b.js');
    expect(contexts).toHaveLength(2);
    for (const context of contexts) expect(Object.getPrototypeOf(context)).toBe(Object.prototype);
    expect(Object.keys(contexts[0]!)).toEqual(Object.keys(contexts[1]!));
  });

  it('carries what the rules read, and reports through ESLint’s context', () => {
    const { rule, contexts } = probe();
    const linter = new Linter();
    const config = [{ files: ['**/*.js'], plugins: { p: { rules: { probe: rule as never } } }, rules: { 'p/probe': 'error' as const } }];
    const messages = linter.verify('a();', config, 'a.js');
    expect(messages.map((message) => message.message)).toEqual(['Seen a.js.']);
    const context = contexts[0] as { id: string; filename: string; options: unknown[]; sourceCode: { text: string }; languageOptions: object };
    expect(context.id).toBe('p/probe');
    expect(context.filename).toMatch(/a\.js$/);
    expect(context.options).toEqual([]);
    expect(context.sourceCode.text).toBe('a();');
    expect(context.languageOptions).toHaveProperty('ecmaVersion');
  });
});
