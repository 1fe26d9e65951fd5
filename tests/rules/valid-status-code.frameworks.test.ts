import rule from '../../rules/valid-status-code.js';
import { ruleTester } from '../ruleTester.js';

// Hapi: h.response(x).code(n), in the chain or on the response's variable.
ruleTester.run('valid-status-code (hapi)', rule, {
  valid: [
    `server.route({ method: 'GET', path: '/', handler: (request, h) => h.response(x).code(201) });`,
    `const handler = (request, h) => { const response = h.response(x); response.code(cond ? 200 : 404); return response; };`,
    // Not a Hapi response: a value made elsewhere (`build()`), an error's code, a code generator.
    `const handler = (request, h) => { const out = build(); return out.code(600); };`,
    `err.code(1000); generator.code(600);`,
  ],
  invalid: [
    {
      code: `server.route({ method: 'GET', path: '/', handler: (request, h) => h.response(x).code(600) });`,
      errors: [{ messageId: 'outOfRange', data: { value: '600', api: 'Hapi' }, line: 1, column: 86 }],
    },
    {
      code: `const handler = (request, h) => { const response = h.response(x); response.code(0); return response; };`,
      errors: [{ messageId: 'outOfRange', data: { value: '0', api: 'Hapi' } }],
    },
    {
      // Hapi asserts an integer: a numeric string throws.
      code: `const handler = (request, h) => h.response(x).code('404');`,
      errors: [
        {
          messageId: 'stringStatus',
          data: { text: `'404'`, api: 'Hapi', fate: 'rejects', value: '404' },
          suggestions: [{ messageId: 'useNumber', output: `const handler = (request, h) => h.response(x).code(404);` }],
        },
      ],
    },
    { code: `const handler = (request, h) => h.response(x).code(404.5);`, errors: [{ messageId: 'notInteger' }] },
  ],
});

// React Router / Remix `data(b, init | status)`, `json(b, …)`; SvelteKit `json/text(b, init)`.
ruleTester.run('valid-status-code (react router, sveltekit)', rule, {
  valid: [
    `import { data } from 'react-router'; export async function loader() { return data({ user }, 404); }`,
    `import { json } from '@remix-run/node'; export const loader = () => json({ ok: true }, { status: 201, headers });`,
    `import { json } from '@sveltejs/kit'; export function GET() { return json(list, { status: 200 }); }`,
    // Not the routers' helpers: a local \`data\`, an init with no status, SvelteKit's json with a bare number (not its API).
    `const data = (x, n) => x; data(value, 600);`,
    `import { data } from 'react-router'; export const loader = () => data(value, { headers });`,
    `import { json } from '@sveltejs/kit'; export function GET() { return json(list, 600); }`,
  ],
  invalid: [
    {
      code: `import { data } from 'react-router'; export async function loader() { return data({ error: 'gone' }, 600); }`,
      errors: [{ messageId: 'outOfRange', data: { value: '600', api: 'React Router' } }],
    },
    {
      // A Fetch Response cannot carry a 1xx.
      code: `import { json as remixJson } from '@remix-run/node'; export const loader = () => remixJson(null, { status: 101 });`,
      errors: [{ messageId: 'outOfFetchRange', data: { value: '101', api: 'React Router' } }],
    },
    {
      code: `import { text } from '@sveltejs/kit'; export function GET() { return text('x', { status: 1000 }); }`,
      errors: [{ messageId: 'outOfRange', data: { value: '1000', api: 'SvelteKit' } }],
    },
  ],
});

// Koa and Fastify: ctx.status / ctx.throw, reply.code / reply.status / reply.redirect.
ruleTester.run('valid-status-code (koa, fastify)', rule, {
  valid: [
    `app.use(async (ctx) => { ctx.status = 204; });`,
    `app.use(async (ctx) => { ctx.response.status = 404; });`,
    `app.use(async (ctx) => { ctx.throw(404, 'missing'); });`,
    `app.use(async (ctx) => { ctx.throw('name required', 400); });`,
    // Koa's `response` is a setter, not Express's method.
    `import Koa from 'koa'; app.use(async ({ response }) => { response.status = 404; });`,
    // `context` is Koa's only where the file imports Koa: a state machine's `context.status` is not.
    `machine.on('x', (context) => { context.status = 0; });`,
    `import { HttpStatus } from '@nestjs/common'; fastify.get('/', async (request, reply) => reply.code(HttpStatus.OK).send(x));`,
    // Fastify coerces a numeric string with Number(code).
    `fastify.get('/', async (request, reply) => reply.code('201').send(x));`,
    `fastify.get('/', async (request, reply) => reply.status(cond ? 200 : 404).send(x));`,
    `fastify.get('/', async (request, reply) => reply.redirect('/login', 303));`,
  ],
  invalid: [
    { code: `app.use(async (ctx) => { ctx.status = 600; });`, errors: [{ messageId: 'outOfRange', data: { value: '600', api: 'Koa' }, column: 39 }] },
    {
      code: `app.use(async (ctx) => { ctx.status = '404'; });`,
      errors: [{ messageId: 'stringStatus', data: { text: `'404'`, api: 'Koa', fate: 'rejects', value: '404' }, suggestions: [{ messageId: 'useNumber', output: `app.use(async (ctx) => { ctx.status = 404; });` }] }],
    },
    { code: `app.use(async (ctx) => { ctx.response.status = 0; });`, errors: [{ messageId: 'outOfRange' }] },
    { code: `import Koa from 'koa'; app.use(async (context) => { context.status = 1000; });`, errors: [{ messageId: 'outOfRange' }] },
    { code: `app.use(async (ctx) => { ctx.throw(700, 'odd'); });`, errors: [{ messageId: 'outOfRange' }] },
    {
      // http-errors takes a string as the message and answers 500.
      code: `app.use(async (ctx) => { ctx.throw('404'); });`,
      errors: [{ messageId: 'stringStatus', data: { text: `'404'`, api: 'Koa', fate: 'takes as the message (and answers 500)', value: '404' }, suggestions: [{ messageId: 'useNumber', output: `app.use(async (ctx) => { ctx.throw(404); });` }] }],
    },
    { code: `app.use(async (ctx) => { ctx.throw('bad input', 600); });`, errors: [{ messageId: 'outOfRange' }] },
    { code: `fastify.get('/', async (request, reply) => reply.code(600).send(x));`, errors: [{ messageId: 'outOfRange', data: { value: '600', api: 'Fastify' } }] },
    { code: `fastify.get('/', async (request, reply) => reply.status(99).send(x));`, errors: [{ messageId: 'outOfRange' }] },
    { code: `fastify.get('/', async (request, reply) => reply.code('600').send(x));`, errors: [{ messageId: 'outOfRange' }] },
    { code: `fastify.get('/', async (request, reply) => reply.redirect('/login', 3030));`, errors: [{ messageId: 'outOfRange' }] },
  ],
});

// Web Response, Next.js, Hono.
ruleTester.run('valid-status-code (web, next, hono)', rule, {
  valid: [
    `export async function GET() { return new Response(null, { status: 204 }); }`,
    `export async function GET() { return Response.json(data, { status: 201 }); }`,
    `export async function GET() { return new Response(body, { status: 599, headers }); }`,
    `export async function GET() { return Response.redirect(url, 308); }`,
    `export async function GET() { return Response.redirect(url); }`,
    // A spread after the status may override it.
    `export async function GET() { return new Response(null, { status: 101, ...init }); }`,
    // Cloudflare Workers accept a WebSocket with a 101 (the workflows starter template's Durable Object).
    `export default { async fetch(request) { const [client, server] = Object.values(new WebSocketPair()); return new Response(null, { status: 101, webSocket: client }); } };`,
    // A local class named Response is not the Fetch one.
    `class Response { constructor(b, i) {} } new Response(null, { status: 101 });`,
    `import { NextResponse } from 'next/server'; export function middleware() { return NextResponse.next({ status: 200 }); }`,
    `import { Hono } from 'hono'; const app = new Hono(); app.get('/', (c) => c.json({ ok: true }, 201));`,
    `import { Hono } from 'hono'; app.get('/', (c) => { c.status(404); return c.text('missing'); });`,
    // A `c` that is no Hono context: no call hands it a handler.
    `const c = makeClient(); c.json(body, 100);`,
  ],
  invalid: [
    {
      code: `export async function GET() { return new Response(null, { status: 101 }); }`,
      errors: [{ messageId: 'outOfFetchRange', data: { value: '101', api: 'Response' }, column: 67 }],
    },
    { code: `export async function GET() { return Response.json({ error: 'x' }, { status: 600 }); }`, errors: [{ messageId: 'outOfRange' }] },
    { code: `const init = { status: 100 };\nexport async function GET() { return new Response('x', init); }`, errors: [{ messageId: 'outOfFetchRange', line: 1 }] },
    { code: `export async function GET() { return Response.redirect(url, 200); }`, errors: [{ messageId: 'notRedirect', data: { value: '200', api: 'Response.redirect' } }] },
    {
      code: `import { NextResponse } from 'next/server';\nexport async function POST() { return NextResponse.json({ error: 'x' }, { status: 1000 }); }`,
      errors: [{ messageId: 'outOfRange' }],
    },
    { code: `import { NextResponse } from 'next/server';\nexport function middleware(req) { return NextResponse.redirect(new URL('/login', req.url), 200); }`, errors: [{ messageId: 'notRedirect' }] },
    { code: `import { NextResponse } from 'next/server';\nexport function middleware(req) { return NextResponse.redirect(url, { status: 404 }); }`, errors: [{ messageId: 'notRedirect' }] },
    { code: `import { NextResponse } from 'next/server';\nexport function middleware() { return NextResponse.next({ status: 103 }); }`, errors: [{ messageId: 'outOfFetchRange' }] },
    { code: `import { Hono } from 'hono'; app.get('/', (c) => c.json({ ok: false }, 600));`, errors: [{ messageId: 'outOfRange', data: { value: '600', api: 'Hono' } }] },
    { code: `app.get('/', (c) => c.text('early', 103));`, errors: [{ messageId: 'outOfFetchRange' }] },
    { code: `import { Hono } from 'hono'; app.get('/', (c) => { c.status(999); return c.body(null); });`, errors: [{ messageId: 'outOfRange' }] },
    { code: `import { Hono } from 'hono'; app.get('/', (c) => c.redirect('/login', 200.5));`, errors: [{ messageId: 'notInteger' }] },
    { code: `import { HTTPException } from 'hono/http-exception'; throw new HTTPException(600, { message: 'x' });`, errors: [{ messageId: 'outOfRange' }] },
  ],
});

// Lambda, Azure Functions, NestJS, http-errors.
ruleTester.run('valid-status-code (lambda, azure, nestjs, http-errors)', rule, {
  valid: [
    `export const handler = async (event) => ({ statusCode: 200, body: '' });`,
    // Not a result: a helper's descriptor, a mocked client response, a test double.
    `function describe() { return { statusCode: 600, message: 'x' }; }`,
    `const fetchMock = vi.fn(() => ({ statusCode: 600, body: '' }));`,
    `return { statusCode: 600, body: { nested: true } };`,
    // Azure only where the file imports @azure/functions.
    `function f() { return { status: 600, body: 'x' }; }`,
    `import { Controller, HttpCode, HttpStatus } from '@nestjs/common';\nclass C { @HttpCode(HttpStatus.NO_CONTENT) remove() {} }`,
    `import { HttpException } from '@nestjs/common'; throw new HttpException('x', 409);`,
    `import createError from 'http-errors'; next(createError(404));`,
    // Another `HttpCode` is not Nest's.
    `class C { @HttpCode(600) remove() {} }`,
  ],
  invalid: [
    { code: `export const handler = async (event) => ({ statusCode: 600, body: '' });`, errors: [{ messageId: 'outOfRange', data: { value: '600', api: 'API Gateway' } }] },
    { code: `exports.handler = async function (event, context) { return { statusCode: 0 }; };`, errors: [{ messageId: 'outOfRange' }] },
    { code: `exports.handler = (event, context, callback) => { callback(null, { statusCode: 999, body: 'x' }); };`, errors: [{ messageId: 'outOfRange' }] },
    { code: `import { app } from '@azure/functions';\napp.http('x', { handler: async () => { return { status: 700, jsonBody: {} }; } });`, errors: [{ messageId: 'outOfRange', data: { value: '700', api: 'Azure Functions' } }] },
    { code: `import { Controller, HttpCode } from '@nestjs/common';\nclass C { @HttpCode(2040) remove() {} }`, errors: [{ messageId: 'outOfRange', data: { value: '2040', api: 'NestJS' } }] },
    { code: `import { HttpException } from '@nestjs/common'; throw new HttpException('x', 600);`, errors: [{ messageId: 'outOfRange' }] },
    { code: `import createError from 'http-errors'; next(createError(600, 'odd'));`, errors: [{ messageId: 'outOfRange', data: { value: '600', api: 'http-errors' } }] },
    {
      code: `const createError = require('http-errors'); throw createError('404');`,
      errors: [{ messageId: 'stringStatus', suggestions: [{ messageId: 'useNumber', output: `const createError = require('http-errors'); throw createError(404);` }] }],
    },
  ],
});
