import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { createRule } from '../../src/createRule.js';

type Options = [{ challenge?: string; nested?: { depth?: number } }];

/** A rule that hands the options it was created with to the test. */
function probe() {
  const seen: (readonly unknown[])[] = [];
  const rule = createRule<Options, 'm'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'Probe.', recommended: false, requirement: 'MUST', specification: 'none' },
      messages: { m: 'M.' },
      schema: [{ type: 'object', properties: { challenge: { type: 'string' }, nested: { type: 'object' } } }],
      defaultOptions: [{ challenge: 'Bearer', nested: { depth: 2 } }],
    },
    create(_context, options) {
      seen.push(options);
      return {};
    },
  });
  const create = (options: unknown[]) => rule.create({ options } as unknown as Readonly<TSESLint.RuleContext<'m', Options>>);
  return { rule, seen, create };
}

describe('createRule', () => {
  it('passes the options ESLint gives through as they are, without a clone per file', () => {
    const { seen, create } = probe();
    const given = [{ challenge: 'Basic', nested: { depth: 1 } }];
    create(given);
    expect(seen[0]).toBe(given);
  });

  it('merges meta.defaultOptions only into options that come without them', () => {
    const { seen, create } = probe();
    create([]);
    expect(seen[0]).toEqual([{ challenge: 'Bearer', nested: { depth: 2 } }]);
  });

  it('keeps the docs URL and the name', () => {
    const { rule } = probe();
    expect(rule.name).toBe('probe');
    expect(rule.meta.docs?.url).toMatch(/\/docs\/rules\/probe\.md$/);
  });
});
