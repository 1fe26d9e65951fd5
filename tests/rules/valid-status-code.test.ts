import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../rules/valid-status-code.js';
import plugin from '../../src/index.js';
import { ruleTester } from '../ruleTester.js';

// Express, Connect and Node http: res.status / sendStatus / redirect / statusCode / writeHead.
ruleTester.run('valid-status-code', rule, {
  valid: [
    `app.get('/', (req, res) => res.status(200).json(x));`,
    // Unknown statuses are silent: a parameter, a conversion, a lookup.
    `app.get('/', (req, res) => res.status(code).end());`,
    `app.get('/', (req, res) => res.status(Number('200')).end());`,
    `app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message }));`,
    // Both branches valid.
    `app.get('/', (req, res) => res.status(found ? 200 : 404).end());`,
    `res.statusCode = 599;`,
    `res.sendStatus(204);`,
    `res.writeHead(200, { 'Content-Type': 'text/plain' });`,
    `res.redirect(301, '/new');`,
    `res.redirect('/login');`,
    // Node and Fastify coerce a numeric string: no finding there.
    `res.statusCode = '200';`,
    `res.writeHead('200');`,
    // Not responses: a test's expectation, an error, a client response, a job, an unknown `this`.
    `expect(res.status).toBe(600);`,
    `expect(res.status).toHaveBeenCalledWith(600);`,
    `err.status = 999; err.statusCode = 999; next(err);`,
    `if (response.status === 600) retry();`,
    `job.status(600); this.status(0); order.code(1000);`,
    `const res = { status: jest.fn() }; res.status = jest.fn().mockReturnValue(res);`,
    // A hand-made object named res is no response: its `status` is whatever the test says.
    `const res = {}; res.status = 404; res.statusCode = 0;`,
    `let res = { status: () => res }; res.status(600);`,
    // A mock whose status method is replaced by a function is no mistake.
    `res.status = function (code) { this.statusCode = code; return this; };`,
    // Other objects' `status`: a component, a store, a Koa response.
    `this.status = 0; state.status = 1000; job.statusCode = -1;`,
    `import Koa from 'koa'; app.use(async (ctx) => { const { response } = ctx; response.status = 404; });`,
    // Non-numeric strings are not statuses we can judge.
    `res.status('ok');`,
    // Unregistered but in range: allowed by default.
    `res.status(299).end(); res.status(420).end();`,
    { code: `res.status(418).end(); res.status(429).end();`, options: [{ allowUnregistered: false }] },
    // Constant families only hold registered codes.
    `import { StatusCodes } from 'http-status-codes'; res.status(StatusCodes.OK).end();`,
  ],
  invalid: [
    {
      code: `app.get('/', (req, res) => res.status(600).end());`,
      errors: [{ messageId: 'outOfRange', data: { value: '600', api: 'Express 5' }, line: 1, column: 39 }],
    },
    {
      code: `const BROKEN = 999;\napp.get('/', (req, res) => res.status(BROKEN).end());`,
      errors: [{ messageId: 'outOfRange', line: 2, column: 39 }],
    },
    { code: `res.status(0).end();`, errors: [{ messageId: 'outOfRange' }] },
    { code: `res.status(-1).end();`, errors: [{ messageId: 'outOfRange', data: { value: '-1', api: 'Express 5' } }] },
    { code: `res.status(404.5).end();`, errors: [{ messageId: 'notInteger' }] },
    { code: `res.sendStatus(99);`, errors: [{ messageId: 'outOfRange' }] },
    // The invalid branch of a conditional, reported at that branch.
    {
      code: `res.status(ok ? 200 : 999).end();`,
      errors: [{ messageId: 'outOfRange', column: 23 }],
    },
    {
      code: `app.get('/', (req, res) => res.status('200').json(x));`,
      errors: [
        {
          messageId: 'stringStatus',
          data: { text: `'200'`, api: 'Express 5', fate: 'rejects', value: '200' },
          suggestions: [{ messageId: 'useNumber', output: `app.get('/', (req, res) => res.status(200).json(x));` }],
        },
      ],
    },
    {
      code: 'res.sendStatus(`404`);',
      errors: [{ messageId: 'stringStatus', suggestions: [{ messageId: 'useNumber', output: 'res.sendStatus(404);' }] }],
    },
    {
      // A const holding a string: reported at the use, no local edit.
      code: `const OK = '200';\nres.status(OK).end();`,
      errors: [{ messageId: 'stringStatus', line: 2, suggestions: [] }],
    },
    {
      // A string that is also out of range: the range is the finding.
      code: `res.status('600').end();`,
      errors: [{ messageId: 'outOfRange' }],
    },
    { code: `res.redirect('301', '/new');`, errors: [{ messageId: 'stringStatus', suggestions: [{ messageId: 'useNumber', output: `res.redirect(301, '/new');` }] }] },
    { code: `res.redirect(3000, '/new');`, errors: [{ messageId: 'outOfRange' }] },
    // Express 4's deprecated (url, status).
    { code: 'res.redirect(`/items/${id}`, 30);', errors: [{ messageId: 'outOfRange' }] },
    { code: `res.statusCode = 1000;`, errors: [{ messageId: 'outOfRange', data: { value: '1000', api: 'Node' } }] },
    { code: `this.res.statusCode = 0;`, errors: [{ messageId: 'outOfRange' }] },
    { code: `res.writeHead(700, { 'Content-Type': 'text/plain' });`, errors: [{ messageId: 'outOfRange', data: { value: '700', api: 'Node' } }] },
    // Receivers recognised by type and by position after `req`.
    { code: `function send(r: Response) { r.status(600).end(); }`, errors: [{ messageId: 'outOfRange' }] },
    { code: `app.get('/', (request, out) => out.status(600).end());`, errors: [{ messageId: 'outOfRange' }] },
    {
      code: `res.status(299).end(); res.status(420).end();`,
      options: [{ allowUnregistered: false }],
      errors: [
        { messageId: 'unregistered', data: { value: '299', api: 'Express 5' } },
        { messageId: 'unregistered', data: { value: '420', api: 'Express 5' } },
      ],
    },
    // res.status = n overwrites Express's method.
    {
      code: `app.get('/', (req, res) => { res.status = 404; res.json({ error: 'not found' }); });`,
      errors: [
        {
          messageId: 'statusOverwritten',
          data: { target: 'res.status', object: 'res', value: '404' },
          line: 1,
          column: 30,
          suggestions: [
            { messageId: 'callStatus', output: `app.get('/', (req, res) => { res.status(404); res.json({ error: 'not found' }); });` },
            { messageId: 'assignStatusCode', output: `app.get('/', (req, res) => { res.statusCode = 404; res.json({ error: 'not found' }); });` },
          ],
        },
      ],
    },
    {
      // Node's own response under Koa: it has no status() to call.
      code: `ctx.res.status = 404;`,
      errors: [{ messageId: 'statusOverwritten', suggestions: [{ messageId: 'assignStatusCode', output: `ctx.res.statusCode = 404;` }] }],
    },
    {
      // In an expression, calling the method would change the value: only the statusCode edit.
      code: `const code = (res.status = 500);`,
      errors: [{ messageId: 'statusOverwritten', suggestions: [{ messageId: 'assignStatusCode', output: `const code = (res.statusCode = 500);` }] }],
    },
  ],
});

describe('valid-status-code options', () => {
  it('rejects options outside the schema', () => {
    const linter = new Linter({ configType: 'flat' });
    const verify = (options: unknown) =>
      linter.verify('res.status(200);', [{ plugins: { 'http-status': plugin }, rules: { 'http-status/valid-status-code': ['error', options] } }]);
    expect(() => verify({ allowUnregistered: 'no' })).toThrow(/allowUnregistered|boolean/);
    expect(() => verify({ allowUnknown: true })).toThrow(/additional properties/i);
    expect(verify({ allowUnregistered: false })).toEqual([]);
  });
});
