import rule from '../../rules/no-response-after-sent.js';
import { ruleTester } from '../ruleTester.js';
import { sentAgain } from './afterSentReports.js';

// Fastify: a second `reply.send` logs "Reply already sent" and is lost; a header or a code after it too.
ruleTester.run('no-response-after-sent (fastify)', rule, {
  valid: [
    `fastify.get('/u', async (request, reply) => { if (!request.user) return reply.code(401).send({ error: 'login' }); return reply.send(request.user); });`,
    `fastify.get('/u', (request, reply) => { reply.code(201).header('Location', '/u/1').send({ id: 1 }); });`,
    // Checked through reply.sent.
    `fastify.setErrorHandler((error, request, reply) => { reply.send(error); if (!reply.sent) reply.send({ error: 'again' }); });`,
    // A code or a header right after the send: Fastify writes the head after its onSend hooks, which may be
    // asynchronous, so they may still go out.
    `fastify.get('/u', (request, reply) => { reply.send(data).code(404); });`,
    `fastify.get('/v', (request, reply) => { reply.send(data); reply.header('X-A', '1'); });`,
    // The handler returns its payload: Fastify sends it once.
    `fastify.get('/u', async (request, reply) => { reply.header('X-A', '1'); return { ok: true }; });`,
  ],
  invalid: [
    {
      // The missing return; the reply gets `return;`, never `return reply.send()` (Fastify sends a returned value).
      filename: 'routes/users.js',
      code: `fastify.get('/u', (request, reply) => {\n  if (error) reply.code(500).send(error);\n  reply.send(data);\n});`,
      errors: [sentAgain(3, 3, { kind: 'after', output: `fastify.get('/u', (request, reply) => {\n  if (error) { reply.code(500).send(error); return; }\n  reply.send(data);\n});` })],
    },
    {
      // A second send past a code: the code is no finding, the send is.
      code: `fastify.get('/u', (request, reply) => {\n  if (error) reply.code(500).send(error);\n  reply.code(200).send(data);\n});`,
      errors: [sentAgain(3, 3, { kind: 'after', output: `fastify.get('/u', (request, reply) => {\n  if (error) { reply.code(500).send(error); return; }\n  reply.code(200).send(data);\n});` })],
    },
    {
      // A typed reply in a hook.
      code: `async function auth(request: FastifyRequest, reply: FastifyReply) {\n  if (!request.headers.authorization) {\n    reply.code(401).send({ error: 'login' });\n  }\n  reply.redirect('/home');\n}`,
      errors: [
        sentAgain(5, 3, {
          kind: 'after',
          output: `async function auth(request: FastifyRequest, reply: FastifyReply) {\n  if (!request.headers.authorization) {\n    reply.code(401).send({ error: 'login' });\n    return;\n  }\n  reply.redirect('/home');\n}`,
        }),
      ],
    },
  ],
});
