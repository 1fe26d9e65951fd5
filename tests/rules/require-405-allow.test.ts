import rule from '../../rules/require-405-allow.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('require-405-allow', rule, {
  valid: [
    // Set with the status.
    `export default function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', ['POST']);
    return res.status(405).end();
  }
}`,
    // Boom writes Allow from its third argument.
    `import Boom from '@hapi/boom';
throw Boom.methodNotAllowed('Use GET', null, ['GET']);`,
    // Boom's allow as a string.
    `import Boom from '@hapi/boom';
throw Boom.methodNotAllowed('Use GET', undefined, 'GET');`,
    // Allow alongside the CORS header.
    `function h(req, res) { res.writeHead(405, { Allow: 'GET', 'Access-Control-Allow-Methods': 'GET' }); res.end(); }`,
    // A spread of an in-file object that holds Allow.
    `const allowGet = { Allow: 'GET, HEAD' };
export function POST() { return new Response(null, { status: 405, headers: { ...allowGet } }); }`,
    // http-errors with headers.
    `import createError from 'http-errors';
function h(req, res, next) { next(createError(405, { headers: { Allow: 'GET' } })); }`,
    // Hono with headers.
    `import { Hono } from 'hono';
app.all('/items', (c) => c.json({ error: 'no' }, 405, { Allow: 'GET' }));`,
    // The response handed to a helper that may set Allow.
    `function h(req, res) { setAllow(res, ['GET']); res.status(405).end(); }`,
    // Unknown headers.
    `export const handler = async () => ({ statusCode: 405, headers: allowHeaders, body: '' });`,
  ],
  invalid: [
    {
      // Next.js pages API / Express.
      code: `export default function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Method not allowed' });
  }
  res.json(save(req.body));
}`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 23, suggestions: [{ messageId: 'addAllow', output: `export default function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).header('Allow', 'POST').json({ error: 'Method not allowed' });
  }
  res.json(save(req.body));
}` }] },
      ],
    },
    {
      // Next.js pages API / Express.
      code: `export default function handler(req, res) {
  if (!['GET', 'HEAD'].includes(req.method)) return res.status(405).end();
  res.json(list());
}`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 64, suggestions: [{ messageId: 'addAllow', output: `export default function handler(req, res) {
  if (!['GET', 'HEAD'].includes(req.method)) return res.status(405).header('Allow', 'GET, HEAD').end();
  res.json(list());
}` }] },
      ],
    },
    {
      // Next.js pages API / Express.
      code: `export default function handler(req, res) {
  switch (req.method) {
    case 'GET':
      return res.json(list());
    case 'PUT':
      return res.json(save(req.body));
    default:
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
      return res.status(405).end();
  }
}`,
      errors: [
        { messageId: 'corsIsNotAllow', line: 9, column: 25, suggestions: [{ messageId: 'addAllow', output: `export default function handler(req, res) {
  switch (req.method) {
    case 'GET':
      return res.json(list());
    case 'PUT':
      return res.json(save(req.body));
    default:
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
      return res.status(405).header('Allow', 'GET, PUT').end();
  }
}` }] },
      ],
    },
    {
      // Express.
      code: `router.route('/items').get(list).post(create).all((req, res) => res.sendStatus(405));`,
      errors: [
        { messageId: 'missingAllow', line: 1, column: 80, suggestions: [{ messageId: 'addAllow', output: `router.route('/items').get(list).post(create).all((req, res) => res.header('Allow', 'GET, POST').sendStatus(405));` }] },
      ],
    },
    {
      // Node http.
      code: `function h(req, res) {
  if (req.method === 'GET') return res.json(list());
  else if (req.method === 'DELETE') return res.json(remove());
  else res.writeHead(405, { 'Content-Type': 'text/plain' }).end();
}`,
      errors: [
        { messageId: 'missingAllow', line: 4, column: 22, suggestions: [{ messageId: 'addAllow', output: `function h(req, res) {
  if (req.method === 'GET') return res.json(list());
  else if (req.method === 'DELETE') return res.json(remove());
  else res.writeHead(405, { 'Content-Type': 'text/plain', Allow: 'GET, DELETE' }).end();
}` }] },
      ],
    },
    {
      // Web Response.
      filename: 'app/api/items/route.ts',
      code: `export async function GET() {
  return Response.json(list());
}
export async function PUT() {
  return new Response(null, { status: 405 });
}`,
      errors: [
        { messageId: 'missingAllow', line: 5, column: 39, suggestions: [{ messageId: 'addAllow', output: `export async function GET() {
  return Response.json(list());
}
export async function PUT() {
  return new Response(null, { status: 405, headers: { Allow: 'GET' } });
}` }] },
      ],
    },
    {
      // Other exports that only answer 405 serve nothing: each stub's Allow lists GET alone (openstatus).
      filename: 'app/api/items/route.ts',
      code: `import { StatusCodes } from 'http-status-codes';
import { NextResponse } from 'next/server';
export async function GET() { return new Response('ok'); }
export async function POST() { return new NextResponse('Method Not Allowed', { status: 405 }); }
export const DELETE = () => new Response(null, { status: StatusCodes.METHOD_NOT_ALLOWED });`,
      errors: [
        { messageId: 'missingAllow', line: 4, suggestions: [{ messageId: 'addAllow', output: `import { StatusCodes } from 'http-status-codes';
import { NextResponse } from 'next/server';
export async function GET() { return new Response('ok'); }
export async function POST() { return new NextResponse('Method Not Allowed', { status: 405, headers: { Allow: 'GET' } }); }
export const DELETE = () => new Response(null, { status: StatusCodes.METHOD_NOT_ALLOWED });` }] },
        { messageId: 'missingAllow', line: 5, suggestions: [{ messageId: 'addAllow', output: `import { StatusCodes } from 'http-status-codes';
import { NextResponse } from 'next/server';
export async function GET() { return new Response('ok'); }
export async function POST() { return new NextResponse('Method Not Allowed', { status: 405 }); }
export const DELETE = () => new Response(null, { status: StatusCodes.METHOD_NOT_ALLOWED, headers: { Allow: 'GET' } });` }] },
      ],
    },
    {
      // Express.
      code: `app.use((req, res) => res.status(405).json({ error: 'no' }));`,
      errors: [
        { messageId: 'missingAllow', line: 1, column: 34, suggestions: [] },
      ],
    },
    {
      // Koa.
      code: `router.all('/items', async (ctx) => {
  if (ctx.method !== 'GET') ctx.status = 405;
});`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 42, suggestions: [] },
      ],
    },
    {
      // Fastify.
      code: `fastify.all('/items', async (request, reply) => {
  if (request.method !== 'GET') return reply.code(405).send();
});`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 51, suggestions: [{ messageId: 'addAllow', output: `fastify.all('/items', async (request, reply) => {
  if (request.method !== 'GET') return reply.code(405).header('Allow', 'GET').send();
});` }] },
      ],
    },
    {
      // Boom.
      code: `import Boom from '@hapi/boom';
const handler = (request) => {
  if (request.method !== 'post') throw Boom.methodNotAllowed('Use POST');
};`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 40, suggestions: [{ messageId: 'addAllow', output: `import Boom from '@hapi/boom';
const handler = (request) => {
  if (request.method !== 'post') throw Boom.methodNotAllowed('Use POST', undefined, ['POST']);
};` }] },
      ],
    },
    {
      // Boom.
      code: `import Boom from '@hapi/boom';
throw Boom.methodNotAllowed();`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 7, suggestions: [] },
      ],
    },
    {
      // Boom.
      code: `import Boom from '@hapi/boom';
export default function handler(req) {
  if (req.method !== 'POST') throw Boom.methodNotAllowed('Use POST', { method: req.method });
}`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 36, suggestions: [{ messageId: 'addAllow', output: `import Boom from '@hapi/boom';
export default function handler(req) {
  if (req.method !== 'POST') throw Boom.methodNotAllowed('Use POST', { method: req.method }, ['POST']);
}` }] },
      ],
    },
    {
      // NestJS.
      code: `import { MethodNotAllowedException } from '@nestjs/common';
throw new MethodNotAllowedException();`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 11, suggestions: [] },
      ],
    },
    {
      // http-errors.
      code: `import createError from 'http-errors';
function h(req, res, next) {
  if (req.method !== 'GET') return next(createError(405));
}`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 53, suggestions: [{ messageId: 'addAllow', output: `import createError from 'http-errors';
function h(req, res, next) {
  if (req.method !== 'GET') return next(createError(405, { headers: { Allow: 'GET' } }));
}` }] },
      ],
    },
    {
      // AWS Lambda.
      code: `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, body: '' };
};`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 56, suggestions: [{ messageId: 'addAllow', output: `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, body: '', headers: { Allow: 'GET' } };
};` }] },
      ],
    },
    {
      // Hono.
      code: `import { Hono } from 'hono';
app.all('/items', (c) => c.json({ error: 'no' }, 405));`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 50, suggestions: [] },
      ],
    },
    {
      // AWS Lambda.
      code: `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, headers: { 'Content-Type': 'text/plain' }, body: '' };
};`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 56, suggestions: [{ messageId: 'addAllow', output: `export const handler = async (event) => {
  if (event.httpMethod !== 'GET') return { statusCode: 405, headers: { 'Content-Type': 'text/plain', Allow: 'GET' }, body: '' };
};` }] },
      ],
    },
    {
      // AWS Lambda.
      code: `export const handler = async (event) => ({
  statusCode: 405,
  headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, OPTIONS' },
  body: '',
});`,
      errors: [
        { messageId: 'corsIsNotAllow', line: 2, column: 15, suggestions: [] },
      ],
    },
    {
      // Boom.
      code: `import Boom from '@hapi/boom';
const handler = (request) => {
  if (request.method !== 'get') throw Boom.methodNotAllowed();
};`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 39, suggestions: [{ messageId: 'addAllow', output: `import Boom from '@hapi/boom';
const handler = (request) => {
  if (request.method !== 'get') throw Boom.methodNotAllowed(undefined, undefined, ['GET']);
};` }] },
      ],
    },
    {
      // A method read through a const: \`const method = req.method; switch (method)\`.
      code: `export default async function handler(req, res) {
  const method = req.method;
  switch (method) {
    case 'GET':
      return res.json(list());
    default:
      return res.status(405).json({ error: 'Method not allowed' });
  }
}`,
      errors: [
        { messageId: 'missingAllow', line: 7, column: 25, suggestions: [{ messageId: 'addAllow', output: `export default async function handler(req, res) {
  const method = req.method;
  switch (method) {
    case 'GET':
      return res.json(list());
    default:
      return res.status(405).header('Allow', 'GET').json({ error: 'Method not allowed' });
  }
}` }] },
      ],
    },
    {
      // A test that does not read the method, inside the method test's branch, leaves the methods as they are.
      code: `function h(req, res) {
  if (req.method !== 'POST') {
    if (req.headers.accept === 'text/html') return res.status(405).send('<p>no</p>');
  }
}`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 63, suggestions: [{ messageId: 'addAllow', output: `function h(req, res) {
  if (req.method !== 'POST') {
    if (req.headers.accept === 'text/html') return res.status(405).header('Allow', 'POST').send('<p>no</p>');
  }
}` }] },
      ],
    },
    {
      // After the handler's method branches that return: the methods they serve.
      code: `function h(req, res) {
  if (!req.user) return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  if (req.method === 'GET') return res.json(list());
  if (req.method === 'POST' || req.method === 'PUT') {
    save(req.body);
    return res.status(204).end();
  }
  res.status(405).end();
}`,
      errors: [
        { messageId: 'missingAllow', line: 8, column: 14, suggestions: [{ messageId: 'addAllow', output: `function h(req, res) {
  if (!req.user) return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  if (req.method === 'GET') return res.json(list());
  if (req.method === 'POST' || req.method === 'PUT') {
    save(req.body);
    return res.status(204).end();
  }
  res.status(405).header('Allow', 'GET, POST, PUT').end();
}` }] },
      ],
    },
    {
      // A method test the rule cannot read may serve any method: no suggestion.
      code: `function h(req, res) {
  if (ALLOWED.has(req.method)) return res.json(list());
  res.status(405).end();
}`,
      errors: [{ messageId: 'missingAllow', line: 3, column: 14, suggestions: [] }],
    },
    {
      // A method branch that does not return: the 405 may follow it, so no suggestion from it.
      code: `function h(req, res) {
  if (req.method === 'GET') log('get');
  res.status(405).end();
}`,
      errors: [{ messageId: 'missingAllow', line: 3, column: 14, suggestions: [] }],
    },
    {
      // Method branches that end in a try whose block and catch both return (papermark's webhooks route).
      code: `async function h(req, res) {
  if (req.method === 'DELETE') {
    try {
      await remove(req.body.id);
      return res.status(200).json({ ok: true });
    } catch (error) {
      return res.status(500).json({ error: 'failed' });
    }
  }
  return res.status(405).json({ error: 'Method not allowed' });
}`,
      errors: [
        { messageId: 'missingAllow', line: 10, column: 21, suggestions: [{ messageId: 'addAllow', output: `async function h(req, res) {
  if (req.method === 'DELETE') {
    try {
      await remove(req.body.id);
      return res.status(200).json({ ok: true });
    } catch (error) {
      return res.status(500).json({ error: 'failed' });
    }
  }
  return res.status(405).header('Allow', 'DELETE').json({ error: 'Method not allowed' });
}` }] },
      ],
    },
    {
      // A Remix route module: its loader serves GET, its action the rest.
      code: `import { json } from '@remix-run/node';
export async function loader() { return json(await list()); }
export async function action({ request }) {
  if (request.method !== 'POST') return json({ error: 'Method not allowed' }, { status: 405 });
  return json(await create(request));
}`,
      errors: [
        { messageId: 'missingAllow', line: 4, column: 89, suggestions: [{ messageId: 'addAllow', output: `import { json } from '@remix-run/node';
export async function loader() { return json(await list()); }
export async function action({ request }) {
  if (request.method !== 'POST') return json({ error: 'Method not allowed' }, { status: 405, headers: { Allow: 'GET, POST' } });
  return json(await create(request));
}` }] },
      ],
    },
    {
      // The method in lower case, compared with a lower-case name; no loader, so only the action's method.
      code: `export async function action({ request }) {
  if (request.method.toLowerCase() !== 'post') return new Response('Method not allowed', { status: 405 });
}`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 100, suggestions: [{ messageId: 'addAllow', output: `export async function action({ request }) {
  if (request.method.toLowerCase() !== 'post') return new Response('Method not allowed', { status: 405, headers: { Allow: 'POST' } });
}` }] },
      ],
    },
    {
      // The action made by a builder of the project's, as trigger.dev's admin pages do.
      code: `export const loader = dashboardLoader(async () => ({ ok: true }));
export const action = dashboardAction(async ({ request }) => {
  if (request.method.toLowerCase() !== 'post') return new Response('Method not allowed', { status: 405 });
});`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 100, suggestions: [{ messageId: 'addAllow', output: `export const loader = dashboardLoader(async () => ({ ok: true }));
export const action = dashboardAction(async ({ request }) => {
  if (request.method.toLowerCase() !== 'post') return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, POST' } });
});` }] },
      ],
    },
    {
      // The method tests in a block of their own (Cloudflare's LLM chat template): the earlier returns there count.
      code: `export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === '/api/chat') {
      if (request.method === 'POST') return handleChatRequest(request, env);
      return new Response('Method not allowed', { status: 405 });
    }
  },
};`,
      errors: [
        { messageId: 'missingAllow', line: 6, column: 59, suggestions: [{ messageId: 'addAllow', output: `export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === '/api/chat') {
      if (request.method === 'POST') return handleChatRequest(request, env);
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'POST' } });
    }
  },
};` }] },
      ],
    },
    {
      // A 405 in the loader of a module that also has an action: the action's methods are served too, and not
      // known here (trigger.dev's realtime streams route): no suggestion.
      code: `const loader = createLoaderApiRoute({}, async ({ request }) => {
  if (request.method !== 'HEAD') return new Response('Only HEAD', { status: 405 });
});
const { action } = createActionApiRoute({}, async () => new Response(null));
export { action, loader };`,
      errors: [{ messageId: 'missingAllow', line: 2, column: 77, suggestions: [] }],
    },
  ],
});
