import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

ruleTester.run('fastify adapter', siteProbe, {
  valid: [
    `fastify.get('/', async (request, reply) => reply.code(code).send());`,
    `fastify.get('/', async (request, reply) => reply.code(200).send({ ok: true }));`,
    // A chain that starts at a call is no reply.
    `getReply().code(401).send();`,
    // A Hapi response's code() is the hapi adapter's, never a Fastify reply.
    `server.route({ handler: (request, h) => h.response({ ok: true }).code(200) });`,
  ],
  invalid: [
    {
      code: `fastify.get('/me', async (request, reply) => { return reply.code(401).send({ error: 'login' }); });`,
      errors: [site('fastify 401 headers=[] complete body=object(error) fix', 1, 66)],
    },
    {
      // Headers in the chain after the code, or set earlier on the same reply, any setter.
      code: `fastify.get('/me', (request, reply) => { reply.code(401).header('WWW-Authenticate', 'Bearer').send(); });`,
      errors: [site('fastify 401 headers=[www-authenticate] complete body=none fix')],
    },
    {
      code: `fastify.post('/jobs', (request, reply) => { reply.headers({ Location: '/jobs/1', 'Retry-After': 5 }); reply.code(202).send(); });`,
      errors: [site('fastify 202 headers=[location,retry-after] complete body=none fix')],
    },
    {
      // redirect() sets Location (Fastify v5 `redirect(url, code)`, v4 `redirect(code, url)`), on one path only here.
      code: `fastify.post('/jobs', (request, reply) => { reply.code(202); if (request.query.follow) reply.redirect('/jobs/1', 303); });`,
      errors: [site('fastify 202 headers=[] complete body=unknown fix')],
    },
    {
      code: `fastify.post('/jobs', (request, reply) => { reply.code(202); reply.redirect('/jobs/1', 303); });`,
      errors: [site('fastify 202 headers=[location] complete body=unknown fix')],
    },
    {
      // A headers variable: unknown.
      code: `fastify.get('/me', (request, reply) => { reply.headers(authHeaders).code(401).send(); });`,
      errors: [site('fastify 401 headers=[] incomplete body=none fix')],
    },
    {
      // An unsent reply handed back to a caller, which may add headers.
      code: `function unauthorized(reply) { return reply.code(401); }`,
      errors: [site('fastify 401 headers=[] incomplete body=unknown fix')],
    },
    {
      // The payload returned from an async handler after the status is the body.
      code: `fastify.post('/jobs', async (request, reply) => { reply.code(202); return { id: 1 }; });`,
      errors: [site('fastify 202 headers=[] complete body=object(id) fix')],
    },
    {
      // …but not across a branch that may send something else.
      code: `fastify.post('/jobs', async (request, reply) => { reply.code(202); if (request.query.wait) return done(); return { id: 1 }; });`,
      errors: [site('fastify 202 headers=[] complete body=unknown fix')],
    },
  ],
});
