import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

// Hapi: h.response(body).code(n), in a chain or through a variable.
ruleTester.run('no-body-with-bodyless-status (hapi)', rule, {
  valid: [
    `server.route({ method: 'DELETE', path: '/x', handler: (request, h) => h.response().code(204) });`,
    `server.route({ method: 'DELETE', path: '/x', handler: (request, h) => h.response(null).code(204) });`,
  ],
  invalid: [
    {
      code: `server.route({ method: 'DELETE', path: '/x', handler: (request, h) => h.response({ ok: true }).code(204) });`,
      errors: [withBody(1, 101, { answerOk: `server.route({ method: 'DELETE', path: '/x', handler: (request, h) => h.response({ ok: true }).code(200) });` })],
    },
    {
      code: `server.route({ method: 'GET', path: '/x', handler: (request, h) => { const response = h.response(page); response.code(304); return response; } });`,
      errors: [
        withBody(1, 119, {
          answerOk: `server.route({ method: 'GET', path: '/x', handler: (request, h) => { const response = h.response(page); response.code(200); return response; } });`,
        }),
      ],
    },
  ],
});
