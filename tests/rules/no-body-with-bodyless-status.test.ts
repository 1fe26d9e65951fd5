import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

// Express and Connect: a 204/205/304 with content in the same chain, or after it on the same path.
ruleTester.run('no-body-with-bodyless-status', rule, {
  valid: [
    // No content: `.end()`, `.send()` without an argument, `sendStatus`, an explicit nothing.
    `app.delete('/x', (req, res) => { res.status(204).end(); });`,
    `app.delete('/x', (req, res) => { res.status(204).send(); });`,
    `app.delete('/x', (req, res) => { res.sendStatus(204); });`,
    `app.delete('/x', (req, res) => { res.status(204).json(null); });`,
    `app.delete('/x', (req, res) => { res.status(204).send(undefined); });`,
    `app.get('/x', (req, res) => { res.status(304).end(''); });`,
    `app.get('/x', (req, res) => { res.status(StatusCodes.NO_CONTENT).end(); });`,
    // Other statuses.
    `app.get('/x', (req, res) => { res.status(200).json(data); });`,
    // A status chosen by a condition, with a body the condition may tell apart (empty on the 204 branch).
    `app.get('/x', (req, res) => { res.status(items.length ? 200 : 204).json(items); });`,
    `app.get('/x', (req, res) => { res.status(data ? 200 : 204).send(data); });`,
    // A body that may be nothing: a conditional, a variable that may hold null.
    `app.get('/x', (req, res) => { res.status(204).json(ok ? data : null); });`,
    `app.get('/x', (req, res) => { let body = null; if (x) body = load(); res.status(204).send(body); });`,
    `function reply(res, body?: string) { res.status(204).send(body); }`,
    // On another path: the 204 ends without content, the content goes with a 200.
    `app.get('/x', (req, res) => { if (!data) { res.status(204); return res.end(); } res.json(data); });`,
    `app.get('/x', (req, res) => { if (!data) return res.status(204).end(); res.status(200).json(data); });`,
    // Another status set on the way: the record holds only the statuses asked for, so the rule stays silent.
    `app.get('/x', (req, res) => { res.status(204); if (data) res.status(200); res.json(data); });`,
    // Handed to code we cannot see before the send, or sent in a callback whose time is unknown.
    `app.get('/x', (req, res) => { res.status(204); finish(res); res.json(data); });`,
    `app.get('/x', (req, res) => { res.status(204); db.load((err, data) => res.json(data)); });`,
    // Not a response: no receiver.
    `status(204).json(data);`,
  ],
  invalid: [
    {
      code: `app.delete('/x', (req, res) => { res.status(204).json(data); });`,
      errors: [
        withBody(1, 45, {
          removeBody: { edit: '`.end()`', output: `app.delete('/x', (req, res) => { res.status(204).end(); });` },
          answerOk: `app.delete('/x', (req, res) => { res.status(200).json(data); });`,
        }),
      ],
    },
    {
      code: `app.delete('/x', (req, res) => { res.status(204).send({ deleted: true }); });`,
      errors: [
        withBody(1, 45, {
          removeBody: { edit: '`.end()`', output: `app.delete('/x', (req, res) => { res.status(204).end(); });` },
          answerOk: `app.delete('/x', (req, res) => { res.status(200).send({ deleted: true }); });`,
        }),
      ],
    },
    {
      // A status constant; a 205 and a 304.
      code: `app.post('/form', (req, res) => res.status(StatusCodes.RESET_CONTENT).send('done'));`,
      errors: [
        withBody(1, 44, {
          removeBody: { edit: '`.end()`', output: `app.post('/form', (req, res) => res.status(StatusCodes.RESET_CONTENT).end());` },
          answerOk: `app.post('/form', (req, res) => res.status(200).send('done'));`,
        }),
      ],
    },
    {
      // A body with effects is not dropped by the edit: only the status can change.
      code: `app.get('/x', async (req, res) => { res.status(304).json(await load(req.params.id)); });`,
      errors: [withBody(1, 48, { answerOk: `app.get('/x', async (req, res) => { res.status(200).json(await load(req.params.id)); });` })],
    },
    {
      // The 204 branch of a condition, with a literal body that both branches send: reported at the 204.
      code: `app.get('/x', (req, res) => { res.status(created ? 201 : 204).json({ ok: true }); });`,
      errors: [withBody(1, 58)],
    },
    {
      // The send in a later statement on the same path.
      code: `app.delete('/x', (req, res) => {\n  res.status(204);\n  res.json({ deleted: true });\n});`,
      errors: [withBody(2, 14, { answerOk: `app.delete('/x', (req, res) => {\n  res.status(200);\n  res.json({ deleted: true });\n});` })],
    },
    {
      // On one of two paths.
      code: `app.delete('/x', (req, res) => {\n  res.status(204);\n  if (verbose) res.send(report);\n  else res.end();\n});`,
      errors: [withBody(2, 14, { answerOk: `app.delete('/x', (req, res) => {\n  res.status(200);\n  if (verbose) res.send(report);\n  else res.end();\n});` })],
    },
    {
      // A file or a template is content too.
      code: `app.get('/x', (req, res) => { res.status(304); res.sendFile(path); });`,
      errors: [withBody(1, 42, { answerOk: `app.get('/x', (req, res) => { res.status(200); res.sendFile(path); });` })],
    },
  ],
});
