import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

// Fastify strips a 204's payload; a 205's and a 304's have gone out on the wire.
ruleTester.run('no-body-with-bodyless-status (fastify)', rule, {
  valid: [
    `fastify.delete('/x', async (request, reply) => { reply.code(204).send(); });`,
    // A returned null is nothing; a return under a branch is not read; a 304 returns nothing on its path.
    `fastify.delete('/x', async (request, reply) => { reply.code(204); return null; });`,
    `fastify.delete('/x', async (request, reply) => { reply.code(204); if (x) return data; });`,
    `fastify.get('/x', async (request, reply) => { if (fresh) { reply.code(304); return; } return page; });`,
  ],
  invalid: [
    {
      code: `fastify.delete('/x', async (request, reply) => { reply.code(204).send({ ok: true }); });`,
      errors: [
        withBody(1, 61, {
          removeBody: { edit: '`.send()`', output: `fastify.delete('/x', async (request, reply) => { reply.code(204).send(); });` },
          answerOk: `fastify.delete('/x', async (request, reply) => { reply.code(200).send({ ok: true }); });`,
        }),
      ],
    },
    {
      code: `fastify.delete('/x', async (request, reply) => { reply.code(204); return reply.send(item); });`,
      errors: [withBody(1, 61, { answerOk: `fastify.delete('/x', async (request, reply) => { reply.code(200); return reply.send(item); });` })],
    },
    {
      // An async handler's returned value is the payload.
      code: `fastify.delete('/x', async (request, reply) => { reply.code(204); return { deleted: true }; });`,
      errors: [withBody(1, 61, { answerOk: `fastify.delete('/x', async (request, reply) => { reply.code(200); return { deleted: true }; });` })],
    },
    {
      code: `fastify.get('/x', async (request, reply) => { return reply.code(304).send(await load()); });`,
      errors: [withBody(1, 65, { answerOk: `fastify.get('/x', async (request, reply) => { return reply.code(200).send(await load()); });` })],
    },
  ],
});
