import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

// Fastify's reply.code().
ruleTester.run('require-202-location (fastify)', rule, {
  valid: [
    `fastify.post('/jobs', async (request, reply) => reply.code(202).send('queued: /jobs/1'));`,
    `fastify.post('/jobs', async (request, reply) => reply.code(202).header('Location', '/jobs/1').send());`,
    `fastify.post('/jobs', async (request, reply) => { reply.headers({ 'Content-Location': url }); return reply.code(202).send({ id: 1 }); });`,
    `fastify.post('/jobs', async (request, reply) => reply.code(202).send({ id: 1, statusUrl: url }));`,
    // The payload returned from an async handler is not read.
    `fastify.post('/jobs', async (request, reply) => { reply.code(202); return { id: 1 }; });`,
  ],
  invalid: [
    {
      code: `fastify.post('/jobs', async (request, reply) => reply.code(202).send('queued'));`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 60 }],
    },
    {
      code: `fastify.post('/jobs', async (request, reply) => {\n  const job = await queue.add(request.body);\n  return reply.code(202).send({ id: job.id });\n});`,
      errors: [{ messageId: 'missingMonitor', line: 3, column: 21 }],
    },
  ],
});
