import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

// Web Response: Next.js route handlers and middleware, Remix / React Router, SvelteKit, Workers, Deno, Bun.
ruleTester.run('require-401-www-authenticate (web-response)', rule, {
  valid: [
    // Neither branch is a 401, or the branch that is one does not resolve.
    `export function GET(req) { return Response.json({}, { status: req.user ? 403 : 404 }); }`,
    `export function GET(req) { return new Response(null, { status: req.user ? 200 : code }); }`,
    `const authHeaders = { 'WWW-Authenticate': 'Bearer' };\nexport function GET() {\n  return Response.json({ error: 'login' }, { status: 401, headers: { ...authHeaders } });\n}`,
    `export function GET() { return new Response('Login first', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); }`,
    // Any case, in new Headers({…}), in pairs, or set on a const Headers later.
    `export function GET() { return Response.json({ error: 'x' }, { status: 401, headers: new Headers({ 'www-authenticate': 'Basic' }) }); }`,
    `export function GET() { return new Response(null, { status: 401, headers: [['WWW-Authenticate', 'Bearer']] }); }`,
    `export function GET() {\n  const headers = new Headers({ 'Content-Type': 'text/plain' });\n  headers.set('WWW-Authenticate', 'Bearer');\n  return new Response('Login first', { status: 401, headers });\n}`,
    // Headers we cannot read: a parameter, new Headers(existing), a spread.
    `export function GET(req, headers) { return new Response(null, { status: 401, headers }); }`,
    `export function GET(req) { return new Response(null, { status: 401, headers: new Headers(req.headers) }); }`,
    `export function GET() { return new Response(null, { status: 401, headers: { ...corsHeaders } }); }`,
    // An init we cannot read, an unresolved status, a status a spread may replace.
    `export function GET(req, init) { return new Response(null, init); }`,
    `export function GET(req, status) { return Response.json({}, { status }); }`,
    `export function GET(req, init) { return new Response(null, { status: 401, ...init }); }`,
    // A json() helper of the app's own.
    `import { json } from '~/utils/http';\nexport const loader = () => json({ error: 'x' }, 401);`,
  ],
  invalid: [
    {
      // A status chosen in the init: the 401 branch is a 401 on its path; the edit at the init covers both.
      code: `export function GET(req) {\n  return Response.json({ error: 'no' }, { status: req.user ? 403 : 401 });\n}`,
      errors: [missing(2, 68, `export function GET(req) {\n  return Response.json({ error: 'no' }, { status: req.user ? 403 : 401, headers: { 'WWW-Authenticate': 'Bearer' } });\n}`)],
    },
    {
      code: `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nexport function GET() {\n  return Response.json({ error: 'login' }, { status: 401, headers: { ...corsHeaders } });\n}`,
      errors: [missing(3, 54, `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nexport function GET() {\n  return Response.json({ error: 'login' }, { status: 401, headers: { ...corsHeaders, 'WWW-Authenticate': 'Bearer' } });\n}`)],
    },
    {
      code: `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nexport function GET(request) {\n  return new Response(null, { status: 401, headers: { ...(request.cors ? corsHeaders : {}) } });\n}`,
      errors: [missing(3, 39, `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nexport function GET(request) {\n  return new Response(null, { status: 401, headers: { ...(request.cors ? corsHeaders : {}), 'WWW-Authenticate': 'Bearer' } });\n}`)],
    },
    {
      code: `export function GET() {\n  return new Response('Login first', { status: 401 });\n}`,
      errors: [
        missing(2, 48, `export function GET() {\n  return new Response('Login first', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });\n}`),
      ],
    },
    {
      // A literal headers object gets the property; a multi-line one keeps one property per line.
      code: `import { NextResponse } from 'next/server';\nexport function GET() {\n  return NextResponse.json({ error: 'x' }, {\n    status: 401,\n    headers: {\n      'Cache-Control': 'no-store',\n    },\n  });\n}`,
      errors: [
        missing(
          4,
          13,
          `import { NextResponse } from 'next/server';\nexport function GET() {\n  return NextResponse.json({ error: 'x' }, {\n    status: 401,\n    headers: {\n      'Cache-Control': 'no-store',\n      'WWW-Authenticate': 'Bearer',\n    },\n  });\n}`,
        ),
      ],
    },
    {
      code: `export function middleware() { return new NextResponse(null, { status: 401, headers: new Headers() }); }\nimport { NextResponse } from 'next/server';`,
      errors: [
        missing(
          1,
          72,
          `export function middleware() { return new NextResponse(null, { status: 401, headers: new Headers({ 'WWW-Authenticate': 'Bearer' }) }); }\nimport { NextResponse } from 'next/server';`,
        ),
      ],
    },
    {
      code: `new Response(null, { status: 401, headers: new Headers([['Content-Type', 'text/plain']]) });`,
      errors: [missing(1, 30, `new Response(null, { status: 401, headers: new Headers([['Content-Type', 'text/plain'], ['WWW-Authenticate', 'Bearer']]) });`)],
    },
    {
      // A const Headers read completely: reported, but the const is not edited.
      code: `const headers = new Headers();\nheaders.set('Content-Type', 'text/plain');\nexport const GET = () => new Response('no', { status: 401, headers });`,
      errors: [{ messageId: 'missingChallenge', line: 3, column: 55, suggestions: [] }],
    },
    {
      // React Router's bare status becomes an init.
      code: `import { data } from 'react-router';\nexport async function action() { return data({ error: 'Login first' }, 401); }`,
      errors: [
        missing(2, 72, `import { data } from 'react-router';\nexport async function action() { return data({ error: 'Login first' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); }`),
      ],
    },
    {
      code: `import { json } from '@sveltejs/kit';\nexport function GET() { return json({ error: 'x' }, { status: 401 }); }`,
      errors: [missing(2, 63, `import { json } from '@sveltejs/kit';\nexport function GET() { return json({ error: 'x' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); }`)],
    },
    {
      code: `class Unauthorized extends Response {\n  constructor() {\n    super(null, { status: 401 });\n  }\n}`,
      errors: [missing(3, 27, `class Unauthorized extends Response {\n  constructor() {\n    super(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });\n  }\n}`)],
    },
  ],
});
