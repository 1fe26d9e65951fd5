import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

// Web Response: Next.js route handlers, Remix / React Router, SvelteKit, Workers.
ruleTester.run('require-202-location (web-response)', rule, {
  valid: [
    `export function POST() { return new Response('Accepted; status at /jobs/1', { status: 202 }); }`,
    'export function POST() { return new Response(`Accepted: ${statusUrl}`, { status: 202 }); }',
    `export function POST() { return new Response(null, { status: 202, headers: { Location: '/jobs/1' } }); }`,
    `export function POST() { return Response.json({ id: 1 }, { status: 202, headers: new Headers({ 'Operation-Location': '/ops/1' }) }); }`,
    `export function POST() { return new Response(null, { status: 202, headers: [['Content-Location', '/jobs/1']] }); }`,
    // A monitor link in the literal body.
    `import { NextResponse } from 'next/server';\nexport function POST() { return NextResponse.json({ id: 1, statusUrl: '/jobs/1' }, { status: 202 }); }`,
    `export function POST() { return new Response(JSON.stringify({ _links: { self: { href: '/jobs/1' } } }), { status: 202 }); }`,
    // A body or headers we cannot read.
    `export function POST() { return Response.json(job, { status: 202 }); }`,
    `export function POST(req, headers) { return new Response(null, { status: 202, headers }); }`,
    // A status we cannot read.
    `export function POST(req, init) { return new Response(null, { ...init }); }`,
  ],
  invalid: [
    {
      code: `export function POST() { return new Response('Accepted', { status: 202 }); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 68 }],
    },
    {
      code: `export function POST() {\n  return new Response(null, { status: 202 });\n}`,
      errors: [{ messageId: 'missingMonitor', line: 2, column: 39 }],
    },
    {
      // Retry-After alone is no pointer; neither is an id in the body.
      code: `import { data } from 'react-router';\nexport const action = () => data({ id: 1 }, { status: 202, headers: { 'Retry-After': '5' } });`,
      errors: [{ messageId: 'missingMonitor', line: 2, column: 55 }],
    },
    {
      code: `import { json } from '@remix-run/node';\nexport const action = () => json({ id: 1 }, 202);`,
      errors: [{ messageId: 'missingMonitor', line: 2, column: 45 }],
    },
  ],
});
