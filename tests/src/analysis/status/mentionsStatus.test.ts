import { describe, expect, it } from 'vitest';

import { mayMention } from '../../../../src/analysis/gates/mayMention.js';
import { statusNameKeys } from '../../../../src/analysis/status/mentionsStatus.js';
import { parsedContext } from '../parsedContext.js';

describe('statusNameKeys', () => {
  it('spells a name in capitals, in Pascal case, and in camel case for error statuses only', () => {
    expect(statusNameKeys(304)).toEqual(['NOTMODIFIED', 'NotModified']);
    expect(statusNameKeys(405)).toEqual(['METHODNOTALLOWED', 'MethodNotAllowed', 'methodNotAllowed']);
    expect(statusNameKeys(401)).toContain('NotAuthenticated');
    expect(statusNameKeys(599)).toEqual([]);
  });
});

// The forms as the per-file test uses them: a status is named in code, whatever the spelling.
describe('names as code spells them', () => {
  const names = (text: string, statuses: number[]) => mayMention(parsedContext(text), statuses);

  it.each([
    'res.status(401)',
    'StatusCodes.UNAUTHORIZED',
    'HttpStatusCode.Unauthorized',
    'constants.HTTP_STATUS_ACCEPTED',
    'Boom.unauthorized()',
    'new UnauthorizedException()',
    'createError.Unauthorized()',
    "import { ACCEPTED } from 'http-status-codes'",
    'Status.Accepted',
  ])('finds a mention in %s', (text) => {
    expect(names(text, [401, 202])).toBe(true);
  });

  it.each(['res.status(403).end()', 'map.set(key, value)', 'const limit = 4100;', '/* Copyright 2022 OpenJS Foundation */', 'const v = "1.2024.0";'])(
    'finds none in %s',
    (text) => {
      expect(names(text, [401, 202])).toBe(false);
    },
  );

  it('reads names as code spells them: prose such as "the job was accepted" names no 202', () => {
    expect(names('// the request is accepted and queued', [202])).toBe(false);
    expect(names('HttpStatusCode.Accepted', [202])).toBe(true);
    // Error statuses have lower-case factories (Boom), so their camelCase spelling counts.
    expect(names('Boom.notFound()', [404])).toBe(true);
  });

  it('spells multi-word names with or without an underscore, and every alias', () => {
    for (const text of ['PAYLOAD_TOO_LARGE', 'PayloadTooLarge', 'REQUEST_ENTITY_TOO_LARGE', 'PAYLOADTOOLARGE', 'RequestEntityTooLarge']) {
      expect(names(`send(${text});`, [413]), text).toBe(true);
    }
  });
});
