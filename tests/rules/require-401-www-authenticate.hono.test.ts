import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

const hono = `import { Hono } from 'hono';\nconst app = new Hono();\n`;

// Hono: the context's senders, c.header(), HTTPException.
ruleTester.run('require-401-www-authenticate (hono)', rule, {
  valid: [
    `import { createMiddleware } from 'hono/factory';\nexport const auth = createMiddleware(async (c, next) => {\n  c.header('WWW-Authenticate', 'Bearer');\n  return c.json({ error: 'login' }, 401);\n});`,
    `${hono}app.get('/me', (c) => c.json({ error: 'login' }, 401, { 'WWW-Authenticate': 'Bearer' }));`,
    `${hono}app.get('/me', (c) => c.json({ error: 'login' }, { status: 401, headers: { 'www-authenticate': 'Bearer' } }));`,
    // c.header() on the same context before the send, on every path.
    `${hono}app.get('/me', (c) => {\n  c.header('WWW-Authenticate', 'Bearer');\n  if (c.req.header('Accept') === 'text/html') return c.html('<p>Login first</p>', 401);\n  return c.text('Login first', 401);\n});`,
    // Unknown headers: a variable, a spread, the context handed to a helper.
    `${hono}app.get('/me', (c) => c.json({}, 401, authHeaders));`,
    `${hono}app.get('/me', (c) => c.json({}, 401, { ...authHeaders }));`,
    `${hono}app.get('/me', async (c) => { await challenge(c); return c.body(null, 401); });`,
    // An unresolved status.
    `${hono}app.get('/me', (c) => c.json({}, c.get('code')));`,
    // HTTPException with a res that carries its own headers, as Hono's bearerAuth does.
    `import { HTTPException } from 'hono/http-exception';\nthrow new HTTPException(401, { res: new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm=""' } }) });`,
  ],
  invalid: [
    {
      code: `${hono}app.get('/me', (c) => c.json({ error: 'no' }, c.get('user') ? 403 : 401));`,
      errors: [missing(3, 69, `${hono}app.get('/me', (c) => c.json({ error: 'no' }, c.get('user') ? 403 : 401, { 'WWW-Authenticate': 'Bearer' }));`)],
    },
    {
      // A challenge set on one path only: the other path answers a bare 401.
      code: `${hono}app.get('/me', (c) => {\n  if (c.req.header('Accept') !== 'text/html') c.header('WWW-Authenticate', 'Bearer');\n  return c.text('Login first', 401);\n});`,
      errors: [missing(5, 32, `${hono}app.get('/me', (c) => {\n  if (c.req.header('Accept') !== 'text/html') c.header('WWW-Authenticate', 'Bearer');\n  return c.text('Login first', 401, { 'WWW-Authenticate': 'Bearer' });\n});`)],
    },
    {
      code: `import { createMiddleware } from 'hono/factory';\nexport const auth = createMiddleware(async (c, next) => {\n  if (!c.req.header('Authorization')) return c.json({ error: 'login' }, 401);\n  await next();\n});`,
      errors: [missing(3, 73, `import { createMiddleware } from 'hono/factory';\nexport const auth = createMiddleware(async (c, next) => {\n  if (!c.req.header('Authorization')) return c.json({ error: 'login' }, 401, { 'WWW-Authenticate': 'Bearer' });\n  await next();\n});`)],
    },
    {
      code: `import { factory } from './factory';\nexport const handlers = factory.createHandlers((c) => c.json({ error: 'login' }, 401));`,
      errors: [missing(2, 82, `import { factory } from './factory';\nexport const handlers = factory.createHandlers((c) => c.json({ error: 'login' }, 401, { 'WWW-Authenticate': 'Bearer' }));`)],
    },
    {
      code: `import { Hono } from 'hono';\nconst app = new Hono();\nconst corsHeaders = { 'Access-Control-Allow-Origin': '*' };\napp.get('/me', (c) => c.json({ error: 'login' }, 401, { ...corsHeaders }));`,
      errors: [missing(4, 50, `import { Hono } from 'hono';\nconst app = new Hono();\nconst corsHeaders = { 'Access-Control-Allow-Origin': '*' };\napp.get('/me', (c) => c.json({ error: 'login' }, 401, { ...corsHeaders, 'WWW-Authenticate': 'Bearer' }));`)],
    },
    {
      code: `${hono}app.get('/me', (c) => c.json({ error: 'login' }, 401));`,
      errors: [missing(3, 50, `${hono}app.get('/me', (c) => c.json({ error: 'login' }, 401, { 'WWW-Authenticate': 'Bearer' }));`)],
    },
    {
      code: `${hono}app.get('/me', (c) => c.text('Login first', 401, { 'Cache-Control': 'no-store' }));`,
      errors: [missing(3, 45, `${hono}app.get('/me', (c) => c.text('Login first', 401, { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' }));`)],
    },
    {
      code: `${hono}app.get('/me', (c) => c.json({}, { status: 401 }));`,
      errors: [missing(3, 44, `${hono}app.get('/me', (c) => c.json({}, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }));`)],
    },
    {
      // Another header on the same context is no challenge.
      code: `${hono}app.get('/me', (c) => {\n  c.header('Cache-Control', 'no-store');\n  return c.body(null, 401);\n});`,
      errors: [missing(5, 23, `${hono}app.get('/me', (c) => {\n  c.header('Cache-Control', 'no-store');\n  return c.body(null, 401, { 'WWW-Authenticate': 'Bearer' });\n});`)],
    },
    {
      // HTTPException without res: Hono sends the message and no challenge; no sound edit.
      code: `import { HTTPException } from 'hono/http-exception';\nthrow new HTTPException(401, { message: 'Login first' });`,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 25, suggestions: [] }],
    },
  ],
});
