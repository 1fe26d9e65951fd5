import rule from '../../rules/no-redirect-status-override.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('no-redirect-status-override', rule, {
  valid: [
    // The status passed to redirect.
    `app.get('/old', (req, res) => res.redirect(301, '/new'));`,
    // 302 is what redirect sets anyway.
    `app.get('/old', (req, res) => res.status(302).redirect('/new'));`,
    // Fastify keeps the code set before redirect.
    `fastify.get('/old', async (request, reply) => reply.status(301).redirect('/new'));`,
    // A file that names Fastify: its reply keeps the status, whatever the parameter's name.
    `export default async function routes(fastify) {
  fastify.get('/old', async (req, res) => res.status(301).redirect('/new'));
}`,
    // Not the statement just before.
    `function h(req, res) { res.status(301); log('moving'); res.redirect('/new'); }`,
    // Another response.
    `function h(req, res, other) { other.status(301); res.redirect('/new'); }`,
    // Koa's ctx.redirect keeps a redirect status.
    `router.get('/old', async (ctx) => { ctx.status = 301; ctx.redirect('/new'); });`,
    // A chain that starts at a call is no response.
    `getRes().status(301).redirect('/new');`,
  ],
  invalid: [
    {
      // Express.
      code: `app.get('/old', (req, res) => res.status(301).redirect('/new'));`,
      errors: [
        { messageId: 'statusOverridden', line: 1, column: 42, suggestions: [{ messageId: 'passStatus', output: `app.get('/old', (req, res) => res.redirect(301, '/new'));` }] },
      ],
    },
    {
      // Express.
      code: `app.get('/old', (req, res) => {
  res.status(StatusCodes.MOVED_PERMANENTLY);
  res.redirect(url);
});`,
      errors: [
        { messageId: 'statusOverridden', line: 2, column: 14, suggestions: [{ messageId: 'passStatus', output: `app.get('/old', (req, res) => {
  res.redirect(StatusCodes.MOVED_PERMANENTLY, url);
});` }] },
      ],
    },
    {
      // Express.
      code: "app.get('/old', function (req, res) {\n  return res.status(308).redirect(`/new/${req.params.id}`);\n});",
      errors: [
        { messageId: 'statusOverridden', line: 2, column: 21, suggestions: [{ messageId: 'passStatus', output: "app.get('/old', function (req, res) {\n  return res.redirect(308, `/new/${req.params.id}`);\n});" }] },
      ],
    },
    {
      // A status no redirect has (hoppscotch's \`res.status(HttpStatus.OK).redirect(url)\`): the edit drops it.
      code: `import { HttpStatus } from '@nestjs/common';
export const authCookieHandler = (res, redirectUrl) => res.status(HttpStatus.OK).redirect(redirectUrl);`,
      errors: [
        { messageId: 'statusLost', line: 2, column: 67, data: { status: 'HttpStatus.OK' }, suggestions: [{ messageId: 'dropStatus', output: `import { HttpStatus } from '@nestjs/common';
export const authCookieHandler = (res, redirectUrl) => res.redirect(redirectUrl);` }] },
      ],
    },
    {
      code: `app.get('/private', (req, res) => {
  res.status(401);
  res.redirect('/login');
});`,
      errors: [
        { messageId: 'statusLost', line: 2, column: 14, suggestions: [{ messageId: 'dropStatus', output: `app.get('/private', (req, res) => {
  res.redirect('/login');
});` }] },
      ],
    },
  ],
});
