import rule from '../../rules/require-416-content-range.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('require-416-content-range', rule, {
  valid: [
    // The unsatisfied-range form.
    "function h(req, res) { res.writeHead(416, { 'Content-Range': `bytes */${size}` }); res.end(); }",
    // Express.
    "app.get('/f', (req, res) => res.status(416).set('Content-Range', `bytes */${stat.size}`).end());",
    // Fastify.
    "fastify.get('/f', async (request, reply) => reply.code(416).header('Content-Range', `bytes */${size}`).send());",
    // Unknown headers.
    `function h(req, res, headers) { res.writeHead(416, headers); res.end(); }`,
  ],
  invalid: [
    {
      // Express.
      code: `app.get('/f', (req, res) => res.status(416).end());`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 40, suggestions: [] },
      ],
    },
    {
      // Node http.
      code: `function h(req, res) { res.writeHead(416, { 'Content-Type': 'text/plain' }); res.end('bad range'); }`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 38, suggestions: [] },
      ],
    },
    {
      // Koa.
      code: `router.get('/f', async (ctx) => { ctx.status = 416; });`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 48, suggestions: [] },
      ],
    },
    {
      // Web Response.
      code: `export function GET() { return new Response(null, { status: 416 }); }`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 61, suggestions: [] },
      ],
    },
    {
      // Boom.
      code: `import Boom from '@hapi/boom';
throw Boom.rangeNotSatisfiable();`,
      errors: [
        { messageId: 'missingContentRange', line: 2, column: 7, suggestions: [] },
      ],
    },
    {
      // Fastify.
      code: `fastify.get('/f', async (request, reply) => reply.code(416).send());`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 56, suggestions: [] },
      ],
    },
  ],
});
