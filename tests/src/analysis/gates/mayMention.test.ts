import { describe, expect, it } from 'vitest';

import type { Context } from '../../../../src/analysis/ast/Context.js';
import { mayMention } from '../../../../src/analysis/gates/mayMention.js';
import { libraryErrorClasses } from '../../../../src/analysis/summaries/libraryErrors.js';
import { countedContext, parsedContext } from '../parsedContext.js';

const names = (text: string, statuses: number[]) => mayMention(parsedContext(text), statuses);

describe('mayMention', () => {
  it('tells the statuses a file names apart', () => {
    const context = parsedContext('res.status(StatusCodes.UNAUTHORIZED).end();');
    expect(mayMention(context, [401])).toBe(true);
    expect(mayMention(context, [202])).toBe(false);
  });

  it('reads a file once for every rule, once the statuses the rules watch are known', () => {
    mayMention(parsedContext('warm(up);'), [401, 202]);
    const { context, reads } = countedContext('if (done) return res.status(202).json(job);\n'.repeat(50));
    expect(mayMention(context, [401])).toBe(false);
    expect(mayMention(context, [202])).toBe(true);
    expect(mayMention(context, [202])).toBe(true);
    expect(reads.count).toBe(1);
  });

  it('does not count a number that is compared with: a client or middleware testing a status', () => {
    expect(names('if (res.status === 401) logout();', [401])).toBe(false);
    expect(names('if (401 !== response.status) return; switch (code) { case 401: retry(); }', [401])).toBe(false);
    // Anywhere else it counts: a status set, a constant, a ternary's branch, a list.
    expect(names('const code = err.kind === 2 ? 401 : 403; res.status(code).end();', [401])).toBe(true);
    expect(names('const UNAUTHORIZED = 401; res.status(UNAUTHORIZED).end();', [401])).toBe(true);
    expect(names('if (res.statusCode === 401) res.statusCode = 401;', [401])).toBe(true);
    expect(names('if ([401, 403].includes(e.status)) send(res, e.status);', [401])).toBe(true);
    // A name is read wherever it is.
    expect(names('if (res.status === StatusCodes.UNAUTHORIZED) logout();', [401])).toBe(true);
  });

  it('reads names as code spells them, whole numbers only', () => {
    expect(names('// the job was accepted in 2022', [202])).toBe(false);
    expect(names('throw Boom.unauthorized();', [401])).toBe(true);
  });

  it("does not read 302's `Found` in the 404 names `NOT_FOUND`, `NotFound`, `notFound`", () => {
    for (const text of ['res.status(StatusCodes.NOT_FOUND).end();', 'throw new NotFoundException();', 'throw Boom.notFound();']) {
      expect(names(text, [302]), text).toBe(false);
    }
    expect(names('res.status(StatusCodes.MOVED_TEMPORARILY).end();', [302])).toBe(true);
    expect(names('res.status(HttpStatus.FOUND).end();', [302])).toBe(true);
    // A name that itself begins with "Not" still counts.
    expect(names('res.status(HttpStatus.NOT_MODIFIED).end();', [304])).toBe(true);
  });

  it('reads names only as whole names, or with the prefixes and suffixes status code gives them', () => {
    for (const [text, status] of [
      ['throw new UnauthorizedException();', 401],
      ['class AuthError extends UnauthorizedError {}', 401],
      ['res.status(HTTP_STATUS_FOUND).end();', 302],
      ['throw new createError.Unauthorized();', 401],
      ['res.status(StatusCodes.CREATED).json(item);', 201],
    ] as const) {
      expect(names(text, [status]), text).toBe(true);
    }
    for (const [text, status] of [
      ['class NoFilesFoundError extends Error {}', 302],
      ["const names = ['AllAcceptedCredentials']; check(AllAcceptedCredentials);", 202],
      ['if (hooks.onElementCreated) run();', 201],
      ['type Row = { CreatedAt: Date; Foundation: string };', 201],
      ['const wasNotFound = true;', 302],
      ['send(UNAUTHORIZED_WITHOUT_CHALLENGE);', 401],
    ] as const) {
      expect(names(text, [status]), text).toBe(false);
    }
  });

  it('reads the names of the library error classes the summaries know', () => {
    expect(libraryErrorClasses().length).toBeGreaterThan(1);
    for (const { name, status } of libraryErrorClasses()) {
      expect(names(`throw new ${name}('Login first');`, [status]), name).toBe(true);
    }
  });

  it('reads neither comments nor strings', () => {
    for (const [text, status] of [
      ["log('Found existing program');", 302],
      ['// Created on first use; answers 401 otherwise.\nexport const cache = new Map();', 401],
      ['/** Unauthorized callers get a 201. */ export {};', 201],
      ['const css = `font-weight: 401; color: red`;', 401],
      ['const version = 401.5;', 401],
      ["const title = 'No Content';", 204],
    ] as const) {
      expect(names(text, [status]), text).toBe(false);
    }
    for (const [text, status] of [
      ['res.status(401).end(); // 401', 401],
      ['const reply = (res) => res.sendStatus(Codes.NO_CONTENT);', 204],
      ['send(`${HttpStatus.ACCEPTED}`);', 202],
    ] as const) {
      expect(names(text, [status]), text).toBe(true);
    }
  });

  it('always says yes with type information, where a status may come from another file, and without tokens', () => {
    const typed = { sourceCode: { text: 'export const answer = 42;', parserServices: { program: {} } } } as unknown as Context;
    expect(mayMention(typed, [401])).toBe(true);
    const tokenless = { sourceCode: { text: 'export const answer = 42;', parserServices: {}, ast: { type: 'Program', body: [] } } } as unknown as Context;
    expect(mayMention(tokenless, [401])).toBe(true);
  });
});
