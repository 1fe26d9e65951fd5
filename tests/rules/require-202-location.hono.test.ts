import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

const hono = `import { Hono } from 'hono';\nconst app = new Hono();\n`;

// Hono: the context's senders and c.header().
ruleTester.run('require-202-location (hono)', rule, {
  valid: [
    `${hono}app.post('/jobs', (c) => c.text('queued, see /jobs/1', 202));`,
    '${hono}app.post(\'/jobs\', (c) => c.text(`queued: ${url}`, 202));'.replace('${hono}', hono),
    `${hono}app.post('/jobs', (c) => c.body(null, 202, { Location: '/jobs/1' }));`,
    `${hono}app.post('/jobs', (c) => { c.header('Operation-Location', '/ops/1'); return c.json({ id: 1 }, 202); });`,
    `${hono}app.post('/jobs', (c) => c.json({ id: 1, statusUrl: '/jobs/1' }, 202));`,
    `${hono}app.post('/jobs', (c) => c.json(job, { status: 202 }));`,
    `${hono}app.post('/jobs', (c) => c.json({}, 202, monitorHeaders));`,
  ],
  invalid: [
    {
      code: `${hono}app.post('/jobs', (c) => c.text('queued', 202));`,
      errors: [{ messageId: 'missingMonitor', line: 3, column: 43 }],
    },
    {
      code: `${hono}app.post('/jobs', (c) => c.json({ id: 1 }, 202));`,
      errors: [{ messageId: 'missingMonitor', line: 3, column: 44 }],
    },
    {
      code: `${hono}app.post('/jobs', (c) => {\n  c.header('Retry-After', '5');\n  return c.body(null, { status: 202 });\n});`,
      errors: [{ messageId: 'missingMonitor', line: 5, column: 33 }],
    },
  ],
});
