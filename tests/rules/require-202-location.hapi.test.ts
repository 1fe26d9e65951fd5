import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

// Hapi's response toolkit: each h.response(…) is its own response.
ruleTester.run('require-202-location (hapi)', rule, {
  valid: [
    `server.route({ handler: (request, h) => h.response('queued at /jobs/1').code(202) });`,
    `server.route({ handler: (request, h) => h.response({ id: 1 }).location('/jobs/1').code(202) });`,
    `server.route({ handler: (request, h) => h.response().code(202).header('Content-Location', '/jobs/1') });`,
    `server.route({ handler: (request, h) => h.response({ id: 1, links: { status: '/jobs/1' } }).code(202) });`,
    `function handler(request, h) { const response = h.response().code(202); response.created('/jobs/1'); return response; }`,
  ],
  invalid: [
    {
      code: `server.route({ handler: (request, h) => h.response('queued').code(202) });`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 67 }],
    },
    {
      code: `function handler(request, h) {\n  if (request.query.sync) return h.response(result).location('/jobs/1').code(201);\n  return h.response({ id: 1 }).code(202);\n}`,
      errors: [{ messageId: 'missingMonitor', line: 3, column: 37 }],
    },
  ],
});
