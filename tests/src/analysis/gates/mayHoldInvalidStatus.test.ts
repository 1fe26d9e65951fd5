import { describe, expect, it } from 'vitest';

import type { Context } from '../../../../src/analysis/ast/Context.js';
import { mayHoldInvalidStatus } from '../../../../src/analysis/gates/mayHoldInvalidStatus.js';
import { parsedContext } from '../parsedContext.js';

const file = (text: string): Context => parsedContext(text);

describe('mayHoldInvalidStatus', () => {
  it('passes over files with ordinary codes only', () => {
    for (const text of [
      'res.status(404).json({ error: "missing" });',
      'export const answer = 42; // copyright 2022',
      'setTimeout(retry, 1000); res.statusCode = 204; const width = 0.600;',
      'if (res.status === 404) retry();',
      'return new Response(null, { status: 204 });',
      // 600–999 where no status goes: a style, a delay, a list, a comparison (Vite's dist.js: `[8225, 710]`).
      'const style = { fontWeight: 700, width: 640 }; setTimeout(retry, 750);',
      'const ranges = [8225, 710, 8212, 732]; if (n > 999) split();',
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
      'return NextResponse.redirect(url, 200);',
      'reply.code(0).send();',
      'ctx.throw(42);',
      'res.status(ok ? 200 : 999).end();',
      'res.status(error.status ?? 700).end();',
      'const code = () => { return 999; };',
      'return c.json({ error }, 700);',
      'return new Response(null, { status: 700 });',
      "import createHttpError from 'http-errors'; throw createHttpError(700);",
    ]) {
      expect(mayHoldInvalidStatus(file(text), true), text).toBe(true);
    }
  });

  it('reads the API names of status positions only, not code that merely resembles them', () => {
    for (const text of [
      'function f(node) { throw (0, errors_1.createError)(node, "x"); }',
      'process.exit({ exitCode: 3 }.exitCode);',
      'for (let code = 48; code < 58; code++) digits.push(code);',
    ]) {
      expect(mayHoldInvalidStatus(file(text), true), text).toBe(false);
    }
  });

  it("reads no comment and no string's text", () => {
    for (const text of [
      '// CVE-2026-9358 / CWE-674: bounded recursion.\nexport {};',
      'const css = `body { font-weight: 700; }`;',
      "const help = \"pass '200' or 204\";",
      '/** `res.status(0)` throws. */ export {};',
    ]) {
      expect(mayHoldInvalidStatus(parsedContext(text), true), text).toBe(false);
    }
    expect(mayHoldInvalidStatus(parsedContext("res.status('200'); // ok"), true)).toBe(true);
    expect(mayHoldInvalidStatus(parsedContext('const css = `w: 700`; res.status(700);'), true)).toBe(true);
    expect(mayHoldInvalidStatus(parsedContext('// 420 Enhance Your Calm\nres.status(200);'), false)).toBe(false);
    expect(mayHoldInvalidStatus(parsedContext('res.status(420);'), false)).toBe(true);
  });

  it('with allowUnregistered off, also looks at in-range codes IANA has not registered', () => {
    expect(mayHoldInvalidStatus(file('res.status(420).end();'), true)).toBe(false);
    expect(mayHoldInvalidStatus(file('res.status(420).end();'), false)).toBe(true);
    expect(mayHoldInvalidStatus(file('res.status(418).end(); res.status(429).end();'), false)).toBe(false);
  });

  it("reads a status API across a sign, and a redirect's last argument in its call", () => {
    expect(mayHoldInvalidStatus(file('res.redirect(`/items/${id}`, -1);'), true)).toBe(true);
    expect(mayHoldInvalidStatus(file('return { statusCode: -1 };'), true)).toBe(true);
    expect(mayHoldInvalidStatus(file('c.json({ ok: [1, 2] }, 101);'), true)).toBe(true);
    expect(mayHoldInvalidStatus(file('setTimeout(() => run(a, b), 10);'), true)).toBe(false);
    expect(mayHoldInvalidStatus(file('list.push(x, 101);'), true)).toBe(false);
  });

  it('always looks with type information, where a status may come from another file, and without tokens', () => {
    const typed = { sourceCode: { text: 'res.status(code);', parserServices: { program: {} } } } as unknown as Context;
    expect(mayHoldInvalidStatus(typed, true)).toBe(true);
    const tokenless = { sourceCode: { text: 'res.status(404);', parserServices: {}, ast: { type: 'Program', body: [] } } } as unknown as Context;
    expect(mayHoldInvalidStatus(tokenless, true)).toBe(true);
  });
});
