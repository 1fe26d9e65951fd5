import { describe, expect, it } from 'vitest';

import { statusMentionPattern } from '../../../../src/analysis/status/mentionsStatus.js';

describe('statusMentionPattern', () => {
  const pattern = statusMentionPattern([401, 202]);

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
    expect(pattern.test(text)).toBe(true);
  });

  it.each(['res.status(403).end()', 'map.set(key, value)', 'const limit = 4100;', '/* Copyright 2022 OpenJS Foundation */', 'version 1.2024.0'])(
    'finds none in %s',
    (text) => {
      expect(pattern.test(text)).toBe(false);
    },
  );

  it('reads names as code spells them: prose such as "the job was accepted" names no 202', () => {
    const accepted = statusMentionPattern([202]);
    expect(accepted.test('// the request is accepted and queued')).toBe(false);
    expect(accepted.test('HttpStatusCode.Accepted')).toBe(true);
    // Error statuses have lower-case factories (Boom), so their camelCase spelling counts.
    expect(statusMentionPattern([404]).test('Boom.notFound()')).toBe(true);
  });

  it('spells multi-word names with or without separators', () => {
    const tooLarge = statusMentionPattern([413]);
    for (const text of ['PAYLOAD_TOO_LARGE', 'PayloadTooLarge', 'Request Entity Too Large', 'REQUEST_TOO_LONG']) {
      expect(tooLarge.test(text)).toBe(true);
    }
  });
});
