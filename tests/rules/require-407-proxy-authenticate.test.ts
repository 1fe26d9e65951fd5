import rule from '../../rules/require-407-proxy-authenticate.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('require-407-proxy-authenticate', rule, {
  valid: [
    // Set before the status.
    `app.get('/p', (req, res) => { res.set('Proxy-Authenticate', 'Basic realm="proxy"'); res.status(407).end(); });`,
    // In the headers of writeHead, any case.
    `function h(req, res) { res.writeHead(407, { 'proxy-authenticate': 'Basic realm="proxy"' }); res.end(); }`,
    // A spread of an in-file object that holds it.
    `const proxyAuth = { 'Proxy-Authenticate': 'Basic realm="proxy"' };
export function GET() { return new Response(null, { status: 407, headers: { ...proxyAuth, 'Cache-Control': 'no-store' } }); }`,
    // Headers we cannot read: silence.
    `function h(req, res, headers) { res.writeHead(407, headers); res.end(); }`,
    // The response handed to a helper that may add the challenge.
    `function h(req, res) { challengeProxy(res); res.status(407).end(); }`,
    // Koa: ctx.set on the same context.
    `router.get('/p', async (ctx) => { ctx.set('Proxy-Authenticate', 'Basic'); ctx.status = 407; });`,
    // A 401 is another rule's.
    `function h(req, res) { res.status(401).end(); }`,
  ],
  invalid: [
    {
      // Express.
      code: `app.get('/p', (req, res) => { res.status(407).send('proxy login'); });`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 1, column: 42, suggestions: [{ messageId: 'addProxyChallenge', output: `app.get('/p', (req, res) => { res.status(407).header('Proxy-Authenticate', 'Basic realm="proxy"').send('proxy login'); });` }] },
      ],
    },
    {
      // Node http.
      code: `function h(req, res) {
  res.writeHead(407, { 'Content-Type': 'text/plain' });
  res.end();
}`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 2, column: 17, suggestions: [{ messageId: 'addProxyChallenge', output: `function h(req, res) {
  res.writeHead(407, { 'Content-Type': 'text/plain', 'Proxy-Authenticate': 'Basic realm="proxy"' });
  res.end();
}` }] },
      ],
    },
    {
      // Koa.
      code: `router.get('/p', async (ctx) => {
  ctx.status = 407;
});`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 2, column: 16, suggestions: [{ messageId: 'addProxyChallenge', output: `router.get('/p', async (ctx) => {
  ctx.status = 407;
  ctx.set('Proxy-Authenticate', 'Basic realm="proxy"');
});` }] },
      ],
    },
    {
      // Fastify.
      code: `fastify.get('/p', async (request, reply) => reply.code(407).send());`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 1, column: 56, suggestions: [{ messageId: 'addProxyChallenge', output: `fastify.get('/p', async (request, reply) => reply.code(407).header('Proxy-Authenticate', 'Basic realm="proxy"').send());` }] },
      ],
    },
    {
      // Web Response.
      code: `export function GET() {
  return new Response(null, { status: 407 });
}`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 2, column: 39, suggestions: [{ messageId: 'addProxyChallenge', output: `export function GET() {
  return new Response(null, { status: 407, headers: { 'Proxy-Authenticate': 'Basic realm="proxy"' } });
}` }] },
      ],
    },
    {
      // AWS Lambda.
      code: `export const handler = async () => ({ statusCode: 407, body: '' });`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 1, column: 51, suggestions: [{ messageId: 'addProxyChallenge', output: `export const handler = async () => ({ statusCode: 407, body: '', headers: { 'Proxy-Authenticate': 'Basic realm="proxy"' } });` }] },
      ],
    },
    {
      // Boom.
      code: `import Boom from '@hapi/boom';
throw Boom.proxyAuthRequired('login');`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 2, column: 7, suggestions: [] },
      ],
    },
    {
      // http-errors.
      code: `import createError from 'http-errors';
function h(req, res, next) { next(createError(407, 'login')); }`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 2, column: 47, suggestions: [{ messageId: 'addProxyChallenge', output: `import createError from 'http-errors';
function h(req, res, next) { next(createError(407, 'login', { headers: { 'Proxy-Authenticate': 'Basic realm="proxy"' } })); }` }] },
      ],
    },
    {
      // Hono.
      code: `import { Hono } from 'hono';
app.get('/p', (c) => c.json({ error: 'login' }, 407));`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 2, column: 49, suggestions: [{ messageId: 'addProxyChallenge', output: `import { Hono } from 'hono';
app.get('/p', (c) => c.json({ error: 'login' }, 407, { 'Proxy-Authenticate': 'Basic realm="proxy"' }));` }] },
      ],
    },
    {
      // Express.
      code: `function h(req, res) { res.set('WWW-Authenticate', 'Basic realm="proxy"'); res.status(407).end(); }`,
      errors: [
        { messageId: 'missingProxyChallenge', line: 1, column: 87, suggestions: [{ messageId: 'addProxyChallenge', output: `function h(req, res) { res.set('WWW-Authenticate', 'Basic realm="proxy"'); res.status(407).header('Proxy-Authenticate', 'Basic realm="proxy"').end(); }` }] },
      ],
    },
    {
      // The option sets the challenge suggestions insert.
      code: `function h(req, res) { res.status(407).end(); }`,
      options: [{ challenge: 'Negotiate' }],
      errors: [
        {
          messageId: 'missingProxyChallenge',
          data: { status: '407 Proxy Authentication Required', challenge: 'Negotiate' },
          suggestions: [{ messageId: 'addProxyChallenge', output: `function h(req, res) { res.status(407).header('Proxy-Authenticate', 'Negotiate').end(); }` }],
        },
      ],
    },
  ],
});
