import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

// Koa: the context and its response are one response.
ruleTester.run('require-202-location (koa)', rule, {
  valid: [
    `app.use(async (ctx) => { ctx.status = 202; ctx.body = 'queued, see /jobs/1'; });`,
    `app.use(async (ctx) => { ctx.status = 202; ctx.set('Location', '/jobs/' + job.id); });`,
    `app.use(async (ctx) => { ctx.set({ 'Content-Location': url }); ctx.response.status = 202; });`,
    `app.use(async (ctx) => { ctx.response.status = 202; ctx.response.set('Operation-Location', url); });`,
    // redirect() sets Location, here on every path; a monitor link in the body counts.
    `app.use(async (ctx) => { ctx.status = 202; if (ctx.query.follow) ctx.redirect('/jobs/1'); else ctx.set('Location', '/jobs/1'); });`,
    `app.use(async (ctx) => { ctx.status = 202; ctx.body = { id: job.id, _links: { self: { href: url } } }; });`,
    // A body we cannot read, or several bodies.
    `app.use(async (ctx) => { ctx.status = 202; ctx.body = job; });`,
    `app.use(async (ctx) => { ctx.status = 202; ctx.body = a ? { statusUrl: u } : { id: 1 }; });`,
  ],
  invalid: [
    {
      // A monitor on one path only: without `follow` the 202 points nowhere.
      code: `app.use(async (ctx) => { ctx.status = 202; if (ctx.query.follow) ctx.redirect('/jobs/1'); });`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 39 }],
    },
    {
      code: `app.use(async (ctx) => { ctx.status = 202; ctx.body = 'queued'; });`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 39 }],
    },
    {
      code: `app.use(async (ctx) => {\n  ctx.status = 202;\n  ctx.set('Retry-After', '5');\n  ctx.body = { id: job.id };\n});`,
      errors: [{ messageId: 'missingMonitor', line: 2, column: 16 }],
    },
    {
      // No body at all.
      code: `router.post('/jobs', async (ctx) => { await queue.add(ctx.request.body); ctx.response.status = 202; });`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 96 }],
    },
  ],
});
