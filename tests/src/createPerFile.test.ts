import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';

type Rule = TSESLint.RuleModule<string, readonly unknown[]>;

/** A context with just what `create()` reads before the traversal: the text, parser services, options. */
const contextFor = (name: string, rule: Rule, text: string, typed = false) =>
  ({
    id: `http-status/${name}`,
    options: rule.meta.defaultOptions ?? [],
    sourceCode: { text, parserServices: typed ? { program: {} } : {}, ast: { type: 'Program', body: [] } },
  }) as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const rules = Object.entries(plugin.rules as unknown as Record<string, Rule>);
const mentions: Record<string, string> = {
  'require-401-www-authenticate': 'res.status(401).end();',
  'require-202-location': 'res.status(StatusCodes.ACCEPTED).end();',
  'no-202-as-completion': 'if (res.status === 202) return res.json();',
  'no-response-after-sent': 'if (err) res.status(500).json(err); res.json(data);',
};
/**
 * Rules whose gate is the text's shape, not a status: type information adds no send the text does not show,
 * so they stay off in a typed file without sends too.
 */
const textGated = new Set(['no-response-after-sent']);

// Most files never name a status: each rule decides in create(), once per file, and registers nothing.
describe.each(rules)('%s in create()', (name, rule) => {
  it('returns no listener for a file that names none of its statuses', () => {
    expect(rule.create(contextFor(name, rule, 'export const answer = 42; // copyright 2022\n'))).toEqual({});
  });

  it('listens in a file that names one', () => {
    expect(mentions[name]).toBeDefined();
    expect(Object.keys(rule.create(contextFor(name, rule, mentions[name]!))).length).toBeGreaterThan(0);
  });

  it('always listens with type information, where a status may come from another file (or not, for a text gate)', () => {
    const listeners = Object.keys(rule.create(contextFor(name, rule, 'export const answer = 42;', true)));
    if (textGated.has(name)) expect(listeners).toEqual([]);
    else expect(listeners.length).toBeGreaterThan(0);
  });

  it('returns no listener for a file with one send, no status and no loop', () => {
    expect(rule.create(contextFor(name, rule, 'export const h = (req, res) => res.json({ ok: true });'))).toEqual({});
  });
});
