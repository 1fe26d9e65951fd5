import { Router } from 'express';

import { enqueue, findJob } from '../jobs/queue.js';

export const exportsRouter = Router();

// POST /exports starts an export in the background. The 202 says where its status monitor lives.
exportsRouter.post('/exports', (req, res) => {
  const job = enqueue('export', { format: req.body.format ?? 'csv', owner: req.user.sub });
  res.status(202).location(`/exports/${job.id}`).json({ id: job.id, state: job.state });
});

// GET /exports/:id is the status monitor: 200 with a Retry-After while the job runs, 303 to the result.
exportsRouter.get('/exports/:id', (req, res) => {
  const job = findJob(req.params.id);
  if (!job) return res.status(404).json({ error: 'not_found' });
  if (job.state === 'done') return res.redirect(303, job.result.url);
  res.set('Retry-After', '2');
  return res.status(200).json({ id: job.id, state: job.state });
});

exportsRouter.get('/exports/:id/file', (req, res) => {
  const job = findJob(req.params.id);
  if (job?.state !== 'done') return res.sendStatus(404);
  return res.type('text/csv').send('id,total\n1,42\n');
});

// DELETE /exports/:id cancels a job. Express strips a 204's body without a word: the client never sees it.
exportsRouter.delete('/exports/:id', (req, res) => {
  const job = findJob(req.params.id);
  if (!job) return res.status(404).json({ error: 'not_found' });
  job.state = 'cancelled';
  res.status(204).json({ id: job.id, state: job.state }); // expect: no-body-with-bodyless-status
});

// Its correct twin: the 204 goes out empty, the body goes with a 200.
exportsRouter.post('/exports/:id/cancel', (req, res) => {
  const job = findJob(req.params.id);
  if (!job) return res.status(404).json({ error: 'not_found' });
  job.state = 'cancelled';
  if (req.query.verbose !== undefined) return res.status(200).json({ id: job.id, state: job.state });
  res.status(204).end();
});
