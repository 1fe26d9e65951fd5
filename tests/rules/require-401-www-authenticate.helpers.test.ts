import path from 'node:path';

import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';

/** The linted file sits beside tests/fixtures/summaries/lib, so `./lib/…` imports resolve to real modules. */
const filename = path.join(import.meta.dirname, '../fixtures/summaries/routes.ts');
const at = (line: number, column: number) => ({ messageId: 'missingChallenge' as const, line, column, suggestions: [] });

// Helpers and error classes of the project, in the same file and imported from its modules.
ruleTester.run('require-401-www-authenticate (helpers and error classes)', rule, {
  valid: [
    // The caller sets the challenge on the res it hands over.
    {
      code: `import { sendNon200ResponseWithMessage } from './lib/http';
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer');
  sendNon200ResponseWithMessage(res, 'Login first', 401);
});`,
      filename,
    },
    // The helper sets the challenge itself.
    { code: `import { sendAuthError } from './lib/http';\napp.get('/me', (req, res) => sendAuthError(res, 401, 'Login first'));`, filename },
    // Headers from the caller, who passes the challenge.
    { code: `import { sendWithHeaders } from './lib/http';\napp.get('/me', (req, res) => sendWithHeaders(res, 401, { 'WWW-Authenticate': 'Bearer' }));`, filename },
    // Headers from the caller, who passes a variable: unknown.
    { code: `import { sendWithHeaders } from './lib/http';\napp.get('/me', (req, res) => sendWithHeaders(res, 401, challengeHeaders));`, filename },
    // An unknown status.
    { code: `import { sendNon200ResponseWithMessage } from './lib/http';\napp.get('/me', (req, res) => sendNon200ResponseWithMessage(res, 'x', req.code));`, filename },
    // The response is a test's mock, not a handler's parameter.
    { code: `import { sendNon200ResponseWithMessage } from './lib/http';\nconst res = mockResponse();\nsendNon200ResponseWithMessage(res, 'x', 401);`, filename },
    // Another status.
    { code: `import { sendNon200ResponseWithMessage } from './lib/http';\napp.get('/me', (req, res) => sendNon200ResponseWithMessage(res, 'x', 403));`, filename },
    // A module that does not parse, one that is only a declaration file, one that is missing.
    { code: `import { sendBroken } from './lib/broken';\napp.get('/me', (req, res) => sendBroken(res, 401));`, filename },
    { code: `import { sendTyped } from './lib/types-only';\napp.get('/me', (req, res) => sendTyped(res, 401));`, filename },
    { code: `import { sendMissing } from './lib/missing';\napp.get('/me', (req, res) => sendMissing(res, 401));`, filename },
    // A package is never read: its helpers are unknown.
    { code: `import { sendError } from 'some-http-lib';\napp.get('/me', (req, res) => sendError(res, 401));`, filename },
    // Three levels down is past the bound (two): silent.
    { code: `import { failDeeper } from './lib/nested';\napp.get('/me', (req, res) => failDeeper(res, 401));`, filename },
    // A module import cycle ends, and the helper in it still has to be called with a 401.
    { code: `import { sendCycleAgain } from './lib/cycle-b';\napp.get('/me', (req, res) => sendCycleAgain(res, 200));`, filename },
    // A Lambda result helper whose call is not the handler's result.
    { code: `import { errorResponse } from './lib/http';\nconst result = errorResponse(401, 'Unauthorized');`, filename },
    // A returned web response kept in a variable gets its challenge later.
    {
      code: `import { problemResponse } from './lib/http';
export async function GET() {
  const response = problemResponse(401, 'Login first');
  response.headers.set('WWW-Authenticate', 'Bearer');
  return response;
}`,
      filename,
    },
    // An error factory's result not raised.
    { code: `import { error } from './lib/http';\nconst e = error(401, 'invalid api key');`, filename },
    // Error classes: the constant-status class is reported in its own module, not at each throw.
    { code: `import { AuthenticationError } from './lib/errors';\nthrow new AuthenticationError();`, filename },
    { code: `import { TokenError } from './lib/errors';\nthrow new TokenError();`, filename },
    // A class that carries its challenge.
    { code: `import { ChallengeError } from './lib/errors';\nthrow new ChallengeError();`, filename },
    { code: `class AuthError extends Error {\n  status = 401;\n  headers = { 'WWW-Authenticate': 'Bearer' };\n}\nthrow new AuthError();`, filename },
    // Not an Error subclass (a plain value object), or a base we cannot read.
    `class Unauthorized { status = 401; }`,
    `import { BaseError } from 'ts-custom-error';\nclass AuthError extends BaseError { status = 401; }`,
    // `Object.assign(this, options)` may set headers.
    `class AuthError extends Error {\n  status = 401;\n  constructor(options) { super(); Object.assign(this, options); }\n}`,
    // Client code: the error describes a 401 received from a server.
    `import axios from 'axios';\nexport class UnauthorizedError extends Error { status = 401; }`,
    `'use client';\nexport class UnauthorizedError extends Error { status = 401; }`,
    // The file handles the class itself: an error handler with instanceof, a Nest filter.
    `class AuthError extends Error { status = 401; }\napp.use((err, req, res, next) => {\n  if (err instanceof AuthError) res.set('WWW-Authenticate', 'Bearer');\n  next(err);\n});`,
    `import { Catch, UnauthorizedException } from '@nestjs/common';\nexport class TokenRejected extends UnauthorizedException {}\n@Catch(TokenRejected)\nexport class ChallengeFilter {}`,
    // A status below 400 on an error: finalhandler answers 500.
    `class Weird extends Error { status = 202; }`,
    // A custom error created but not raised.
    { code: `import { ApiError } from './lib/errors';\nconst e = new ApiError(401, 'x');`, filename },
    // Boom with a scheme adds the challenge itself.
    `import Boom from '@hapi/boom';\nfunction fail(message) { return Boom.unauthorized(message, 'Bearer'); }\nthrow fail('x');`,
    // A status option with a default, when the call leaves it out: the helper's own default is not the call's.
    { code: `function logAndRespond(message, { status = 500 } = {}) {\n  return new Response(message, { status });\n}\nexport const GET = () => logAndRespond('Unauthorized');`, filename },
    { code: `const problem = (title, options) => Response.json({ title }, { status: options?.status ?? 500 });\nexport const GET = () => problem('Forbidden', { status: 403 });`, filename },
  ],
  invalid: [
    {
      // sendNon200ResponseWithMessage(res, msg, 401), imported: reported at the call's status.
      code: `import { sendNon200ResponseWithMessage } from './lib/http';\napp.get('/me', (req, res) => {\n  sendNon200ResponseWithMessage(res, 'Login first', 401);\n});`,
      filename,
      errors: [at(3, 53)],
    },
    {
      // Through the barrel (`export *`), with `.js` written for a `.ts` file.
      code: `import { sendNon200ResponseWithMessage } from './lib/index.js';\napp.get('/me', (req, res) => sendNon200ResponseWithMessage(res, 'x', 401));`,
      filename,
      errors: [at(2, 70)],
    },
    {
      // A namespace import.
      code: `import * as http from './lib/http';\napp.get('/me', (req, res) => http.sendNon200ResponseWithMessage(res, 'x', 401));`,
      filename,
      errors: [at(2, 75)],
    },
    {
      // Two levels: fail → sendNon200ResponseWithMessage.
      code: `import { fail } from './lib/nested';\napp.get('/me', (req, res) => fail(res, 401));`,
      filename,
      errors: [at(2, 40)],
    },
    {
      // A helper in a module cycle.
      code: `import { sendCycleAgain } from './lib/cycle-b';\napp.get('/me', (req, res) => sendCycleAgain(res, 401));`,
      filename,
      errors: [at(2, 50)],
    },
    {
      // Headers set on the res for another header do not silence it.
      code: `import { sendNon200ResponseWithMessage } from './lib/http';\napp.get('/me', (req, res) => {\n  res.set('Cache-Control', 'no-store');\n  sendNon200ResponseWithMessage(res, 'x', 401);\n});`,
      filename,
      errors: [at(4, 43)],
    },
    {
      // Lambda: errorResponse(401, 'Unauthorized') returned from the handler.
      code: `import { errorResponse } from './lib/http';\nexport const handler = async (event) => {\n  if (!event.headers.authorization) return errorResponse(401, 'Unauthorized');\n  return { statusCode: 200, body: '' };\n};`,
      filename,
      errors: [at(3, 58)],
    },
    {
      // Web: problemResponse(401, …) returned from a route handler.
      code: `import { problemResponse } from './lib/http';\nexport async function GET() {\n  return problemResponse(401, 'Login first');\n}`,
      filename,
      errors: [at(3, 26)],
    },
    {
      // logAndRespond(msg, { status: 401 }): reported at the status in the call's init.
      code: `import { logAndRespond } from './lib/http';\nexport const GET = async () => logAndRespond('no session', { status: 401 });`,
      filename,
      errors: [at(2, 70)],
    },
    {
      // next(error(401, 'invalid api key')): an http-errors factory behind a helper.
      code: `import { error } from './lib/http';\napp.use((req, res, next) => {\n  if (!req.get('x-api-key')) return next(error(401, 'invalid api key'));\n  next();\n});`,
      filename,
      errors: [at(3, 48)],
    },
    {
      // new ApiError(401, …) imported, and through a subclass that inherits the constructor.
      code: `import { ApiError, ValidationError } from './lib/errors';\nfunction check(req) {\n  if (!req.user) throw new ApiError(401, 'Login first');\n  throw new ValidationError(401, 'x');\n}`,
      filename,
      errors: [at(3, 37), at(4, 29)],
    },
    {
      // new RequestError({ code, status: 401 }), renamed through the barrel.
      code: `import { RequestError } from './lib';\napp.use((req, res, next) => next(new RequestError({ code: 'E_AUTH', status: 401 })));`,
      filename,
      errors: [at(2, 77)],
    },
    {
      // CommonJS module: require, module.exports and exports.x.
      code: `const { sendJson, throwHttp } = require('./lib/common.cjs');\nmodule.exports = (req, res) => {\n  if (!req.user) return sendJson(res, 401, { error: 'x' });\n  throwHttp(401, 'Login first');\n};`,
      filename,
      errors: [at(3, 39), at(4, 13)],
    },
    {
      // Local helpers, same file: a Response helper with the status from its call.
      code: `function json(data, status) {\n  return Response.json(data, { status });\n}\nexport async function GET() {\n  return json({ error: 'Login first' }, 401);\n}`,
      errors: [at(5, 41)],
    },
    {
      // An error class with a constant status: once, at the status in the class.
      code: `class AuthenticationError extends Error {\n  status = 401;\n}\napp.use(() => { throw new AuthenticationError(); });\nthrow new AuthenticationError();`,
      errors: [at(2, 12)],
    },
    {
      // this.status = 401 in the constructor; super(401, …) into a base that takes the status.
      code: `class HttpError extends Error {\n  constructor(status, message) { super(message); this.status = status; }\n}\nclass Unauthorized extends HttpError {\n  constructor() { super(401, 'Unauthorized'); }\n}\nclass Expired extends Error {\n  constructor() { super('expired'); this.statusCode = 401; }\n}`,
      errors: [at(5, 25), at(8, 55)],
    },
    {
      // The usual hand-written AppError: captureStackTrace and setPrototypeOf set no status or headers.
      code: `class AppError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.statusCode = statusCode;
    this.isOperational = true;
    Object.setPrototypeOf(this, AppError.prototype);
    Error.captureStackTrace(this, this.constructor);
  }
}
class NotAuthorizedError extends AppError {
  constructor(message = 'Not authorized') { super(message, 401); }
}
app.use((req, res, next) => next(new AppError('Invalid token', 401)));`,
      errors: [at(11, 60), at(13, 64)],
    },
    {
      // Nest: extends UnauthorizedException, reported at the extends clause; its throws are not.
      code: `import { UnauthorizedException } from '@nestjs/common';\nexport class TokenError extends UnauthorizedException {}\nfunction check() { throw new TokenError(); }`,
      errors: [at(2, 33)],
    },
    {
      // Nest: HttpException with a resolved status in super(…).
      code: `import { HttpException, HttpStatus } from '@nestjs/common';\nexport class SessionExpired extends HttpException {\n  constructor() { super('Session expired', HttpStatus.UNAUTHORIZED); }\n}`,
      errors: [at(3, 44)],
    },
    {
      // @middy/util's createError, an http-errors look-alike.
      code: `import { createError } from '@middy/util';\nexport const handler = middy(async (event) => {\n  throw createError(401, 'Unauthorized');\n});`,
      errors: [at(3, 21)],
    },
    {
      // Feathers' NotAuthenticated: the mention check knows the class's name (a message in a string wakes nothing).
      code: `import { NotAuthenticated } from '@feathersjs/errors';\nexport const authenticate = async (context) => {\n  if (!context.params.user) throw new NotAuthenticated('Login first');\n};`,
      errors: [at(3, 39)],
    },
    {
      // Seen on dub: a status option destructured with a default, `{ status = 500 } = {}`.
      code: `function logAndRespond(message, { status = 500 } = {}) {\n  return new Response(message, { status });\n}\nexport const GET = () => logAndRespond('Unauthorized', { status: 401 });`,
      filename,
      errors: [at(4, 66)],
    },
    {
      // Seen on formbricks: `options?.status ?? 500`.
      code: `const problem = (title, options) => Response.json({ title }, { status: options?.status ?? 500 });\nexport const GET = () => problem('Unauthorized', { status: 401 });`,
      filename,
      errors: [at(2, 60)],
    },
  ],
});
