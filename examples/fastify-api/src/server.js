import { randomUUID } from 'node:crypto';

import Fastify from 'fastify';

import auth from './auth.js';

const app = Fastify({ logger: true });
await app.register(auth);

/** An in-memory import queue: enough for the example, a real service would use a broker. */
const imports = new Map();

function enqueueImport(owner, rows) {
  const job = { id: randomUUID(), owner, rows: rows.length, state: 'queued' };
  imports.set(job.id, job);
  setTimeout(() => {
    job.state = 'done';
  }, 3_000);
  return job;
}

// POST /imports queues the rows; the 202 points to the status monitor below.
app.post('/imports', { onRequest: [app.authenticate] }, async (request, reply) => {
  const job = enqueueImport(request.user.sub, request.body.rows);
  return reply
    .code(202)
    .header('Location', `/imports/${job.id}`)
    .send({ id: job.id, state: job.state });
});

// Bulk imports set the monitor with `reply.headers` before answering.
app.post('/imports/bulk', { onRequest: [app.authenticate] }, async (request, reply) => {
  const job = enqueueImport(request.user.sub, request.body.files.flatMap((file) => file.rows));
  reply.headers({ Location: `/imports/${job.id}`, 'Retry-After': '10' });
  return reply.code(202).send({ id: job.id, state: job.state });
});

// GET /imports/:id is the status monitor: 200 with Retry-After while queued, 303 to the report when done.
app.get('/imports/:id', { onRequest: [app.authenticate] }, async (request, reply) => {
  const job = imports.get(request.params.id);
  if (!job) return reply.code(404).send({ error: 'not_found' });
  if (job.state === 'done') return reply.redirect(`/imports/${job.id}/report`, 303);
  return reply.header('Retry-After', '3').send({ id: job.id, state: job.state });
});

// The partner endpoint accepts the import but never says where to follow it.
app.post('/partner/imports', { preHandler: [app.verifyPartner] }, async (request, reply) => {
  const job = enqueueImport(request.body.partnerId, request.body.rows);
  return reply.code(202).send({ id: job.id }); // expect: require-202-location
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
