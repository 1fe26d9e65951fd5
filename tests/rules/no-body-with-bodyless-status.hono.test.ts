import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

const hono = `import { Hono } from 'hono';\nconst app = new Hono();\n`;

// Hono builds a Fetch Response: a body with a 204, 205 or 304 throws a TypeError, `''` included.
ruleTester.run('no-body-with-bodyless-status (hono)', rule, {
  valid: [
    `${hono}app.delete('/x', (c) => c.body(null, 204));`,
    `${hono}app.delete('/x', (c) => { c.status(204); return c.body(null); });`,
    // A status that does not resolve.
    `${hono}app.get('/x', (c) => c.json(data, data.length ? 200 : 204));`,
  ],
  invalid: [
    {
      code: `${hono}app.delete('/x', (c) => c.json({ ok: true }, 204));`,
      errors: [
        withBody(3, 46, {
          removeBody: { edit: '`c.body(null, …)`', output: `${hono}app.delete('/x', (c) => c.body(null, 204));` },
          answerOk: `${hono}app.delete('/x', (c) => c.json({ ok: true }, 200));`,
        }),
      ],
    },
    {
      code: `${hono}app.get('/x', (c) => c.text('', 304));`,
      errors: [
        withBody(3, 33, {
          removeBody: { edit: '`c.body(null, …)`', output: `${hono}app.get('/x', (c) => c.body(null, 304));` },
          answerOk: `${hono}app.get('/x', (c) => c.text('', 200));`,
        }),
      ],
    },
    {
      code: `${hono}app.delete('/x', (c) => c.json(result, { status: 204, headers: { 'X-Id': id } }));`,
      errors: [
        withBody(3, 50, {
          removeBody: { edit: '`c.body(null, …)`', output: `${hono}app.delete('/x', (c) => c.body(null, { status: 204, headers: { 'X-Id': id } }));` },
          answerOk: `${hono}app.delete('/x', (c) => c.json(result, { status: 200, headers: { 'X-Id': id } }));`,
        }),
      ],
    },
    {
      code: `${hono}app.delete('/x', (c) => { c.status(204); return c.json(result); });`,
      errors: [withBody(3, 36, { answerOk: `${hono}app.delete('/x', (c) => { c.status(200); return c.json(result); });` })],
    },
    {
      code: `${hono}app.delete('/x', async (c) => c.json(await remove(c.req.param('id')), 204));`,
      errors: [withBody(3, 71, { answerOk: `${hono}app.delete('/x', async (c) => c.json(await remove(c.req.param('id')), 200));` })],
    },
  ],
});
