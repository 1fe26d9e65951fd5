import path from 'node:path';

import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

/** Beside tests/fixtures/summaries/lib, so `./lib/…` imports resolve to real modules. */
const filename = path.join(import.meta.dirname, '../../../../fixtures/summaries/routes.ts');

ruleTester.run('helpers adapter', siteProbe, {
  valid: [
    // A helper whose status is constant is its own site, in its definition (other adapters): not at calls.
    { code: `import { json } from './lib/none';\nfunction unauthorized(res) { return res; }\nunauthorized(res, 401);`, filename },
    // The status argument does not resolve, or is not wanted.
    `function send(res, code) { res.status(code).end(); }\napp.get('/', (req, res) => send(res, req.code));`,
    `function send(res, code) { res.status(code).end(); }\napp.get('/', (req, res) => send(res, 404));`,
    // The helper reassigns its parameter: the status is no longer the call's.
    `function send(res, code) { code = code || 500; res.status(code).end(); }\napp.get('/', (req, res) => send(res, 401));`,
    // A default for the status: an omitted argument is not known here.
    `function send(res, code = 401) { res.status(code).end(); }\napp.get('/', (req, res) => send(res));`,
    // A spread before the status argument.
    `function send(res, code) { res.status(code).end(); }\napp.get('/', (req, res) => send(...args, 401));`,
    // A throwing helper inside a test's assertion.
    `function fail(status) { throw new HttpError(status); }\nexpect(() => fail(401)).toThrow();`,
    // A Web Response helper's call passed on rather than returned.
    `function json(data, status) { return Response.json(data, { status }); }\nconst r = json({}, 401);`,
    // An error whose headers are set (or may be, once it is handed on) before it is returned.
    `function httpError(status, message) { const err = new Error(message); err.status = status; err.headers = { 'WWW-Authenticate': 'Bearer' }; return err; }\nnext(httpError(401, 'x'));`,
    `function httpError(status, message) { const err = new Error(message); err.status = status; decorate(err); return err; }\nnext(httpError(401, 'x'));`,
    // A 2xx on an error: finalhandler answers 500.
    `function httpError(status) { const err = new Error(); err.status = status; return err; }\nnext(httpError(202));`,
    // Inside a test double of a remote server.
    `function json(data, status) { return Response.json(data, { status }); }\nvi.fn(() => json({}, 401));`,
  ],
  invalid: [
    {
      // The status and body from the call; headers the helper sets; headers the caller sets on the same res.
      code: `function sendError(res, code, msg) { res.set('Cache-Control', 'no-store'); res.status(code).json({ error: msg }); }
app.get('/', (req, res) => { res.set('X-Request-Id', req.id); sendError(res, 401, 'Login first'); });`,
      errors: [site('express 401 headers=[cache-control,x-request-id] complete body=object(error) nofix', 2, 78)],
    },
    {
      // The body from the call: formatApiResponse(202, res, payload).
      code: `const formatApiResponse = (statusCode, res, payload) => res.status(statusCode).json(payload);
app.post('/jobs', (req, res) => formatApiResponse(202, res, { id: 1 }));`,
      errors: [site('express 202 headers=[] complete body=object(id) nofix', 2, 51)],
    },
    {
      // A header name from the call, and headers the helper hands to unknown code: incomplete.
      code: `function send(res, code, name) { res.set(name, 'x'); res.status(code).end(); }
function leak(res, code) { audit(res); res.status(code).end(); }
app.get('/', (req, res) => { send(res, 401, 'WWW-Authenticate'); });
app.get('/b', (req, res) => { leak(res, 401); });`,
      errors: [
        site('express 401 headers=[www-authenticate] complete body=none nofix', 3, 40),
        site('express 401 headers=[] incomplete body=unknown nofix', 4, 41),
      ],
    },
    {
      // Node's res.statusCode and Koa's ctx.status in helpers.
      code: `function sendJson(res, code, body) { res.statusCode = code; res.setHeader('Content-Type', 'application/json'); res.end(JSON.stringify(body)); }
function fail(ctx, status) { ctx.status = status; ctx.body = { error: 'x' }; }
http.createServer((req, res) => sendJson(res, 401, {}));
app.use(async (ctx) => fail(ctx, 401));`,
      errors: [
        site('node-http 401 headers=[content-type] complete body=unknown nofix', 3, 47),
        site('koa 401 headers=[] complete body=object(error) nofix', 4, 34),
      ],
    },
    {
      // A returned Web Response: the status from the call, the init's headers from the helper.
      code: `const problem = (status, detail) => new Response(JSON.stringify({ detail }), { status, headers: { 'Content-Type': 'application/problem+json' } });
export const GET = () => problem(401, 'x');`,
      errors: [site('web-response 401 headers=[content-type] complete body=object(detail) nofix', 2, 34)],
    },
    {
      // The whole init from the call: successResponse(body, { status: 202, headers }).
      code: `function successResponse(body, init) { return Response.json({ data: body }, init); }
export async function POST() { return successResponse({ id: 1 }, { status: 202, headers: { 'Retry-After': '5' } }); }`,
      errors: [site('web-response 202 headers=[retry-after] complete body=object(data) nofix', 2, 76)],
    },
    {
      // A Lambda result: returned from a handler, or handed to its callback.
      code: `const errorResponse = (statusCode, message) => ({ statusCode, body: JSON.stringify({ message }) });
exports.handler = (event, context, callback) => callback(null, errorResponse(401, 'Unauthorized'));`,
      errors: [site('lambda 401 headers=[] complete body=object(message) nofix', 2, 78)],
    },
    {
      // A thrown error from a helper; a returned one where it is raised.
      code: `import createError from 'http-errors';
function fail(status, message) { throw createError(status, message); }
function error(status, message, props) { return createError(status, message, props); }
app.use((req, res, next) => { fail(401, 'x'); next(error(401, 'y', { headers: { 'WWW-Authenticate': 'Bearer' } })); });`,
      errors: [
        site('http-errors 401 headers=[] complete body=unknown nofix', 4, 36),
        site('http-errors 401 headers=[www-authenticate] complete body=unknown nofix', 4, 58),
      ],
    },
    {
      // Error classes: a constant status at its definition; a constructor status at the raised `new`.
      code: `class AuthenticationError extends Error { status = 401; }
class ApiError extends Error { constructor(status, message) { super(message); this.statusCode = status; } }
throw new ApiError(401, 'x');`,
      errors: [site('error-class 401 headers=[] complete body=unknown nofix', 1, 52), site('error-class 401 headers=[] complete body=unknown nofix', 3, 20)],
    },
    {
      // \`const err = new Error(message); err.status = status; return err\`, forwarded to next().
      code: `function httpError(status, message) { const err = new Error(message); err.status = status; err.expose = true; return err; }
app.use((req, res, next) => next(httpError(401, 'Unauthorized')));`,
      errors: [site('error-class 401 headers=[] complete body=unknown nofix', 2, 44)],
    },
    {
      // A helper that answers in two branches: one report, with the headers of both.
      code: `function reply(ok, status) { return ok ? Response.json({}, { status, headers: { 'Cache-Control': 'no-store' } }) : new Response(null, { status }); }
export const GET = () => reply(false, 401);`,
      errors: [site('web-response 401 headers=[cache-control] complete body=unknown nofix', 2, 39)],
    },
    {
      // Two levels of helpers across modules.
      code: `import { fail } from './lib/nested';\napp.get('/', (req, res) => fail(res, 401));`,
      filename,
      errors: [site('express 401 headers=[] complete body=object(message,success) nofix', 2, 38)],
    },
  ],
});
