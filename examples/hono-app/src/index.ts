import { Hono } from 'hono';

import { apiKeyAuth, bearerAuth, type Env } from './auth';

/**
 * A Cloudflare Worker: exports are queued on a Queue and written to R2 by a consumer; their state lives in
 * KV under `export:<id>`.
 */
const app = new Hono<Env & { Bindings: { STATE: KVNamespace } }>();

app.use('/api/*', bearerAuth);
app.use('/v1/*', apiKeyAuth);

// POST /api/exports queues an export; the 202 points to its status monitor.
app.post('/api/exports', async (c) => {
  const id = crypto.randomUUID();
  await c.env.EXPORTS.send({ id, owner: c.get('userId'), format: 'csv' });
  await c.env.STATE.put(`export:${id}`, 'queued');
  c.header('Location', `/api/exports/${id}`);
  return c.json({ id, state: 'queued' }, 202);
});

// GET /api/exports/:id is the status monitor: 200 with Retry-After while running, 303 to the file when done.
app.get('/api/exports/:id', async (c) => {
  const id = c.req.param('id');
  const state = await c.env.STATE.get(`export:${id}`);
  if (!state) return c.json({ error: 'not_found' }, 404);
  if (state === 'done') return c.redirect(`/api/exports/${id}/file`, 303);
  c.header('Retry-After', '10');
  return c.json({ id, state });
});

// The v1 endpoint accepts the export but never says where to follow it.
app.post('/v1/exports', async (c) => {
  const { format = 'csv' } = await c.req.json<{ format?: 'csv' | 'xlsx' }>();
  const id = crypto.randomUUID();
  await c.env.EXPORTS.send({ id, owner: c.get('userId'), format });
  await c.env.STATE.put(`export:${id}`, 'queued');
  return c.json({ id, state: 'queued' }, 202); // expect: require-202-location
});

export default app;
