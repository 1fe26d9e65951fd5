import rule from '../../rules/require-redirect-location.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('require-redirect-location', rule, {
  valid: [
    // Express res.redirect sets Location (and the status).
    `app.get('/old', (req, res) => res.redirect(301, '/new'));`,
    // A status before res.redirect is another rule's (no-redirect-status-override): Location is set.
    `app.get('/old', (req, res) => res.status(301).redirect('/new'));`,
    // res.location before the status.
    `function h(req, res) { res.location('/new').status(308).end(); }`,
    // Node http.
    `function h(req, res) { res.writeHead(302, { Location: '/login' }); res.end(); }`,
    // Node http: setHeader after statusCode.
    `function h(req, res) { res.statusCode = 302; res.setHeader('Location', '/login'); res.end(); }`,
    // Koa: ctx.status = 301 then ctx.redirect keeps the 301.
    `router.get('/old', async (ctx) => { ctx.status = 301; ctx.redirect('/new'); });`,
    // Fastify: reply.code(n).redirect(url) keeps the code.
    `fastify.get('/old', async (request, reply) => reply.code(308).redirect('/new'));`,
    // Hapi: h.redirect(uri).code(n).
    `const handler = (request, h) => h.redirect('/new').code(301);`,
    // Web: Response.redirect and NextResponse.redirect.
    `import { NextResponse } from 'next/server';
export function GET(request) { return NextResponse.redirect(new URL('/new', request.url), 308); }`,
    // Web Response with Location.
    `export function GET() { return new Response(null, { status: 303, headers: { Location: '/done' } }); }`,
    // Hono c.redirect.
    `import { Hono } from 'hono';
app.get('/old', (c) => c.redirect('/new', 301));`,
    // Lambda.
    `export const handler = async () => ({ statusCode: 302, headers: { Location: '/login' }, body: '' });`,
    // Nest @Redirect with @HttpCode.
    `import { Controller, Get, HttpCode, Redirect } from '@nestjs/common';
@Controller()
class C {
  @Get('old')
  @HttpCode(301)
  @Redirect('/new')
  old() {}
}`,
    // 304 Not Modified is no redirect.
    `function h(req, res) { res.status(304).end(); }`,
    // CORS headers object spread plus Location.
    `const cors = { 'Access-Control-Allow-Origin': '*' };
export function GET() { return new Response(null, { status: 307, headers: { ...cors, Location: '/v2' } }); }`,
  ],
  invalid: [
    {
      // Express.
      code: `app.get('/old', (req, res) => { res.status(301).end(); });`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 44, suggestions: [] },
      ],
    },
    {
      // Node http.
      code: `function h(req, res) { res.writeHead(302); res.end(); }`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 38, suggestions: [] },
      ],
    },
    {
      // Node http.
      code: `function h(req, res) { res.statusCode = 307; res.end(); }`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 41, suggestions: [] },
      ],
    },
    {
      // Koa.
      code: `router.get('/old', async (ctx) => { ctx.status = 301; ctx.body = 'moved'; });`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 50, suggestions: [] },
      ],
    },
    {
      // Fastify.
      code: `fastify.get('/old', async (request, reply) => { reply.code(308).send(); });`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 60, suggestions: [] },
      ],
    },
    {
      // Hapi.
      code: `const handler = (request, h) => h.response('moved').code(301);`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 58, suggestions: [] },
      ],
    },
    {
      // Web Response.
      code: `export function GET() { return new Response(null, { status: 303 }); }`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 61, suggestions: [] },
      ],
    },
    {
      // AWS Lambda.
      code: `export const handler = async () => ({ statusCode: 302, body: '' });`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 51, suggestions: [] },
      ],
    },
    {
      // Hono.
      code: `import { Hono } from 'hono';
app.get('/old', (c) => { c.status(301); return c.body(null); });`,
      errors: [
        { messageId: 'missingLocation', line: 2, column: 35, suggestions: [] },
      ],
    },
    {
      // NestJS.
      code: `import { Controller, Get, HttpCode } from '@nestjs/common';
@Controller()
class C {
  @Get('old')
  @HttpCode(301)
  old() {}
}`,
      errors: [
        { messageId: 'missingLocation', line: 5, column: 13, suggestions: [] },
      ],
    },
    {
      // Express.
      code: `function h(req, res) { if (req.query.to) res.location(req.query.to); res.status(302).end(); }`,
      errors: [
        { messageId: 'missingLocation', line: 1, column: 81, suggestions: [] },
      ],
    },
    {
      // An error answered with a 3xx (dokploy): the message says what a 3xx does.
      code: `function h(req, res) { res.status(301).json({ message: 'Application Docker Image Name Not Found' }); }`,
      errors: [{ messageId: 'errorAsRedirect', line: 1, column: 35, suggestions: [] }],
    },
    {
      code: `export function GET() { return Response.json({ error: { message: 'Gone', code: 'gone' } }, { status: 302 }); }`,
      errors: [{ messageId: 'errorAsRedirect', line: 1, column: 102, suggestions: [] }],
    },
    {
      // A body with a target in it is no error body.
      code: `function h(req, res) { res.status(302).json({ message: 'Moved', url: next }); }`,
      errors: [{ messageId: 'missingLocation', line: 1, column: 35, suggestions: [] }],
    },
  ],
});
