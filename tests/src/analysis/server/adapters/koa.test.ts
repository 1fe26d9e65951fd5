import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

ruleTester.run('koa adapter', siteProbe, {
  valid: [
    // An error object's status is no response; nor is an axios error mock's `response`.
    `const err = new Error('no'); err.status = 401; throw err;`,
    `error.response.status = 401;`,
    // Unresolved statuses.
    `app.use(async (ctx, next) => { try { await next(); } catch (err) { ctx.status = err.status || 500; } });`,
    `app.use(async (ctx) => { ctx.throw(err); });`,
    // A throw() on something that is not a context.
    `function f(stream) { stream.throw(401); }`,
    // Statuses nobody asked about.
    `app.use(async (ctx) => { ctx.status = 404; ctx.throw(403, 'no'); });`,
  ],
  invalid: [
    {
      // `this.status` outside a generator is not Koa v1 middleware: an Error subclass's status is the helpers
      // adapter's error class, never a Koa context.
      code: `class AuthError extends Error { constructor() { super('no'); this.status = 401; } }`,
      errors: [site('error-class 401 headers=[] complete body=unknown nofix')],
    },
    {
      code: `app.use(async (ctx) => { ctx.status = 401; ctx.body = { error: 'login' }; });`,
      errors: [site('koa 401 headers=[] complete body=object(error) fix', 1, 39)],
    },
    {
      // ctx.set earlier or later, by name or with an object, on the same context; one set under a condition
      // is not on every path.
      code: `app.use(async (ctx) => {\n  if (ctx.path.startsWith('/api')) ctx.set('WWW-Authenticate', 'Bearer');\n  ctx.status = 401;\n});`,
      errors: [site('koa 401 headers=[] complete body=none fix', 3, 16)],
    },
    {
      code: `app.use(async (ctx) => {\n  ctx.set('WWW-Authenticate', 'Bearer');\n  ctx.status = 401;\n});`,
      errors: [site('koa 401 headers=[www-authenticate] complete body=none fix', 3, 16)],
    },
    {
      code: `app.use(async (ctx) => { ctx.status = 202; ctx.set({ Location: '/jobs/1', 'Retry-After': '5' }); });`,
      errors: [site('koa 202 headers=[location,retry-after] complete body=none fix')],
    },
    {
      // ctx.response is the same response as ctx, both ways round; ctx.res.setHeader and ctx.redirect count too.
      code: `app.use(async (ctx) => { ctx.response.status = 401; ctx.set('WWW-Authenticate', 'Basic'); });`,
      errors: [site('koa 401 headers=[www-authenticate] complete body=none fix')],
    },
    {
      code: `app.use(async (ctx) => { ctx.status = 202; ctx.response.append('Link', '</jobs/1>; rel="monitor"'); ctx.res.setHeader('X-A', '1'); });`,
      errors: [site('koa 202 headers=[link,x-a] complete body=none fix')],
    },
    {
      code: `app.use(async (context) => { context.response.status = 202; context.response.body = { id: 1 }; context.redirect('/jobs/1'); });`,
      errors: [site('koa 202 headers=[location] complete body=object(id) fix')],
    },
    {
      // An unreadable headers object, or the context handed to a helper: unknown.
      code: `app.use(async (ctx) => { ctx.set(headers); ctx.status = 401; });`,
      errors: [site('koa 401 headers=[] incomplete body=none fix')],
    },
    {
      code: `app.use(async (ctx) => { challenge(ctx); ctx.status = 401; });`,
      errors: [site('koa 401 headers=[] incomplete body=none fix')],
    },
    {
      // A context declared nowhere (a snippet): its body assignments are still found.
      code: `ctx.status = 202;\nctx.body = { id: 1 };`,
      errors: [site('koa 202 headers=[] complete body=object(id) fix', 1, 14)],
    },
    {
      // Several bodies (branches): unknown.
      code: `app.use(async (ctx) => { ctx.status = 202; if (a) ctx.body = { statusUrl: u }; else ctx.body = { id: 1 }; });`,
      errors: [site('koa 202 headers=[] complete body=unknown fix')],
    },
    {
      // Koa v1: `this` in a generator middleware; Egg: this.ctx.
      code: `app.use(function* (next) { this.status = 401; this.set('X-Reason', 'login'); });`,
      errors: [site('koa 401 headers=[x-reason] complete body=unknown fix', 1, 42)],
    },
    {
      code: `class UserController extends Controller { async show() { this.ctx.status = 401; this.ctx.set('WWW-Authenticate', 'Bearer'); } }`,
      errors: [site('koa 401 headers=[www-authenticate] complete body=unknown fix')],
    },
    {
      // ctx.throw: Koa's error handler unsets every header and sends err.headers, so only props.headers counts.
      code: `app.use(async (ctx) => { ctx.set('WWW-Authenticate', 'Bearer'); ctx.throw(401, 'Please log in'); });`,
      errors: [site('koa 401 headers=[] complete body=unknown fix', 1, 75)],
    },
    {
      code: `app.use(async (ctx) => { ctx.throw(401, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } }); });`,
      errors: [site('koa 401 headers=[www-authenticate] complete body=unknown fix')],
    },
    {
      // A headers value we cannot read: unknown, and no literal to edit.
      code: `app.use(async (ctx) => { ctx.throw(401, { user, headers }); });`,
      errors: [site('koa 401 headers=[] incomplete body=unknown nofix')],
    },
    {
      // An argument that may be an Error or a props object: unknown, no edit.
      code: `app.use(async (ctx) => { ctx.throw(401, err); });`,
      errors: [site('koa 401 headers=[] incomplete body=unknown nofix')],
    },
    {
      // A props object built elsewhere: unknown.
      code: `const props = { expose: true };\napp.use(async (ctx) => { ctx.throw(401, 'no', props); });`,
      errors: [site('koa 401 headers=[] incomplete body=unknown nofix', 2, 36)],
    },
    {
      // The Koa v1 order: message first.
      code: `app.use(function* () { this.throw('name required', 401); });`,
      errors: [site('koa 401 headers=[] complete body=unknown fix', 1, 52)],
    },
    {
      code: `app.use(async (ctx) => { ctx.assert(ctx.state.user, 401, 'User not found. Please login!'); });`,
      errors: [site('koa 401 headers=[] complete body=unknown fix', 1, 53)],
    },
    {
      code: `app.use(async (ctx) => { ctx.assert(token, StatusCodes.UNAUTHORIZED, 'no', { headers: { 'www-authenticate': 'Bearer' } }); });`,
      errors: [site('koa 401 headers=[www-authenticate] complete body=unknown fix')],
    },
  ],
});
