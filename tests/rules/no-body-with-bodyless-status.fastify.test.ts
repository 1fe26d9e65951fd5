import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

// Fastify strips a 204's payload; a 205's and a 304's have gone out on the wire.
ruleTester.run('no-body-with-bodyless-status (fastify)', rule, {
  valid: [
    `fastify.delete('/x', async (request, reply) => { reply.code(204).send(); });`,
    // The returned payload is not read (a known gap); null is nothing anyway.
    `fastify.delete('/x', async (request, reply) => { reply.code(204); return null; });`,
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
      code: `fastify.get('/x', async (request, reply) => { return reply.code(304).send(await load()); });`,
      errors: [withBody(1, 65, { answerOk: `fastify.get('/x', async (request, reply) => { return reply.code(200).send(await load()); });` })],
    },
  ],
});
