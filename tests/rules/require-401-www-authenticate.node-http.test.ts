import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

// Node's http and http2 core APIs.
ruleTester.run('require-401-www-authenticate (node http, http2)', rule, {
  valid: [
    // The challenge in writeHead's object, any case, or as a flat array pair.
    `http.createServer((req, res) => { res.writeHead(401, { 'www-authenticate': 'Bearer' }).end(); });`,
    `function h(req, res) { res.writeHead(401, 'Unauthorized', ['WWW-Authenticate', 'Basic realm="api"']); res.end(); }`,
    // Set earlier with setHeader on the same res (after writeHead it would throw), or in writeHead itself.
    `function h(req, res) { res.setHeader('WWW-Authenticate', 'Bearer'); res.writeHead(401, { 'Content-Type': 'text/plain' }); res.end(); }`,
    // A headers variable that cannot be read, and a const one that holds the challenge.
    `function h(req, res, headers) { res.writeHead(401, headers).end(); }`,
    `const AUTH = { 'WWW-Authenticate': 'Bearer' };\nfunction h(req, res) { res.writeHead(401, AUTH).end(); }`,
    // The response handed to a helper that may add the challenge.
    `function h(req, res) { challenge(res); res.writeHead(401).end(); }`,
    // An unresolved status, and a 403.
    `function h(req, res, status) { res.writeHead(status).end(); }`,
    `function h(req, res) { res.writeHead(403).end(); }`,
    // http2: the challenge in respond()'s object, by name or by Node's constant.
    `server.on('stream', (stream) => { stream.respond({ ':status': 401, 'www-authenticate': 'Bearer' }); stream.end(); });`,
    `server.on('stream', (stream) => { stream.respond({ [HTTP2_HEADER_STATUS]: 401, [http2.constants.HTTP2_HEADER_WWW_AUTHENTICATE]: 'Bearer' }); });`,
  ],
  invalid: [
    {
      // A header after writeHead never reaches the client (Node throws ERR_HTTP_HEADERS_SENT), and it is conditional too.
      code: `function h(req, res) { res.writeHead(401); if (req.api) res.setHeader('WWW-Authenticate', 'Bearer'); res.end(); }`,
      errors: [missing(1, 38, `function h(req, res) { res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }); if (req.api) res.setHeader('WWW-Authenticate', 'Bearer'); res.end(); }`)],
    },
    {
      code: `function h(req, res) { res.writeHead(expired ? 419 : 401); res.end(); }`,
      errors: [missing(1, 54, `function h(req, res) { res.writeHead(expired ? 419 : 401, { 'WWW-Authenticate': 'Bearer' }); res.end(); }`)],
    },
    {
      code: `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nfunction h(req, res) { res.writeHead(401, { ...corsHeaders }); res.end(); }`,
      errors: [missing(2, 38, `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nfunction h(req, res) { res.writeHead(401, { ...corsHeaders, 'WWW-Authenticate': 'Bearer' }); res.end(); }`)],
    },
    {
      // Destructured http2 constants.
      code: `const { HTTP_STATUS_UNAUTHORIZED } = require('http2').constants;\nfunction h(req, res) { res.writeHead(HTTP_STATUS_UNAUTHORIZED); res.end(); }`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 2,
          column: 38,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `const { HTTP_STATUS_UNAUTHORIZED } = require('http2').constants;\nfunction h(req, res) { res.writeHead(HTTP_STATUS_UNAUTHORIZED, { 'WWW-Authenticate': 'Bearer' }); res.end(); }`,
            },
          ],
        },
      ],
    },
    {
      // No headers argument: add one.
      code: `http.createServer((req, res) => {\n  res.writeHead(401);\n  res.end();\n});`,
      errors: [missing(2, 17, `http.createServer((req, res) => {\n  res.writeHead(401, { 'WWW-Authenticate': 'Bearer' });\n  res.end();\n});`)],
    },
    {
      code: `function h(req, res) { res.writeHead(401, 'Unauthorized').end(); }`,
      errors: [missing(1, 38, `function h(req, res) { res.writeHead(401, 'Unauthorized', { 'WWW-Authenticate': 'Bearer' }).end(); }`)],
    },
    {
      // A literal headers object gets the property, one per line when it is written so.
      code: `function h(req, res) {\n  res.writeHead(401, {\n    'Content-Type': 'application/json',\n  });\n  res.end('{}');\n}`,
      errors: [
        missing(2, 17, `function h(req, res) {\n  res.writeHead(401, {\n    'Content-Type': 'application/json',\n    'WWW-Authenticate': 'Bearer',\n  });\n  res.end('{}');\n}`),
      ],
    },
    {
      // A flat array gets a name and a value; a setHeader of another header does not help.
      code: `function h(req, res) { res.setHeader('Cache-Control', 'no-store'); res.writeHead(401, ['Content-Type', 'text/plain']).end(); }`,
      options: [{ challenge: 'Basic realm="api"' }],
      errors: [
        missing(
          1,
          82,
          `function h(req, res) { res.setHeader('Cache-Control', 'no-store'); res.writeHead(401, ['Content-Type', 'text/plain', 'WWW-Authenticate', 'Basic realm="api"']).end(); }`,
          'Basic realm="api"',
        ),
      ],
    },
    {
      code: `function h(req, res) { res.writeHead(StatusCodes.UNAUTHORIZED, undefined).end(); }`,
      errors: [missing(1, 38, `function h(req, res) { res.writeHead(StatusCodes.UNAUTHORIZED, { 'WWW-Authenticate': 'Bearer' }).end(); }`)],
    },
    {
      // http2: a lower-case property in respond()'s object.
      code: `server.on('stream', (stream) => { stream.respond({ ':status': 401 }); stream.end(); });`,
      errors: [missing(1, 63, `server.on('stream', (stream) => { stream.respond({ ':status': 401, 'www-authenticate': 'Bearer' }); stream.end(); });`)],
    },
    {
      // A const headers object is read but not edited: it may be shared.
      code: `const HEAD = { 'content-type': 'text/plain' };\nfunction h(req, res) { res.writeHead(401, HEAD).end(); }`,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 38, suggestions: [] }],
    },
  ],
});
