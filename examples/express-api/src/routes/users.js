import { Router } from 'express';

// A callback-style store, as older Express apps have.
const users = new Map([['1', { id: '1', name: 'Ada' }]]);
const db = { get: (id, callback) => setImmediate(() => callback(null, users.get(id))) };

export const usersRouter = Router();

// Callback style, where a missing `return` after the error answer sends twice (ERR_HTTP_HEADERS_SENT).
usersRouter.get('/users/:id', (req, res) => {
  db.get(req.params.id, (err, user) => {
    if (err) res.status(500).json({ error: err.message });
    res.json(user); // expect: no-response-after-sent
  });
});

// The same with the return: one answer per path.
usersRouter.get('/v2/users/:id', (req, res) => {
  db.get(req.params.id, (err, user) => {
    if (err) return res.status(500).json({ error: err.message });
    if (!user) return res.sendStatus(404);
    res.json(user);
  });
});

// A header after the send never goes out (Express throws ERR_HTTP_HEADERS_SENT).
usersRouter.get('/users/:id/settings', (req, res) => {
  res.json(req.user.settings);
  res.set('Cache-Control', 'no-store'); // expect: no-response-after-sent
});

// Headers first, then the send; sendFile writes the head after reading the file, so a header right after it
// still goes out; a guarded fallback in the error middleware.
usersRouter.get('/v2/users/:id/settings', (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.json(req.user.settings);
});

usersRouter.get('/users/:id/avatar', (req, res) => {
  res.sendFile(`/srv/avatars/${req.params.id}.png`);
  res.set('Cache-Control', 'max-age=3600');
});

usersRouter.use((err, req, res, next) => {
  if (res.headersSent) return next(err);
  res.status(500).json({ error: 'internal' });
});
