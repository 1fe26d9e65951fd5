import express from 'express';

import { requireApiKey, requireBearer } from './middleware/auth.js';
import { exportsRouter } from './routes/exports.js';
import { itemsRouter } from './routes/items.js';
import { legacyExportsRouter } from './routes/legacyExports.js';
import { usersRouter } from './routes/users.js';

export const app = express();
app.use(express.json());

app.get('/health', (req, res) => {
  res.status(200).json({ ok: true });
});

app.use('/v1', requireApiKey, legacyExportsRouter);
app.use('/', requireBearer, exportsRouter);
app.use('/', requireBearer, itemsRouter);
app.use('/', requireBearer, usersRouter);

// Errors thrown by handlers: known HTTP errors keep their status, everything else is a 500.
app.use((err, req, res, next) => {
  if (res.headersSent) return next(err);
  const status = Number.isInteger(err.status) ? err.status : 500;
  res.status(status).json({ error: err.expose ? err.message : 'internal_error' });
});

if (process.env.NODE_ENV !== 'test') {
  const port = Number(process.env.PORT ?? 3000);
  app.listen(port, () => console.log(`export API listening on :${port}`));
}
