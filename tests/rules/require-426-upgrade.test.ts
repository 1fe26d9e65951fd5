import rule from '../../rules/require-426-upgrade.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('require-426-upgrade', rule, {
  valid: [
    // Upgrade with Connection, as a WebSocket endpoint answers plain HTTP.
    `app.get('/ws', (req, res) => res.set({ Upgrade: 'websocket', Connection: 'Upgrade' }).status(426).end());`,
    // Node http.
    `function h(req, res) { res.writeHead(426, { Upgrade: 'TLS/1.3, HTTP/1.1', Connection: 'Upgrade' }); res.end(); }`,
    // Lambda.
    `export const handler = async () => ({ statusCode: 426, headers: { Upgrade: 'HTTP/2' }, body: '' });`,
    // Unknown headers.
    `export function GET() { return new Response(null, { status: 426, headers: upgradeHeaders() }); }`,
  ],
  invalid: [
    {
      // Express.
      code: `app.get('/v1', (req, res) => res.status(426).json({ error: 'Please update the app' }));`,
      errors: [
        { messageId: 'missingUpgrade', line: 1, column: 41, suggestions: [] },
      ],
    },
    {
      // Node http.
      code: `function h(req, res) { res.writeHead(426, { Connection: 'Upgrade' }); res.end(); }`,
      errors: [
        { messageId: 'missingUpgrade', line: 1, column: 38, suggestions: [] },
      ],
    },
    {
      // Koa.
      code: `router.get('/ws', async (ctx) => { ctx.status = 426; ctx.body = 'use websocket'; });`,
      errors: [
        { messageId: 'missingUpgrade', line: 1, column: 49, suggestions: [] },
      ],
    },
    {
      // Web Response.
      code: `export function GET() { return Response.json({ error: 'upgrade' }, { status: 426 }); }`,
      errors: [
        { messageId: 'missingUpgrade', line: 1, column: 78, suggestions: [] },
      ],
    },
    {
      // AWS Lambda.
      code: `export const handler = async () => ({ statusCode: 426, headers: { 'Content-Type': 'text/plain' }, body: '' });`,
      errors: [
        { messageId: 'missingUpgrade', line: 1, column: 51, suggestions: [] },
      ],
    },
    {
      // Fastify.
      code: `fastify.get('/ws', async (request, reply) => reply.code(426).send({ error: 'upgrade' }));`,
      errors: [
        { messageId: 'missingUpgrade', line: 1, column: 57, suggestions: [] },
      ],
    },
    {
      // With a configured protocol, a suggestion adds it.
      code: `function h(req, res) { res.status(426).end(); }`,
      options: [{ protocol: 'TLS/1.3, HTTP/1.1' }],
      errors: [
        {
          messageId: 'missingUpgrade',
          data: { status: '426 Upgrade Required', protocol: 'TLS/1.3, HTTP/1.1' },
          suggestions: [{ messageId: 'addUpgrade', output: `function h(req, res) { res.status(426).header('Upgrade', 'TLS/1.3, HTTP/1.1').end(); }` }],
        },
      ],
    },
  ],
});
