import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

// Fastify's reply.code().
ruleTester.run('require-202-location (fastify)', rule, {
  valid: [
    `fastify.post('/jobs', async (request, reply) => reply.code(202).send('queued: /jobs/1'));`,
    `fastify.post('/jobs', async (request, reply) => reply.code(202).header('Location', '/jobs/1').send());`,
    `fastify.post('/jobs', async (request, reply) => { reply.headers({ 'Content-Location': url }); return reply.code(202).send({ id: 1 }); });`,
    `fastify.post('/jobs', async (request, reply) => reply.code(202).send({ id: 1, statusUrl: url }));`,
    // The payload returned from an async handler, when it links to the monitor or cannot be read.
    `fastify.post('/jobs', async (request, reply) => { reply.code(202); return { id: 1, statusUrl: '/jobs/1' }; });`,
    `fastify.post('/jobs', async (request, reply) => { reply.code(202); return job; });`,
    // A branch between the status and the return: the payload may be another.
    `fastify.post('/jobs', async (request, reply) => { reply.code(202); if (request.query.wait) return reply.send(await done()); return { id: 1 }; });`,
    // Not an async handler: its return value is not the payload.
    `fastify.post('/jobs', (request, reply) => { reply.code(202); return { id: 1 }; });`,
  ],
  invalid: [
    {
      // Seen as a gap on real code: the async handler's returned payload is what Fastify sends.
      code: `fastify.post('/jobs', async (request, reply) => {\n  reply.code(202);\n  const job = await queue.add(request.body);\n  return { id: job.id };\n});`,
      errors: [{ messageId: 'missingMonitor', line: 2, column: 14 }],
    },
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
