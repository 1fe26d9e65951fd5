import { Router } from 'express';


// Status codes as the legacy client expected them: strings, a made-up "partial" code, a typo.
export const itemsRouter = Router();

const items = new Map();
const findItem = async (id) => items.get(id);
const saveItem = async (id, body) => {
  const created = !items.has(id);
  items.set(id, { ...items.get(id), ...body });
  return { ...items.get(id), created, partial: body.draft === true };
};

itemsRouter.get('/items/:id', async (req, res) => {
  const item = await findItem(req.params.id);
  if (!item) return res.status('404').json({ error: 'not_found' }); // expect: valid-status-code
  res.status(200).json(item);
});

itemsRouter.put('/items/:id', async (req, res) => {
  const saved = await saveItem(req.params.id, req.body);
  if (saved.partial) return res.status(2060).json(saved); // expect: valid-status-code
  res.status(saved.created ? 201 : 200).json(saved);
});

itemsRouter.delete('/items/:id', (req, res) => {
  res.status = 204; // expect: valid-status-code
  res.end();
});

itemsRouter.get('/items', (req, res) => {
  // Unknown statuses are not judged: the client's own choice, a conversion.
  const wanted = Number(req.query.status ?? '200');
  res.status(wanted).json([]);
});

itemsRouter.get('/old-items', (req, res) => res.redirect(301, '/items'));
