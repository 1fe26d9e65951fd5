import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { parsedContext } from './analysis/parsedContext.js';

type Rule = TSESLint.RuleModule<string, readonly unknown[]>;

/** A rule's context for `text`, parsed (tokens and all); typed: as if with type information. */
const contextFor = (name: string, rule: Rule, text: string, typed = false) => {
  const parsed = parsedContext(text).sourceCode;
  const sourceCode: unknown = typed ? Object.create(parsed, { parserServices: { value: { program: {} } } }) : parsed;
  return { id: `http-status/${name}`, options: rule.meta.defaultOptions ?? [], sourceCode } as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
};

const rules = Object.entries(plugin.rules as unknown as Record<string, Rule>);
const mentions: Record<string, string> = {
  'require-401-www-authenticate': 'res.status(401).end();',
  'require-202-location': 'res.status(StatusCodes.ACCEPTED).end();',
  'no-202-as-completion': 'if (res.status === 202) return res.json();',
  'valid-status-code': "res.status('200').end();",
  'no-body-with-bodyless-status': 'res.status(StatusCodes.NOT_MODIFIED).json(x);',
  'require-407-proxy-authenticate': 'res.writeHead(407).end();',
  'require-426-upgrade': 'res.status(HttpStatus.UPGRADE_REQUIRED).end();',
  'require-206-content-range': 'res.status(206).send(part);',
  'require-416-content-range': 'throw Boom.rangeNotSatisfiable();',
  'require-201-location': 'res.status(StatusCodes.CREATED).json(item);',
  'require-redirect-location': 'res.status(StatusCodes.MOVED_PERMANENTLY).end();',
  'require-405-allow': 'throw new MethodNotAllowedException();',
  'no-redirect-status-override': 'res.status(301).redirect(url);',
  'no-response-after-sent': 'if (err) res.status(500).json(err); res.json(data);',
};

/** Rules whose findings never depend on a status's type: a file without their syntax needs no listener, typed or not. */
const SYNTAX_ONLY: Record<string, string> = {
  // `res.status(n).redirect(url)` loses `n` whatever it is: the rule looks for `.status(`, then `.redirect(`.
  'no-redirect-status-override': 'export const answer = 42; // redirects: none',
  // Its gate is the code's shape (a send and a second event or a loop): type information adds no send.
  'no-response-after-sent': 'export const answer = 42;',
};

// Most files never name a status: each rule decides in create(), once per file, and registers nothing.
describe.each(rules)('%s in create()', (name, rule) => {
  it('returns no listener for a file that names none of its statuses', () => {
    expect(rule.create(contextFor(name, rule, 'export const answer = 42; // copyright 2022\n'))).toEqual({});
  });

  it('listens in a file that names one', () => {
    expect(mentions[name]).toBeDefined();
    expect(Object.keys(rule.create(contextFor(name, rule, mentions[name]!))).length).toBeGreaterThan(0);
  });

  it('always listens with type information, where a status may come from another file (unless its gate is syntax)', () => {
    if (SYNTAX_ONLY[name] !== undefined) expect(rule.create(contextFor(name, rule, SYNTAX_ONLY[name], true))).toEqual({});
    else expect(Object.keys(rule.create(contextFor(name, rule, 'export const answer = 42;', true))).length).toBeGreaterThan(0);
  });

  it('returns no listener for a file with one send, no status and no loop', () => {
    expect(rule.create(contextFor(name, rule, 'export const h = (req, res) => res.json({ ok: true });'))).toEqual({});
  });
});
