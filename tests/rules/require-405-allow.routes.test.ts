import rule from '../../rules/require-405-allow.js';
import { ruleTester } from '../ruleTester.js';

// The methods a 405 handler's path serves, read from the other routes of that path on the same router.
ruleTester.run('require-405-allow (routes of the same path)', rule, {
  valid: [
    // The catch-all with Allow from the routes before it.
    `app.get('/items', list);
app.all('/items', (req, res) => res.set('Allow', 'GET').sendStatus(405));`,
  ],
  invalid: [
    {
      // Express: a catch-all after the path's routes.
      code: `app.get('/items', list);
app.post('/items', auth, create);
app.all('/items', (req, res) => res.sendStatus(405));`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 48, suggestions: [{ messageId: 'addAllow', output: `app.get('/items', list);
app.post('/items', auth, create);
app.all('/items', (req, res) => res.header('Allow', 'GET, POST').sendStatus(405));` }] },
      ],
    },
    {
      // A route after the catch-all is never reached for its method; other paths and routers do not count.
      code: `api.get('/items', list);
app.get('/other', other);
app.all('/items', (req, res) => res.sendStatus(405));
app.get('/items', list);`,
      errors: [{ messageId: 'missingAllow', line: 3, column: 48, suggestions: [] }],
    },
    {
      // An earlier catch-all of the same path: what reaches this one is not known.
      code: `app.get('/items', list);
app.all('/items', audit);
app.all('/items', (req, res) => res.sendStatus(405));`,
      errors: [{ messageId: 'missingAllow', line: 3, column: 48, suggestions: [] }],
    },
    {
      // Stubs for the methods the path does not serve: each lists the served ones, not the other stub.
      code: `function routes(router) {
  router.get('/items', list);
  router.put('/items', (req, res) => res.sendStatus(405));
  router.delete('/items', notAllowed);
}
function notAllowed(req, res) { return res.sendStatus(405); }`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 53, suggestions: [{ messageId: 'addAllow', output: `function routes(router) {
  router.get('/items', list);
  router.put('/items', (req, res) => res.header('Allow', 'GET').sendStatus(405));
  router.delete('/items', notAllowed);
}
function notAllowed(req, res) { return res.sendStatus(405); }` }] },
        { messageId: 'missingAllow', line: 6, column: 55, suggestions: [] },
      ],
    },
    {
      // Fastify: a route object for the methods the path does not serve; routes after it count too.
      code: `fastify.route({ method: ['PUT', 'DELETE'], url: '/items', handler: async (request, reply) => reply.code(405).send() });
fastify.get('/items', list);`,
      errors: [
        { messageId: 'missingAllow', line: 1, column: 105, suggestions: [{ messageId: 'addAllow', output: `fastify.route({ method: ['PUT', 'DELETE'], url: '/items', handler: async (request, reply) => reply.code(405).header('Allow', 'GET').send() });
fastify.get('/items', list);` }] },
      ],
    },
    {
      // Hono: routes chained on the app, and \`on\` with a list of methods.
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/items', list).post('/items', create);
app.on(['PUT', 'DELETE'], '/items', (c) => c.json({ error: 'no' }, 405));`,
      errors: [
        { messageId: 'missingAllow', line: 4, column: 68, suggestions: [{ messageId: 'addAllow', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/items', list).post('/items', create);
app.on(['PUT', 'DELETE'], '/items', (c) => c.json({ error: 'no' }, 405, { Allow: 'GET, POST' }));` }] },
      ],
    },
    {
      // koa-router's named route: the path is the second string.
      code: `import createError from 'http-errors';
router.get('items', '/items', list);
router.all('/items', (ctx, next) => next(createError(405)));`,
      errors: [
        { messageId: 'missingAllow', line: 3, column: 54, suggestions: [{ messageId: 'addAllow', output: `import createError from 'http-errors';
router.get('items', '/items', list);
router.all('/items', (ctx, next) => next(createError(405, { headers: { Allow: 'GET' } })));` }] },
      ],
    },
    {
      // Hapi: a '*' route takes what the path's other routes do not, wherever they are. 
      code: `server.route([
  { method: '*', path: '/items', handler: (request, h) => h.response({ error: 'no' }).code(405) },
  { method: 'GET', path: '/items', handler: list },
]);`,
      errors: [{ messageId: 'missingAllow', line: 2, column: 92, suggestions: [{ messageId: 'addAllow', output: `server.route([
  { method: '*', path: '/items', handler: (request, h) => h.response({ error: 'no' }).code(405).header('Allow', 'GET') },
  { method: 'GET', path: '/items', handler: list },
]);` }] }],
    },
    {
      // Hono: a catch-all chained after the path's route.
      code: `import { Hono } from 'hono';
new Hono().get('/items', list).all('/items', (c) => c.body(null, 405));`,
      errors: [
        { messageId: 'missingAllow', line: 2, column: 66, suggestions: [{ messageId: 'addAllow', output: `import { Hono } from 'hono';
new Hono().get('/items', list).all('/items', (c) => c.body(null, 405, { Allow: 'GET' }));` }] },
      ],
    },
    {
      // A catch-all of the path beside a route for some methods may serve anything: no suggestion.
      code: `server.route([
  { method: 'PUT', path: '/items', handler: (request, h) => h.response().code(405) },
  { method: '*', path: '/items', handler: proxy },
  { method: 'GET', path: '/items', handler: list },
]);`,
      errors: [{ messageId: 'missingAllow', line: 2, column: 79, suggestions: [] }],
    },
  ],
});
