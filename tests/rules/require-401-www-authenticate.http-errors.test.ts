import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

const esm = `import createError from 'http-errors';\n`;

// http-errors thrown, forwarded to next() or rejected; Express and Koa copy err.headers onto the response.
ruleTester.run('require-401-www-authenticate (http-errors)', rule, {
  valid: [
    `${esm}throw createError(401, 'Login first', { headers: { 'WWW-Authenticate': 'Bearer' } });`,
    `${esm}function auth(req, res, next) { next(createError(401, { headers: { 'www-authenticate': 'Basic realm="api"' } })); }`,
    // Headers we cannot read; an argument that may be an Error carrying its own status and headers.
    `${esm}throw createError(401, 'Login first', { headers: challengeHeaders });`,
    `${esm}throw createError(401, props);`,
    `${esm}function auth(req, res, next, cause) { next(createError(401, cause)); }`,
    // Not thrown or forwarded: the error may get headers before it is.
    `${esm}const err = createError(401);\nerr.headers = { 'WWW-Authenticate': 'Bearer' };\nthrow err;`,
    // The app's own createError.
    `import { createError } from './errors';\nthrow createError(401, 'Login first');`,
    // Another status.
    `${esm}throw new createError.Forbidden();`,
  ],
  invalid: [
    {
      code: `${esm}throw createError(401, 'Login first');`,
      errors: [missing(2, 19, `${esm}throw createError(401, 'Login first', { headers: { 'WWW-Authenticate': 'Bearer' } });`)],
    },
    {
      code: `${esm}throw createError(401);`,
      errors: [missing(2, 19, `${esm}throw createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } });`)],
    },
    {
      // Props without headers get them; a literal headers object gets the property.
      code: `${esm}throw createError(401, 'Login first', { expose: true });`,
      errors: [missing(2, 19, `${esm}throw createError(401, 'Login first', { expose: true, headers: { 'WWW-Authenticate': 'Bearer' } });`)],
    },
    {
      code: `const createHttpError = require('http-errors');\nfunction auth(req, res, next) {\n  return next(createHttpError(401, { headers: { 'Cache-Control': 'no-store' } }));\n}`,
      errors: [
        missing(
          3,
          31,
          `const createHttpError = require('http-errors');\nfunction auth(req, res, next) {\n  return next(createHttpError(401, { headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } }));\n}`,
        ),
      ],
    },
    {
      // The constructors take a message only: rewritten to the factory.
      code: `${esm}throw new createError.Unauthorized('Login first');`,
      errors: [missing(2, 23, `${esm}throw createError(401, 'Login first', { headers: { 'WWW-Authenticate': 'Bearer' } });`)],
    },
    {
      code: `${esm}const p = Promise.reject(createError.Unauthorized());`,
      errors: [missing(2, 38, `${esm}const p = Promise.reject(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }));`)],
    },
    {
      // A props const is read, not edited.
      code: `${esm}const props = { expose: true };\nthrow createError(401, props);`,
      errors: [{ messageId: 'missingChallenge', line: 3, column: 19, suggestions: [] }],
    },
  ],
});
