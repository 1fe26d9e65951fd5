import { randomUUID } from 'node:crypto';

import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import Koa from 'koa';

import { requireAdminKey, requireBearer, requireSession } from './auth.js';

/** An in-memory job queue: enough for the example, a real app would use BullMQ or similar. */
const jobs = new Map();

function enqueue(kind, params) {
  const job = { id: randomUUID(), kind, params, state: 'queued' };
  jobs.set(job.id, job);
  setTimeout(() => {
    job.state = 'done';
  }, 5_000);
  return job;
}

const router = new Router();

// POST /reports queues a report; the 202 says where its status monitor lives.
router.post('/reports', requireBearer, async (ctx) => {
  const job = enqueue('report', { ...ctx.request.body, owner: ctx.state.user.id });
  ctx.status = 202;
  ctx.set('Location', `/reports/${job.id}`);
  ctx.body = { id: job.id, state: job.state };
});

// GET /reports/:id is the status monitor: 200 with Retry-After while queued, 303 to the file when done.
router.get('/reports/:id', requireBearer, async (ctx) => {
  const job = jobs.get(ctx.params.id);
  ctx.assert(job, 404, 'no such report');
  if (job.state === 'done') {
    ctx.status = 303;
    ctx.redirect(`/reports/${job.id}/file`);
    return;
  }
  ctx.set('Retry-After', '5');
  ctx.body = { id: job.id, state: job.state };
});

// The v1 endpoint accepts the report but never says where to follow it.
router.post('/v1/reports', requireSession, async (ctx) => {
  const job = enqueue('report', ctx.request.body);
  ctx.status = 202; // expect: require-202-location
  ctx.body = { id: job.id };
});

// Admin reindex: the monitor link travels in the body, which a client can follow.
router.post('/admin/reindex', requireAdminKey, async (ctx) => {
  const job = enqueue('reindex', {});
  ctx.status = 202;
  ctx.body = { id: job.id, statusUrl: `/reports/${job.id}` };
});

export const app = new Koa({ keys: [process.env.COOKIE_KEY ?? 'dev-key'] });
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

if (process.env.NODE_ENV !== 'test') {
  app.listen(Number(process.env.PORT ?? 3000));
}
