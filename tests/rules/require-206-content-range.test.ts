import rule from '../../rules/require-206-content-range.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('require-206-content-range', rule, {
  valid: [
    // A single range.
    "function h(req, res) { res.writeHead(206, { 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Type': 'video/mp4' }); stream.pipe(res); }",
    // Express, set in the chain.
    `app.get('/v', (req, res) => res.status(206).set('Content-Range', range).send(part));`,
    // A multipart/byteranges body carries a Content-Range in each part (RFC 9110 §14.6).
    `const BYTERANGES = 'multipart/byteranges; boundary=THIS_STRING_SEPARATES';
function h(req, res) { res.writeHead(206, { 'Content-Type': BYTERANGES }); res.end(body); }`,
    // The same, with the type built in a template.
    "function h(req, res) { res.status(206).set('Content-Type', `multipart/byteranges; boundary=${boundary}`).send(body); }",
    // Web Response with a headers object.
    `export function GET() { const headers = new Headers(); headers.set('Content-Range', range); return new Response(part, { status: 206, headers }); }`,
    // Koa.
    `router.get('/v', async (ctx) => { ctx.set('Content-Range', range); ctx.status = 206; ctx.body = part; });`,
    // A method we do not know, named for headers or private, given the header's name (Hapi's own response).
    "function range(response, from, to, length) { response.code(206); response._header('content-range', `bytes ${from}-${to}/${length}`); }",
    "fastify.get('/v', async (request, reply) => { reply.code(206); reply.setHeaderOnce('Content-Range', range); return part; });",
  ],
  invalid: [
    {
      // Express.
      code: `app.post('/batch', (req, res) => res.status(206).json({ done: 3, failed: 1 }));`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 45, suggestions: [] },
      ],
    },
    {
      // Node http.
      code: `function h(req, res) { res.writeHead(206, { 'Content-Type': 'video/mp4' }); stream.pipe(res); }`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 38, suggestions: [] },
      ],
    },
    {
      // Koa.
      code: `router.get('/v', async (ctx) => { ctx.status = 206; ctx.body = chunk; });`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 48, suggestions: [] },
      ],
    },
    {
      // Web Response.
      code: `export function GET() { return new Response(chunk, { status: 206, headers: { 'Accept-Ranges': 'bytes' } }); }`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 62, suggestions: [] },
      ],
    },
    {
      // AWS Lambda.
      code: `export const handler = async () => ({ statusCode: 206, body: JSON.stringify(results) });`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 51, suggestions: [] },
      ],
    },
    {
      // Fastify.
      code: `fastify.get('/v', async (request, reply) => reply.code(206).send(chunk));`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 56, suggestions: [] },
      ],
    },
    {
      // Reading or removing the header does not set it.
      code: `fastify.get('/v', async (request, reply) => { reply.code(206); reply.removeHeader('content-range'); reply.getHeader('content-range'); reply.unsetHeader('content-range'); return part; });`,
      errors: [{ messageId: 'missingContentRange', line: 1, column: 58, suggestions: [] }],
    },
    {
      // Express.
      code: `app.post('/batch', (req, res) => res.status(206).set('Content-Type', 'application/json').send(JSON.stringify(report)));`,
      errors: [
        { messageId: 'missingContentRange', line: 1, column: 45, suggestions: [] },
      ],
    },
  ],
});
