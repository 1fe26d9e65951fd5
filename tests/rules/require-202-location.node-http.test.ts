import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

// Node's http and http2 core APIs.
ruleTester.run('require-202-location (node http, http2)', rule, {
  valid: [
    // res.statusCode = 202 reads the body of the one end()/send() on the same res.
    `function h(req, res) { res.statusCode = 202; res.end(JSON.stringify({ id, statusUrl: '/jobs/' + id })); }`,
    `function h(req, res) { res.statusCode = 202; res.setHeader('Location', url); res.end('queued'); }`,
    `function h(req, res) { res.statusCode = 202; if (dry) res.end('dry run'); else res.end(body); }`,
    // Handed away: ended elsewhere.
    `function h(req, res) { res.statusCode = 202; finish(res); }`,
    `function h(req, res) { res.writeHead(202); res.end('queued: /jobs/1'); }`,
    `function h(req, res) { res.writeHead(202, { Location: '/jobs/' + id }).end(); }`,
    `function h(req, res) { res.writeHead(202, ['Content-Location', url]).end(); }`,
    // setHeader before or after writeHead, on the same res.
    `function h(req, res) { res.setHeader('Operation-Location', url); res.writeHead(202); res.end(); }`,
    // A monitor link in the JSON body sent with end().
    `function h(req, res) { res.writeHead(202, { 'Content-Type': 'application/json' }); res.end(JSON.stringify({ statusUrl: url })); }`,
    // A body we cannot read.
    `function h(req, res) { res.writeHead(202, { 'Content-Type': 'application/json' }).end(JSON.stringify(job)); }`,
    `server.on('stream', (stream) => { stream.respond({ ':status': 202, location: url }); stream.end(); });`,
  ],
  invalid: [
    {
      code: `function h(req, res) { res.statusCode = 202; res.end(); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 41 }],
    },
    {
      code: `function h(req, res) { res.statusCode = 202; res.end('queued'); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 41 }],
    },
    {
      code: `function h(req, res) { res.statusCode = 202; res.end(JSON.stringify({ id })); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 41 }],
    },
    {
      code: `function h(req, res) { res.writeHead(202, { 'Content-Type': 'text/plain' }); res.end('queued'); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 38 }],
    },
    {
      code: `function h(req, res) {\n  res.writeHead(202, { 'Content-Type': 'application/json', 'Retry-After': '5' });\n  res.end(JSON.stringify({ id: job.id }));\n}`,
      errors: [{ messageId: 'missingMonitor', line: 2, column: 17 }],
    },
    {
      code: `server.on('stream', (stream) => { stream.respond({ [HTTP2_HEADER_STATUS]: http2.constants.HTTP_STATUS_ACCEPTED }); stream.end(); });`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 75 }],
    },
  ],
});
