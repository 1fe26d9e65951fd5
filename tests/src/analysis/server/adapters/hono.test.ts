import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

const hono = `import { Hono } from 'hono';\nconst app = new Hono();\n`;

ruleTester.run('hono adapter', siteProbe, {
  valid: [
    // Not Hono: a factory-named method whose function takes Express' three parameters.
    `factory.createHandlers((req, res, next) => req.json({}, 401));`,
    // No status argument: 200 (or whatever c.status() set, which the express adapter reads).
    `${hono}app.get('/', (c) => c.json({ ok: true }));`,
    // An unresolved status.
    `${hono}app.get('/', (c) => c.json({}, c.get('status')));`,
    // Not a Hono context: a file without Hono, where the function is no route handler.
    `function send(res) { return res.json({ error: 'x' }, 401); }`,
    // Not a Hono context: Express' (req, res) has no req.json(body, status), and three parameters are no Hono handler.
    `router.get('/', (req, res, next) => req.json({}, 401));`,
    // Not the context: a second parameter.
    `${hono}app.get('/', (c, next) => next.json({}, 401));`,
    // HTTPException with a res: headers unknown. Not Hono's: somebody else's class.
    `import { HTTPException } from 'hono/http-exception';\nthrow new HTTPException(401, { res: unauthorized() });`,
    `import { HTTPException } from 'hono/http-exception';\nthrow new HTTPException(401, options);`,
    `import { HTTPException } from './errors';\nthrow new HTTPException(401);`,
  ],
  invalid: [
    {
      // hono/factory: createMiddleware, a factory's createMiddleware and createHandlers (the file imports hono/factory).
      code: `import { createFactory, createMiddleware } from 'hono/factory';\nexport const auth = createMiddleware(async (c, next) => {\n  if (!c.req.header('Authorization')) return c.json({ error: 'login' }, 401);\n  await next();\n});\nconst factory = createFactory();\nexport const mw = factory.createMiddleware(async (c, next) => c.text('no', 401));\nexport const handlers = factory.createHandlers((c) => c.body(null, 202));\nexport const direct = createFactory().createMiddleware(async (c, next) => c.json({}, 401));`,
      errors: [
        site('hono 401 headers=[] complete body=object(error) fix', 3),
        site('hono 401 headers=[] complete body=text fix', 7),
        site('hono 202 headers=[] complete body=none fix', 8),
        site('hono 401 headers=[] complete body=object() fix', 9),
      ],
    },
    {
      // A factory made in another file: no Hono import here, the factory's methods mark the handlers.
      code: `import { factory } from './factory';\nexport const handlers = factory.createHandlers(logger(), (c) => c.json({ error: 'login' }, 401));\nexport const mw = factory.createMiddleware(async (c, next) => { await next(); c.res = c.text('no', 401); });`,
      errors: [site('hono 401 headers=[] complete body=object(error) fix', 2), site('hono 401 headers=[] complete body=text fix', 3)],
    },
    {
      code: `${hono}app.get('/me', (c) => c.json({ error: 'login' }, 401));`,
      errors: [site('hono 401 headers=[] complete body=object(error) fix', 3, 50)],
    },
    {
      // c.header() on the same context counts, before or after.
      code: `${hono}app.post('/jobs', async (c) => {\n  c.header('Location', '/jobs/1');\n  return c.body(null, 202);\n});`,
      errors: [site('hono 202 headers=[location] complete body=none fix', 5, 23)],
    },
    {
      // The third argument holds headers.
      code: `${hono}app.get('/me', (c) => c.text('Login first', 401, { 'WWW-Authenticate': 'Bearer' }));`,
      errors: [site('hono 401 headers=[www-authenticate] complete body=text fix')],
    },
    {
      // A ResponseInit as second argument.
      code: `${hono}app.get('/me', (c) => c.json({}, { status: 401, headers: { 'Cache-Control': 'no-store' } }));`,
      errors: [site('hono 401 headers=[cache-control] complete body=object() fix')],
    },
    {
      // A variable headers object is unknown.
      code: `${hono}app.get('/me', (c) => c.json({}, 401, corsHeaders));`,
      errors: [site('hono 401 headers=[] incomplete body=object() nofix')],
    },
    {
      // A typed helper in a file that imports Hono.
      code: `import type { Context } from 'hono';\nexport const unauthorized = (ctx: Context) => ctx.html('<p>Login</p>', 401);`,
      errors: [site('hono 401 headers=[] complete body=text(link) fix')],
    },
    {
      // Without a Hono import, a route handler's first parameter.
      code: `app.get('/me', (c) => c.newResponse(null, 401));`,
      errors: [site('hono 401 headers=[] complete body=none fix')],
    },
    {
      // The context handed to a helper may get the header there.
      code: `${hono}app.get('/me', (c) => { setChallenge(c); return c.json({}, 401); });`,
      errors: [site('hono 401 headers=[] incomplete body=object() fix')],
    },
    {
      code: `import { HTTPException } from 'hono/http-exception';\nthrow new HTTPException(401, { message: 'Login first' });`,
      errors: [site('hono 401 headers=[] complete body=unknown nofix', 2, 25)],
    },
  ],
});
