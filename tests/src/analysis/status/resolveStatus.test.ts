import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

import { ruleTester } from '../../../ruleTester.js';
import { resolved, statusProbe, unresolved } from './statusProbe.js';

const cases: [code: string, expected: ReturnType<typeof resolved> | typeof unresolved][] = [
  ['probe(202);', resolved(202)],
  ['probe(202 as const);', resolved(202)],
  ['const ACCEPTED = 202; probe(ACCEPTED);', resolved(202)],
  ['const A = 202; const B = A; probe(B);', resolved(202)],
  ['let s = 401; probe(s);', resolved(401)],
  // A reassigned `let` holds more than one value.
  ['let s = 401; if (x) s = 200; probe(s);', unresolved],
  ['enum Codes { Ok = 200, Accepted = 202 } probe(Codes.Accepted);', resolved(202)],
  ['const STATUS = { ACCEPTED: 202 } as const; probe(STATUS.ACCEPTED);', resolved(202)],
  ["const STATUS = { 'ACCEPTED': 202 }; probe(STATUS['ACCEPTED']);", resolved(202)],
  // The constant families, by member name.
  ["import { StatusCodes } from 'http-status-codes'; probe(StatusCodes.ACCEPTED);", resolved(202)],
  ["import { HttpStatus } from '@nestjs/common'; probe(HttpStatus.UNAUTHORIZED);", resolved(401)],
  ["import { HttpStatusCode } from 'axios'; probe(HttpStatusCode.Accepted);", resolved(202)],
  ["import { constants } from 'node:http2'; probe(constants.HTTP_STATUS_UNAUTHORIZED);", resolved(401)],
  ["import http2 from 'node:http2'; probe(http2.constants.HTTP_STATUS_ACCEPTED);", resolved(202)],
  ["import httpStatus from 'http-status'; probe(httpStatus.ACCEPTED);", resolved(202)],
  ["import { Status } from 'std/http/status.ts'; probe(Status.Accepted);", resolved(202)],
  ["import { UNAUTHORIZED } from 'http-status-codes'; probe(UNAUTHORIZED);", resolved(401)],
  ["probe(require('http-status-codes').StatusCodes.ACCEPTED);", resolved(202)],
  // CommonJS requires of the status packages, destructured or whole, under any local name.
  ["const { StatusCodes } = require('http-status-codes'); probe(StatusCodes.ACCEPTED);", resolved(202)],
  ["const { StatusCodes: Codes } = require('http-status-codes'); probe(Codes.UNAUTHORIZED);", resolved(401)],
  ["const { ACCEPTED } = require('http-status-codes'); probe(ACCEPTED);", resolved(202)],
  ["const UNAUTHORIZED = require('http-status-codes').UNAUTHORIZED; probe(UNAUTHORIZED);", resolved(401)],
  ["const httpStatus = require('http-status'); probe(httpStatus.ACCEPTED);", resolved(202)],
  ["const { HttpStatus } = require('@nestjs/common'); probe(HttpStatus.ACCEPTED);", resolved(202)],
  ["const { HttpStatusCode } = require('axios'); probe(HttpStatusCode.Unauthorized);", resolved(401)],
  ["const { constants } = require('node:http2'); probe(constants.HTTP_STATUS_ACCEPTED);", resolved(202)],
  ["import { StatusCodes as S } from 'http-status-codes'; probe(S.ACCEPTED);", resolved(202)],
  // Destructured constants: a member of the object they come from.
  ["const { HTTP_STATUS_ACCEPTED } = require('http2').constants; probe(HTTP_STATUS_ACCEPTED);", resolved(202)],
  ["import http2 from 'node:http2'; const { HTTP_STATUS_UNAUTHORIZED } = http2.constants; probe(HTTP_STATUS_UNAUTHORIZED);", resolved(401)],
  ["import { StatusCodes } from 'http-status-codes'; const { ACCEPTED: A } = StatusCodes; probe(A);", resolved(202)],
  ['const STATUS = { ACCEPTED: 202 }; const { ACCEPTED } = STATUS; probe(ACCEPTED);', resolved(202)],
  // Not status constants: a local module, a require inside a function, a default value, a reassigned let,
  // another export of a status package.
  ["const { StatusCodes } = require('./codes'); probe(StatusCodes.ACCEPTED);", unresolved],
  ["function f() { const { StatusCodes } = require('lib'); probe(StatusCodes.ACCEPTED); }", unresolved],
  ['const { ACCEPTED = 202 } = options; probe(ACCEPTED);', unresolved],
  ['let { ACCEPTED } = STATUS; ACCEPTED = 200; probe(ACCEPTED);', unresolved],
  ["const { Controller } = require('@nestjs/common'); probe(Controller.ACCEPTED);", unresolved],
  ['const { ACCEPTED } = errors; probe(ACCEPTED);', unresolved],
  // Shapes that are not status constants.
  ['probe(errors.UNAUTHORIZED);', unresolved],
  ['function f(StatusCodes) { probe(StatusCodes.ACCEPTED); }', unresolved],
  ['probe(code);', unresolved],
  ['probe(ok ? 200 : 202);', unresolved],
  ["probe('202');", unresolved],
  ['probe(202.5);', unresolved],
];

ruleTester.run('resolveStatus (syntactic)', statusProbe, {
  valid: [],
  invalid: cases.map(([code, expected]) => ({ code, errors: [expected] })),
});

// With type information, a number-literal type resolves what syntax alone cannot.
const typedTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: true,
      tsconfigRootDir: path.join(import.meta.dirname, '../../../fixtures/typed'),
    },
  },
});

typedTester.run('resolveStatus (typed)', statusProbe, {
  valid: [],
  invalid: [
    { code: 'declare const accepted: 202; probe(accepted);', filename: 'file.ts', errors: [resolved(202)] },
    { code: 'function code(): 401 { return 401; } probe(code());', filename: 'file.ts', errors: [resolved(401)] },
    { code: 'declare const either: 200 | 202; probe(either);', filename: 'file.ts', errors: [unresolved] },
    { code: 'declare const n: number; probe(n);', filename: 'file.ts', errors: [unresolved] },
  ],
});
