import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

ruleTester.run('web Response adapter', siteProbe, {
  valid: [
    // No init: 200.
    `export function GET() { return new Response('hi'); }`,
    // A status that does not resolve, an init we cannot read.
    `export function GET(req, status) { return new Response(null, { status }); }`,
    `export function GET(req, init) { return new Response(null, init); }`,
    // A spread after the status may replace it.
    `export function GET(req, init) { return Response.json({}, { status: 401, ...init }); }`,
    // A local class named Response is not the Web Response.
    `class Response { constructor(b, i) {} }\nnew Response(null, { status: 401 });`,
    // A bare status is no init for the Response constructor.
    `new Response(null, 401);`,
    // json()/data() not from React Router or Remix, or SvelteKit: somebody else's helper.
    `import { json } from './http';\nexport const loader = () => json({ error: 'x' }, 401);`,
    `const json = (b, s) => b;\njson({}, 401);`,
    // A class that extends something else.
    `class Problem extends Error { constructor() { super('x', { status: 401 }); } }`,
    // A test's stand-in for a remote server (found in openstatusHQ/openstatus tests); a fetch assigned.
    `globalThis.fetch = spy(() => Promise.resolve(new Response(JSON.stringify({ error: 'x' }), { status: 401 })));`,
    `fetchMock = stub(globalThis, 'fetch', () => Promise.resolve(new Response(null, { status: 401 })));`,
    `vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 401 }));`,
    `const fetcher = vi.fn(async () => new Response(null, { status: 202 }));`,
    `window.fetch = async () => new Response(null, { status: 401 });`,
    `function createMockFetch() { return () => Promise.resolve(new Response(null, { status: 401 })); }`,
    // SvelteKit's error() throws an HttpError that SvelteKit renders itself: not recognised.
    `import { error } from '@sveltejs/kit';\nexport function load() { error(401, 'Login first'); }`,
  ],
  invalid: [
    {
      // A real server in a worker or a service worker is no test double.
      code: `export default { fetch: async () => new Response(null, { status: 401 }) };`,
      errors: [site('web-response 401 headers=[] complete body=none fix')],
    },
    {
      code: `self.addEventListener('fetch', (event) => event.respondWith(new Response(null, { status: 401 })));`,
      errors: [site('web-response 401 headers=[] complete body=none fix')],
    },
    {
      code: `export function GET() { return new Response('Login first', { status: 401 }); }`,
      errors: [site('web-response 401 headers=[] complete body=text fix', 1, 70)],
    },
    {
      code: `export function GET() { return Response.json({ error: 'x' }, { status: 401, headers: { 'Content-Type': 'application/json' } }); }`,
      errors: [site('web-response 401 headers=[content-type] complete body=object(error) fix', 1, 72)],
    },
    {
      // Headers from new Headers({…}), pairs, and a const with .set() mutations.
      code: `new Response(null, { status: 202, headers: new Headers({ Location: '/jobs/1' }) });`,
      errors: [site('web-response 202 headers=[location] complete body=none fix')],
    },
    {
      code: `new Response(null, { status: 202, headers: [['Retry-After', '5']] });`,
      errors: [site('web-response 202 headers=[retry-after] complete body=none fix')],
    },
    {
      code: `const headers = new Headers();\nheaders.set('Content-Location', '/jobs/1');\nnew Response(null, { status: 202, headers });`,
      errors: [site('web-response 202 headers=[content-location] complete body=none nofix', 3, 30)],
    },
    {
      // new Headers(existing): the existing headers are unknown.
      code: `export function GET(req) { return new Response(null, { status: 401, headers: new Headers(req.headers) }); }`,
      errors: [site('web-response 401 headers=[] incomplete body=none nofix')],
    },
    {
      // A spread before the status: the status is known, the headers are not.
      code: `export function GET(req, init) { return Response.json({}, { ...init, status: 401 }); }`,
      errors: [site('web-response 401 headers=[] incomplete body=object() nofix')],
    },
    {
      // A const init: read, not edited.
      code: `const UNAUTHORIZED = { status: 401 };\nexport const GET = () => new Response(null, UNAUTHORIZED);`,
      errors: [site('web-response 401 headers=[] complete body=none nofix', 1, 32)],
    },
    {
      code: `import { NextResponse } from 'next/server';\nexport function GET() { return NextResponse.json({ statusUrl: '/jobs/1' }, { status: 202 }); }`,
      errors: [site('web-response 202 headers=[] complete body=object(statusUrl) fix', 2, 86)],
    },
    {
      code: `import { NextResponse } from 'next/server';\nexport function middleware() { return new NextResponse('Auth required', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="x"' } }); }`,
      errors: [site('web-response 401 headers=[www-authenticate] complete body=text fix')],
    },
    {
      // React Router / Remix accept a bare status.
      code: `import { data } from 'react-router';\nexport const action = () => data({ error: 'x' }, 401);`,
      errors: [site('web-response 401 headers=[] complete body=object(error) fix', 2, 50)],
    },
    {
      code: `import { json as remixJson } from '@remix-run/node';\nexport const loader = () => remixJson({}, { status: StatusCodes.ACCEPTED, headers: { Location: '/jobs/1' } });`,
      errors: [site('web-response 202 headers=[location] complete body=object() fix')],
    },
    {
      code: `const { json } = require('@remix-run/server-runtime');\nexports.loader = () => json(null, 401);`,
      errors: [site('web-response 401 headers=[] complete body=none fix')],
    },
    {
      code: `import { json } from '@sveltejs/kit';\nexport function POST() { return json({ id: 1 }, { status: 202 }); }`,
      errors: [site('web-response 202 headers=[] complete body=object(id) fix')],
    },
    {
      // A class extending Response that passes its init to super.
      code: `class Unauthorized extends Response {\n  constructor(message) {\n    super(message, { status: 401, headers: { 'Content-Type': 'text/plain' } });\n  }\n}`,
      errors: [site('web-response 401 headers=[content-type] complete body=unknown fix', 3, 30)],
    },
  ],
});
