import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

// AWS Lambda proxy results (API Gateway, ALB, function URLs, Netlify) and Azure Functions results.
ruleTester.run('require-401-www-authenticate (lambda)', rule, {
  valid: [
    `const authHeaders = { 'WWW-Authenticate': 'Bearer' };\nexport const handler = async () => ({ statusCode: 401, headers: { ...authHeaders, 'Cache-Control': 'no-store' }, body: '' });`,
    `const authHeaders = { 'WWW-Authenticate': 'Bearer' };\nexport const handler = async (event) => ({ statusCode: 401, headers: { ...(event.api ? authHeaders : { 'WWW-Authenticate': 'Basic' }) }, body: '' });`,
    `export const handler = async (event) => ({ statusCode: 401, headers: { ...commonHeaders(event) }, body: '' });`,
    `export const handler = async () => ({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' }, body: '' });`,
    `export const handler = async () => ({ statusCode: 401, multiValueHeaders: { 'www-authenticate': ['Bearer', 'Basic'] }, body: '' });`,
    // Headers we cannot read.
    `export const handler = async () => ({ statusCode: 401, headers: { ...cors }, body: '' });`,
    `export const handler = async () => ({ statusCode: 401, headers: buildHeaders(), body: '' });`,
    // A { statusCode: 401 } literal that is not a response: a descriptor, a row, a value handed on, a client mock.
    `function toError(e) { return { statusCode: 401, message: e.message, code: 'AUTH' }; }`,
    `const cases = [{ statusCode: 401, body: 'x' }];`,
    `throw Object.assign(new Error('no'), { statusCode: 401 });`,
    `nock('https://api').get('/me').reply(() => ({ statusCode: 401, body: { error: 'x' } }));`,
    `const unauthorized = () => ({ statusCode: 401 });`,
    // { status, body } outside Azure Functions.
    `export async function login() { return { status: 401, body: { error: 'x' } }; }`,
    // Azure with the challenge.
    `import { app } from '@azure/functions';\napp.http('me', { handler: async () => ({ status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }) });`,
  ],
  invalid: [
    {
      // A header a conditional spread may add is not set on every path, as one set under an `if` is not.
      code: `const authHeaders = { 'WWW-Authenticate': 'Bearer' };\nexport const handler = async (event) => ({ statusCode: 401, headers: { ...(event.api && authHeaders) }, body: '' });`,
      errors: [missing(2, 56, `const authHeaders = { 'WWW-Authenticate': 'Bearer' };\nexport const handler = async (event) => ({ statusCode: 401, headers: { ...(event.api && authHeaders), 'WWW-Authenticate': 'Bearer' }, body: '' });`)],
    },
    {
      code: `export const handler = async (event) => ({ statusCode: event.user ? 403 : 401, body: '' });`,
      errors: [missing(1, 75, `export const handler = async (event) => ({ statusCode: event.user ? 403 : 401, body: '', headers: { 'WWW-Authenticate': 'Bearer' } });`)],
    },
    {
      code: `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nexport const handler = async () => ({ statusCode: 401, headers: { ...corsHeaders, 'Cache-Control': 'no-store' }, body: '' });`,
      errors: [missing(2, 51, `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nexport const handler = async () => ({ statusCode: 401, headers: { ...corsHeaders, 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' }, body: '' });`)],
    },
    {
      code: `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nexport const handler = async (event) => ({ statusCode: 401, headers: { ...(event.cors && corsHeaders) }, body: '' });`,
      errors: [missing(2, 56, `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nexport const handler = async (event) => ({ statusCode: 401, headers: { ...(event.cors && corsHeaders), 'WWW-Authenticate': 'Bearer' }, body: '' });`)],
    },
    {
      code: `export const handler = async (event) => {\n  return {\n    statusCode: 401,\n    body: JSON.stringify({ message: 'Unauthorized' }),\n  };\n};`,
      errors: [
        missing(
          3,
          17,
          `export const handler = async (event) => {\n  return {\n    statusCode: 401,\n    body: JSON.stringify({ message: 'Unauthorized' }),\n    headers: { 'WWW-Authenticate': 'Bearer' },\n  };\n};`,
        ),
      ],
    },
    {
      code: `exports.handler = async () => ({ statusCode: 401, headers: { 'Content-Type': 'application/json' }, body: '{}' });`,
      errors: [
        missing(1, 46, `exports.handler = async () => ({ statusCode: 401, headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer' }, body: '{}' });`),
      ],
    },
    {
      code: `exports.handler = function (event, context, callback) {\n  callback(null, { statusCode: 401, body: 'Unauthorized' });\n};`,
      errors: [
        missing(2, 32, `exports.handler = function (event, context, callback) {\n  callback(null, { statusCode: 401, body: 'Unauthorized', headers: { 'WWW-Authenticate': 'Bearer' } });\n};`),
      ],
    },
    {
      code: `import { app } from '@azure/functions';\napp.http('me', { handler: async () => ({ status: 401, jsonBody: { error: 'x' } }) });`,
      errors: [
        missing(2, 50, `import { app } from '@azure/functions';\napp.http('me', { handler: async () => ({ status: 401, jsonBody: { error: 'x' }, headers: { 'WWW-Authenticate': 'Bearer' } }) });`),
      ],
    },
    {
      code: `module.exports = async function (context, req) {\n  context.res = { status: 401, body: 'Login first' };\n};`,
      errors: [
        missing(2, 27, `module.exports = async function (context, req) {\n  context.res = { status: 401, body: 'Login first', headers: { 'WWW-Authenticate': 'Bearer' } };\n};`),
      ],
    },
  ],
});
