import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

const esm = `import createError from 'http-errors';\n`;

ruleTester.run('http-errors adapter', siteProbe, {
  valid: [
    // Neither thrown nor forwarded: kept in a variable, returned from a helper.
    `${esm}const err = createError(401);`,
    `${esm}function unauthorized() { return createError(401); }`,
    // An argument that may be an Error whose status and headers win.
    `${esm}function h(req, res, next, err) { next(createError(401, err)); }`,
    // Unresolved status; a name that is no error status.
    `${esm}throw createError(code);`,
    `${esm}throw new createError.HttpError();`,
    // A shadowing parameter.
    `${esm}function f(createError) { throw createError(401); }`,
  ],
  invalid: [
    {
      // A local helper with the same name is not http-errors: the helpers adapter follows it as an error of its own.
      code: `function createError(status, message) { const e = new Error(message); e.status = status; return e; }\nthrow createError(401, 'x');`,
      errors: [site('error-class 401 headers=[] complete body=unknown nofix', 2, 19)],
    },
    {
      code: `${esm}throw createError(401, 'Login first');`,
      errors: [site('http-errors 401 headers=[] complete body=unknown fix', 2, 19)],
    },
    {
      // Props in any position after the status; headers from them.
      code: `${esm}throw createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }, 'Login first');`,
      errors: [site('http-errors 401 headers=[www-authenticate] complete body=unknown fix')],
    },
    {
      // Props without headers; a spread in props makes them unknown.
      code: `${esm}throw createError(401, \`No \${what}\`, { expose: true });`,
      errors: [site('http-errors 401 headers=[] complete body=unknown fix')],
    },
    {
      code: `${esm}throw createError(401, { ...extra });`,
      errors: [site('http-errors 401 headers=[] incomplete body=unknown nofix')],
    },
    {
      // Any local name, require, next() and Promise.reject().
      code: `const httpErrors = require('http-errors');\nfunction h(req, res, next) { return next(httpErrors(StatusCodes.UNAUTHORIZED)); }`,
      errors: [site('http-errors 401 headers=[] complete body=unknown fix', 2, 53)],
    },
    {
      code: `import createHttpError from 'http-errors';\nconst p = Promise.reject(createHttpError(401, err.message));`,
      errors: [site('http-errors 401 headers=[] complete body=unknown fix')],
    },
    {
      // The named constructors take a message only.
      code: `${esm}throw new createError.Unauthorized('Login first');`,
      errors: [site('http-errors 401 headers=[] complete body=unknown fix', 2, 23)],
    },
    {
      code: `${esm}throw createError[401]();`,
      errors: [site('http-errors 401 headers=[] complete body=unknown fix')],
    },
    {
      // A namespace import is not callable: no rewrite to the factory.
      code: `import * as errors from 'http-errors';\nthrow new errors.Unauthorized();`,
      errors: [site('http-errors 401 headers=[] complete body=unknown nofix')],
    },
    {
      code: `import { Unauthorized } from 'http-errors';\nthrow new Unauthorized();`,
      errors: [site('http-errors 401 headers=[] complete body=unknown nofix', 2, 11)],
    },
  ],
});
