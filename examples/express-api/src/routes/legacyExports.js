import { Router } from 'express';

import { enqueue } from '../jobs/queue.js';

export const legacyExportsRouter = Router();

// The v1 endpoint accepts the export but never says where to follow it: clients can only guess.
legacyExportsRouter.post('/exports', (req, res) => {
  const job = enqueue('export', { format: 'csv' });
  res.status(202).json({ id: job.id }); // expect: require-202-location
});

// v1 imports answer 202 with a link to the monitor in the body, which a client can follow.
legacyExportsRouter.post('/imports', (req, res) => {
  const job = enqueue('import', { rows: req.body.rows });
  res.status(202).json({ id: job.id, statusUrl: `/exports/${job.id}` });
});

// v1 purges answer in plain text: "queued" tells the client nothing about where to follow the purge.
legacyExportsRouter.delete('/exports/:id', (req, res) => {
  enqueue('purge', { id: req.params.id });
  res.status(202).send('queued'); // expect: require-202-location
});
