import { describe, expect, it } from 'vitest';

import type { Context } from '../../../../src/analysis/ast/Context.js';
import { mayHoldInvalidStatus } from '../../../../src/analysis/status/mayHoldInvalidStatus.js';

const file = (text: string, typed = false) => ({ sourceCode: { text, parserServices: typed ? { program: {} } : {} } }) as unknown as Context;

describe('mayHoldInvalidStatus', () => {
  it('passes over files with ordinary codes only', () => {
    for (const text of [
      'res.status(404).json({ error: "missing" });',
      'export const answer = 42; // copyright 2022',
      'setTimeout(retry, 1000); res.statusCode = 204; const width = 0.600;',
      'if (res.status === 404) retry();',
      'return new Response(null, { status: 204 });',
    ]) {
      expect(mayHoldInvalidStatus(file(text), true), text).toBe(false);
    }
  });

  it('looks at files that may hold an invalid status', () => {
    for (const text of [
      'res.status = 404;',
      "res.status('200');",
      'const BROKEN = 999;',
      'res.status(404.5);',
      'res.status(0); ',
      'res.statusCode = 1000;',
      'return { statusCode: -1 };',
      "res.redirect('/x', 30);",
      'new Response(null, { status: 101 });',
      "c.text('early', 103);",
      'return Response.redirect(url, 200);',
    ]) {
      expect(mayHoldInvalidStatus(file(text), true), text).toBe(true);
    }
  });

  it('with allowUnregistered off, also looks at in-range codes IANA has not registered', () => {
    expect(mayHoldInvalidStatus(file('res.status(420).end();'), true)).toBe(false);
    expect(mayHoldInvalidStatus(file('res.status(420).end();'), false)).toBe(true);
    expect(mayHoldInvalidStatus(file('res.status(418).end(); res.status(429).end();'), false)).toBe(false);
  });

  it('always looks with type information, where a status may come from another file', () => {
    expect(mayHoldInvalidStatus(file('res.status(code);', true), true)).toBe(true);
  });
});
