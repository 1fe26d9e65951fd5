import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

// Koa drops the body of a 204, 205 or 304, whichever of ctx.status and ctx.body comes first.
ruleTester.run('no-body-with-bodyless-status (koa)', rule, {
  valid: [
    `router.delete('/x', async (ctx) => { ctx.status = 204; });`,
    `router.delete('/x', async (ctx) => { ctx.status = 204; ctx.body = null; });`,
    // Different blocks: the paths are not told apart.
    `router.get('/x', async (ctx) => { if (ctx.fresh) { ctx.status = 304; } else { ctx.body = page; } });`,
    `router.get('/x', async (ctx) => { ctx.body = page; if (ctx.fresh) ctx.status = 304; });`,
    // Left before the body, or another status in between.
    `router.get('/x', async (ctx) => { ctx.status = 204; return; ctx.body = page; });`,
    `router.get('/x', async (ctx) => { ctx.status = 204; ctx.status = 200; ctx.body = page; });`,
    // Not a Koa context.
    `function f(err) { err.status = 204; err.body = 'x'; }`,
  ],
  invalid: [
    {
      code: `router.delete('/x', async (ctx) => { ctx.status = 204; ctx.body = { ok: true }; });`,
      errors: [withBody(1, 51, { answerOk: `router.delete('/x', async (ctx) => { ctx.status = 200; ctx.body = { ok: true }; });` })],
    },
    {
      // The body first: Koa drops it when the 304 is set.
      code: `router.get('/x', async (ctx) => { ctx.body = page; ctx.status = 304; });`,
      errors: [withBody(1, 65, { answerOk: `router.get('/x', async (ctx) => { ctx.body = page; ctx.status = 200; });` })],
    },
    {
      code: `router.delete('/x', async (ctx) => {\n  ctx.response.status = 204;\n  await audit(id);\n  ctx.response.body = 'deleted';\n});`,
      errors: [withBody(2, 25, { answerOk: `router.delete('/x', async (ctx) => {\n  ctx.response.status = 200;\n  await audit(id);\n  ctx.response.body = 'deleted';\n});` })],
    },
  ],
});
