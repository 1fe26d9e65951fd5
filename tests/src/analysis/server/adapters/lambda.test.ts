import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

ruleTester.run('lambda and azure functions adapter', siteProbe, {
  valid: [
    // An error descriptor returned by a helper: a key no proxy result has.
    `function fail() { return { statusCode: 401, message: 'Login first' }; }`,
    // A bare { statusCode } from a helper that is no handler.
    `const toResult = () => ({ statusCode: 401 });`,
    // Not returned as the result: a table row, a JSON body, a value passed on.
    `const rows = [{ statusCode: 401, body: 'x' }];`,
    `res.json({ statusCode: 401, body: 'x' });`,
    `export const handler = async () => ({ statusCode: 200, body: JSON.stringify({ error: { statusCode: 401 } }) });`,
    // A mocked client response: a proxy result's body is a string.
    `jest.fn(() => ({ statusCode: 401, body: { error: 'x' } }));`,
    // A test's stand-in for a remote server.
    `invoke.mockResolvedValue({ statusCode: 401, body: '' });`,
    `sinon.stub(client, 'get').resolves({ statusCode: 401, headers: {}, body: '' });`,
    // Unresolved status; a spread.
    `export const handler = async (event) => ({ statusCode: event.code, body: '' });`,
    `export const handler = async () => ({ ...base, statusCode: 401 });`,
    // { status, body } without Azure: a service result, an old SvelteKit endpoint.
    `async function login() { return { status: 401, body: { error: 'x' } }; }`,
    // A top-level return (a snippet, CommonJS) with nothing but a status: no function to call it a handler.
    { code: `return { statusCode: 401 };`, languageOptions: { parserOptions: { ecmaFeatures: { globalReturn: true } } } },
    // x.res = {…} on a parameter that is no Azure context.
    `function h(res, req) { res.res = { status: 401, body: 'x' }; }`,
    // A Fastify-style handler named handler returning a JSON body.
    `export async function handler(request, reply) { return { statusCode: 401 }; }`,
  ],
  invalid: [
    {
      code: `export const handler = async (event) => {\n  return { statusCode: 401, body: JSON.stringify({ message: 'Unauthorized' }) };\n};`,
      errors: [site('lambda 401 headers=[] complete body=object(message) fix', 2, 24)],
    },
    {
      // A top-level return whose keys are a result's.
      code: `return { statusCode: 401, body: '' };`,
      languageOptions: { parserOptions: { ecmaFeatures: { globalReturn: true } } },
      errors: [site('lambda 401 headers=[] complete body=text fix', 1, 22)],
    },
    {
      // headers and multiValueHeaders both count.
      code: `exports.handler = async () => ({ statusCode: 202, headers: { 'Content-Type': 'application/json' }, multiValueHeaders: { Link: ['</jobs/1>; rel="monitor"'] }, body: '' });`,
      errors: [site('lambda 202 headers=[content-type,link] complete body=text fix')],
    },
    {
      // A handler by its parameters; a bare statusCode then counts.
      code: `module.exports.main = function (event, context) { return { statusCode: 401 }; };`,
      errors: [site('lambda 401 headers=[] complete body=none fix')],
    },
    {
      // The callback style.
      code: `exports.handler = (event, context, callback) => {\n  authorize(event).catch(() => callback(null, { statusCode: 401, body: 'Unauthorized' }));\n};`,
      errors: [site('lambda 401 headers=[] complete body=text fix')],
    },
    {
      // Typed with aws-lambda.
      code: `import type { APIGatewayProxyResult } from 'aws-lambda';\nconst unauthorized = (): APIGatewayProxyResult => ({ statusCode: 401 } as APIGatewayProxyResult);`,
      errors: [site('lambda 401 headers=[] complete body=none fix')],
    },
    {
      // A variable headers object: unknown.
      code: `export const handler = async () => ({ statusCode: 401, headers: corsHeaders, body: '' });`,
      errors: [site('lambda 401 headers=[] incomplete body=text nofix')],
    },
    {
      code: `import { app } from '@azure/functions';\napp.http('jobs', { handler: async () => {\n  return { status: 202, jsonBody: { id: 1 } };\n} });`,
      errors: [site('azure-functions 202 headers=[] complete body=object(id) fix', 3, 20)],
    },
    {
      // jsonBody alone marks an Azure result.
      code: `async function me() { return { status: 401, jsonBody: { error: 'x' }, headers: { 'Cache-Control': 'no-store' } }; }`,
      errors: [site('azure-functions 401 headers=[cache-control] complete body=object(error) fix')],
    },
    {
      // Azure Functions v3: context.res.
      code: `module.exports = async function (context, req) {\n  context.res = { status: 401, body: 'Login first' };\n};`,
      errors: [site('azure-functions 401 headers=[] complete body=text fix', 2, 27)],
    },
    {
      // A v3 helper typed with Azure's Context.
      code: `import { Context } from '@azure/functions';\nexport const unauthorized = (context: Context): void => {\n  context.res = { status: StatusCodes.UNAUTHORIZED, body: 'Unauthorized' };\n};`,
      errors: [site('azure-functions 401 headers=[] complete body=text fix', 3, 27)],
    },
    {
      code: `import type { Context } from '@azure/functions';\nexport function unauthorized(c: Context) { c.res = { status: 401, headers: { 'Content-Type': 'application/json' }, body: { error: 'x' } }; }`,
      errors: [site('azure-functions 401 headers=[content-type] complete body=object(error) fix')],
    },
  ],
});
