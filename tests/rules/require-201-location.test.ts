import rule from '../../rules/require-201-location.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('require-201-location', rule, {
  valid: [
    // Express res.location.
    "app.post('/items', (req, res) => { res.location(`/items/${item.id}`).status(201).json(item); });",
    // Hapi's created(uri) sets Location.
    "const handler = (request, h) => h.response(item).created(`/items/${item.id}`);",
    // A PUT creates the resource at its own URI (RFC 9110 §15.3.2).
    `app.put('/items/:id', (req, res) => { res.status(201).json(item); });`,
    // A route file's PUT.
    { code: `export async function PUT() { return Response.json(item, { status: 201 }); }`, filename: 'app/api/items/[id]/route.ts' },
    // Web Response.
    { code: "export async function POST() { return Response.json(item, { status: 201, headers: { Location: `/items/${item.id}` } }); }", filename: 'app/api/items/route.ts' },
    // Koa.
    "router.post('/items', async (ctx) => { ctx.set('Location', `/items/${id}`); ctx.status = 201; });",
  ],
  invalid: [
    {
      // Express.
      code: `app.post('/items', (req, res) => { res.status(201).json(item); });`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 47, suggestions: [] },
      ],
    },
    {
      // Koa.
      code: `router.post('/items', async (ctx) => { ctx.status = 201; ctx.body = item; });`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 53, suggestions: [] },
      ],
    },
    {
      // Web Response.
      filename: 'app/api/items/route.ts',
      code: `export async function POST(request) {
  return Response.json(item, { status: 201 });
}`,
      errors: [
        { messageId: 'missingLocation', line: 2, column: 40, suggestions: [] },
      ],
    },
    {
      // Fastify.
      code: `fastify.post('/items', async (request, reply) => reply.code(201).send(item));`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 61, suggestions: [] },
      ],
    },
    {
      // AWS Lambda.
      code: `export const handler = async () => ({ statusCode: 201, body: JSON.stringify(item) });`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 51, suggestions: [] },
      ],
    },
    {
      // Node http.
      code: `function create(req, res) { res.writeHead(201, { 'Content-Type': 'application/json' }); res.end(body); }`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 43, suggestions: [] },
      ],
    },
  ],
});
