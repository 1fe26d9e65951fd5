import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

// Koa (v1 generators, v2+ async middleware, Egg's this.ctx) and Oak's ctx.response.
ruleTester.run('require-401-www-authenticate (koa)', rule, {
  valid: [
    // The challenge set before or after, by name or with an object, on the context or its response.
    `app.use(async (ctx) => { ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 401; });`,
    `app.use(async (ctx) => { ctx.status = 401; ctx.body = { error: 'login' }; ctx.set({ 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' }); });`,
    `app.use(async (ctx) => { ctx.response.status = 401; ctx.response.set('www-authenticate', 'Basic'); });`,
    `app.use(async (ctx) => { ctx.status = 401; ctx.res.setHeader('WWW-Authenticate', 'Bearer'); });`,
    // Set on every path, one way or another, before Koa sends at the end.
    `app.use(async (ctx) => { if (ctx.accepts('json')) ctx.set('WWW-Authenticate', 'Bearer'); else ctx.set('WWW-Authenticate', 'Basic'); ctx.status = 401; });`,
    `app.use(async (ctx) => { ctx.status = 401; if (ctx.accepts('json')) { ctx.set('WWW-Authenticate', 'Bearer'); return; } ctx.set('WWW-Authenticate', 'Basic'); });`,
    // Oak: headers live on ctx.response.headers.
    `import { Application } from 'jsr:@oak/oak';\napp.use((ctx) => { ctx.response.status = Status.Unauthorized; ctx.response.headers.set('WWW-Authenticate', 'Bearer'); });`,
    // Koa v1 and Egg.
    `app.use(function* () { this.status = 401; this.set('WWW-Authenticate', 'Bearer'); });`,
    `class Auth extends Controller { async login() { this.ctx.set('WWW-Authenticate', 'Bearer'); this.ctx.status = 401; } }`,
    // ctx.throw / ctx.assert with the challenge in props.headers.
    `app.use(async (ctx) => { ctx.throw(401, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } }); });`,
    `app.use(async (ctx) => { ctx.assert(ctx.state.user, 401, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } }); });`,
    // Unknown headers: a variable, a context handed to a helper, an argument that may be an Error.
    `app.use(async (ctx) => { ctx.set(authHeaders); ctx.status = 401; });`,
    `app.use(async (ctx) => { ctx.status = 401; await render(ctx); });`,
    `app.use(async (ctx) => { ctx.throw(401, err); });`,
    `app.use(async (ctx) => { ctx.throw(401, 'no', { headers }); });`,
    // Not a response: an error object's status, an unresolved status.
    `app.use(async (ctx) => { const err = new Error('no'); err.status = 401; throw err; });`,
    `app.use(async (ctx, next) => { try { await next(); } catch (err) { ctx.status = err.statusCode || err.status || 500; } });`,
  ],
  invalid: [
    {
      // A challenge set on one path only: the other path answers a bare 401.
      code: `app.use(async (ctx) => { if (ctx.accepts('json')) ctx.append('WWW-Authenticate', 'Bearer'); ctx.status = 401; });`,
      errors: [missing(1, 106, `app.use(async (ctx) => { if (ctx.accepts('json')) ctx.append('WWW-Authenticate', 'Bearer'); ctx.status = 401;\nctx.set('WWW-Authenticate', 'Bearer'); });`)],
    },
    {
      code: `app.use(async (ctx) => {\n  ctx.status = ctx.state.user ? 403 : 401;\n});`,
      errors: [missing(2, 39, `app.use(async (ctx) => {\n  ctx.status = ctx.state.user ? 403 : 401;\n  ctx.set('WWW-Authenticate', 'Bearer');\n});`)],
    },
    {
      code: `app.use(async (ctx) => {\n  ctx.status = 401;\n  ctx.body = { error: 'login' };\n});`,
      errors: [missing(2, 16, `app.use(async (ctx) => {\n  ctx.status = 401;\n  ctx.set('WWW-Authenticate', 'Bearer');\n  ctx.body = { error: 'login' };\n});`)],
    },
    {
      // A header of another name, on the same context, is no challenge.
      code: `router.get('/me', (ctx) => {\n  ctx.set('Cache-Control', 'no-store');\n  ctx.response.status = HttpStatus.UNAUTHORIZED\n})`,
      errors: [
        missing(3, 25, `router.get('/me', (ctx) => {\n  ctx.set('Cache-Control', 'no-store');\n  ctx.response.status = HttpStatus.UNAUTHORIZED\n  ctx.response.set('WWW-Authenticate', 'Bearer')\n})`),
      ],
    },
    {
      // Oak's response sets headers through headers.set().
      code: `import { Application } from 'jsr:@oak/oak';\napp.use((ctx) => {\n  ctx.response.status = 401;\n});`,
      errors: [missing(3, 25, `import { Application } from 'jsr:@oak/oak';\napp.use((ctx) => {\n  ctx.response.status = 401;\n  ctx.response.headers.set('WWW-Authenticate', 'Bearer');\n});`)],
    },
    {
      // A header set on the context before ctx.throw() is unset by Koa's error handler.
      code: `app.use(async (ctx) => { ctx.set('WWW-Authenticate', 'Bearer'); ctx.throw(401); });`,
      errors: [missing(1, 75, `app.use(async (ctx) => { ctx.set('WWW-Authenticate', 'Bearer'); ctx.throw(401, { headers: { 'WWW-Authenticate': 'Bearer' } }); });`)],
    },
    {
      code: `app.use(async (ctx) => { ctx.throw(401, 'Please log in'); });`,
      errors: [missing(1, 36, `app.use(async (ctx) => { ctx.throw(401, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } }); });`)],
    },
    {
      code: `app.use(async (ctx) => { ctx.throw(401, 'Please log in', { expose: true }); });`,
      errors: [missing(1, 36, `app.use(async (ctx) => { ctx.throw(401, 'Please log in', { expose: true, headers: { 'WWW-Authenticate': 'Bearer' } }); });`)],
    },
    {
      code: `app.use(async (ctx) => { ctx.throw(401, 'Please log in', { headers: { 'Cache-Control': 'no-store' } }); });`,
      errors: [
        missing(1, 36, `app.use(async (ctx) => { ctx.throw(401, 'Please log in', { headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' } }); });`),
      ],
    },
    {
      // ctx.assert(value, 401) needs the message slot filled: the reason phrase http-errors would use anyway.
      code: `app.use(async (ctx) => { ctx.assert(ctx.state.user, 401); });`,
      errors: [missing(1, 53, `app.use(async (ctx) => { ctx.assert(ctx.state.user, 401, 'Unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } }); });`)],
    },
    {
      // Koa v1: this.throw('message', status).
      code: `app.use(function* () { this.throw('name required', 401); });`,
      errors: [missing(1, 52, `app.use(function* () { this.throw('name required', 401, { headers: { 'WWW-Authenticate': 'Bearer' } }); });`)],
    },
    {
      // No statement to add after: reported without a suggestion.
      code: `app.use((ctx) => (ctx.status = 401));`,
      errors: [{ messageId: 'missingChallenge', line: 1, column: 32, suggestions: [] }],
    },
  ],
});
