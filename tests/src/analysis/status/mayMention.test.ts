import { describe, expect, it } from 'vitest';

import type { Context } from '../../../../src/analysis/ast/Context.js';
import { mayMention } from '../../../../src/analysis/status/mayMention.js';
import { libraryErrorClasses } from '../../../../src/analysis/summaries/libraryErrors.js';
import { parsedContext } from '../parsedContext.js';

/** A context whose source text counts how often it is read. */
function file(text: string, typed = false) {
  const reads = { count: 0 };
  const sourceCode = {
    parserServices: typed ? { program: {} } : {},
    get text() {
      reads.count += 1;
      return text;
    },
  };
  return { context: { sourceCode } as unknown as Context, reads };
}

describe('mayMention', () => {
  it('tells the statuses a file names apart', () => {
    const { context } = file('res.status(StatusCodes.UNAUTHORIZED).end();');
    expect(mayMention(context, [401])).toBe(true);
    expect(mayMention(context, [202])).toBe(false);
  });

  it('reads a file once for every rule, once the statuses the rules watch are known', () => {
    mayMention(file('warm up').context, [401, 202]);
    const { context, reads } = file('if (res.status === 202) return res.json();\n'.repeat(50));
    expect(mayMention(context, [401])).toBe(false);
    expect(mayMention(context, [202])).toBe(true);
    expect(mayMention(context, [202])).toBe(true);
    expect(reads.count).toBe(1);
  });

  it('reads names as code spells them, whole numbers only', () => {
    expect(mayMention(file('// the job was accepted in 2022').context, [202])).toBe(false);
    expect(mayMention(file('throw Boom.unauthorized();').context, [401])).toBe(true);
  });

  it("does not read 302's `Found` in the 404 names `NOT_FOUND`, `NotFound`, `notFound`", () => {
    for (const text of ['res.status(StatusCodes.NOT_FOUND).end();', 'throw new NotFoundException();', 'throw Boom.notFound();']) {
      expect(mayMention(file(text).context, [302])).toBe(false);
    }
    expect(mayMention(file('res.status(StatusCodes.MOVED_TEMPORARILY).end();').context, [302])).toBe(true);
    expect(mayMention(file('res.status(HttpStatus.FOUND).end();').context, [302])).toBe(true);
    // A name that itself begins with "Not" still counts.
    expect(mayMention(file('res.status(HttpStatus.NOT_MODIFIED).end();').context, [304])).toBe(true);
  });

  it('reads names only as whole names, or with the prefixes and suffixes status code gives them', () => {
    for (const [text, status] of [
      ['throw new UnauthorizedException();', 401],
      ['class AuthError extends UnauthorizedError {}', 401],
      ['res.status(HTTP_STATUS_FOUND).end();', 302],
      ['throw new createError.Unauthorized();', 401],
      ['res.status(StatusCodes.CREATED).json(item);', 201],
    ] as const) {
      expect(mayMention(file(text).context, [status]), text).toBe(true);
      expect(mayMention(parsedContext(text), [status]), text).toBe(true);
    }
    for (const [text, status] of [
      ['class NoFilesFoundError extends Error {}', 302],
      ["const names = ['AllAcceptedCredentials'];", 202],
      ['if (hooks.onElementCreated) run();', 201],
      ['type Row = { CreatedAt: Date; Foundation: string };', 201],
      ['const wasNotFound = true;', 302],
    ] as const) {
      expect(mayMention(file(text).context, [status]), text).toBe(false);
      expect(mayMention(parsedContext(text), [status]), text).toBe(false);
    }
  });

  it('reads the names of the library error classes the summaries know', () => {
    expect(libraryErrorClasses().length).toBeGreaterThan(1);
    for (const { name, status } of libraryErrorClasses()) {
      expect(mayMention(parsedContext(`throw new ${name}('Login first');`), [status]), name).toBe(true);
    }
  });

  it('with the parser\'s tokens, reads neither comments nor strings', () => {
    for (const [text, status] of [
      ["log('Found existing program');", 302],
      ['// Created on first use; answers 401 otherwise.\nexport const cache = new Map();', 401],
      ['/** Unauthorized callers get a 201. */ export {};', 201],
      ['const css = `font-weight: 401; color: red`;', 401],
      ['const version = 401.5;', 401],
      ["const title = 'No Content';", 204],
    ] as const) {
      expect(mayMention(parsedContext(text), [status]), text).toBe(false);
    }
    for (const [text, status] of [
      ['res.status(401).end(); // 401', 401],
      ['const reply = (res) => res.sendStatus(Codes.NO_CONTENT);', 204],
      ['send(`${HttpStatus.ACCEPTED}`);', 202],
    ] as const) {
      expect(mayMention(parsedContext(text), [status]), text).toBe(true);
    }
  });

  it('always says yes with type information, where a status may come from another file', () => {
    const { context, reads } = file('export const answer = 42;', true);
    expect(mayMention(context, [401])).toBe(true);
    expect(reads.count).toBe(0);
  });
});
