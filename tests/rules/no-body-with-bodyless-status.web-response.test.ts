import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

// Web Response (Next.js, Remix / React Router, SvelteKit, Workers, Deno, Bun): a body with a null-body status
// throws a TypeError in the Response constructor, `''` included.
ruleTester.run('no-body-with-bodyless-status (web-response)', rule, {
  valid: [
    `export function DELETE() { return new Response(null, { status: 204 }); }`,
    `export function DELETE() { return new Response(undefined, { status: 204 }); }`,
    `export function GET() { return new Response(null, { status: 304, headers: { ETag: etag } }); }`,
    // A body that may be null.
    `export function DELETE() { return new Response(body ? body : null, { status: 204 }); }`,
    // A status chosen by a condition, with a body we cannot read: the condition may be about the body.
    `export function GET(req) { return new Response(stream, { status: fresh ? 304 : 200 }); }`,
    // Other statuses; a local class named Response is not the Fetch one.
    `export function GET() { return Response.json({ ok: true }, { status: 200 }); }`,
    `class Response { constructor(b, i) {} }\nexport const GET = () => new Response('x', { status: 204 });`,
  ],
  invalid: [
    {
      code: `export function DELETE() { return new Response(JSON.stringify({ ok: true }), { status: 204 }); }`,
      errors: [
        withBody(1, 88, {
          removeBody: { edit: '`null` as the body', output: `export function DELETE() { return new Response(null, { status: 204 }); }` },
          answerOk: `export function DELETE() { return new Response(JSON.stringify({ ok: true }), { status: 200 }); }`,
        }),
      ],
    },
    {
      // Even '' is a body for Fetch.
      code: `export function GET() { return new Response('', { status: 304, headers: { ETag: etag } }); }`,
      errors: [
        withBody(1, 59, {
          removeBody: { edit: '`null` as the body', output: `export function GET() { return new Response(null, { status: 304, headers: { ETag: etag } }); }` },
          answerOk: `export function GET() { return new Response('', { status: 200, headers: { ETag: etag } }); }`,
        }),
      ],
    },
    {
      // NextResponse.json(x, init) becomes new NextResponse(null, init): json(null) would still send `null`.
      code: `import { NextResponse } from 'next/server';\nexport async function DELETE() {\n  await db.remove();\n  return NextResponse.json({ deleted: true }, { status: 204 });\n}`,
      errors: [
        withBody(4, 57, {
          removeBody: {
            edit: '`new NextResponse(null, …)`',
            output: `import { NextResponse } from 'next/server';\nexport async function DELETE() {\n  await db.remove();\n  return new NextResponse(null, { status: 204 });\n}`,
          },
          answerOk: `import { NextResponse } from 'next/server';\nexport async function DELETE() {\n  await db.remove();\n  return NextResponse.json({ deleted: true }, { status: 200 });\n}`,
        }),
      ],
    },
    {
      code: `export const DELETE = () => Response.json(result, { status: HttpStatus.NO_CONTENT });`,
      errors: [
        withBody(1, 61, {
          removeBody: { edit: '`new Response(null, …)`', output: `export const DELETE = () => new Response(null, { status: HttpStatus.NO_CONTENT });` },
          answerOk: `export const DELETE = () => Response.json(result, { status: 200 });`,
        }),
      ],
    },
    {
      // A shared init: its status is not this response's to change, the body is not next to it.
      code: `const init = { status: 204 };\nexport const GET = () => new Response('gone', init);`,
      errors: [withBody(1, 24)],
    },
    {
      code: `class Empty extends Response { constructor() { super('nothing', { status: 205 }); } }`,
      errors: [
        withBody(1, 75, {
          removeBody: { edit: '`null` as the body', output: `class Empty extends Response { constructor() { super(null, { status: 205 }); } }` },
          answerOk: `class Empty extends Response { constructor() { super('nothing', { status: 200 }); } }`,
        }),
      ],
    },
    {
      code: `import { json } from '@remix-run/node';\nexport const action = () => json({ ok: true }, 204);`,
      errors: [withBody(2, 48, { answerOk: `import { json } from '@remix-run/node';\nexport const action = () => json({ ok: true }, 200);` })],
    },
    {
      // A body with effects: only the status can change.
      code: `export async function GET() { return new Response(await render(), { status: 304 }); }`,
      errors: [withBody(1, 77, { answerOk: `export async function GET() { return new Response(await render(), { status: 200 }); }` })],
    },
  ],
});
