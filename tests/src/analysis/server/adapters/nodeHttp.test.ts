import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

ruleTester.run('node http adapter', siteProbe, {
  valid: [
    // An unresolved status, a status nobody asked about, a chain that starts at a call.
    `function h(req, res, code) { res.writeHead(code, { 'Content-Type': 'text/plain' }); }`,
    `function h(req, res) { res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok'); }`,
    `createResponse().writeHead(401);`,
    // http2: a respond() without a status, or with headers built elsewhere, decides nothing we can read.
    `server.on('stream', (stream) => { stream.respond({ 'content-type': 'text/html' }); });`,
    `server.on('stream', (stream, headers) => { stream.respond(buildHeaders(headers)); });`,
    `server.on('stream', (stream) => { stream.respond({ ':status': status }); });`,
    // Not http2: another library's respond() with a positional status.
    `function h(req, res) { res.respond(401, 'nope'); }`,
  ],
  invalid: [
    {
      // The writeHead object is the response's headers.
      code: `http.createServer((req, res) => { res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end(); });`,
      errors: [site('node-http 401 headers=[www-authenticate] complete body=none fix', 1, 49)],
    },
    {
      // A reason phrase in the middle; the headers are the last argument.
      code: `function h(req, res) { res.writeHead(401, 'Unauthorized', { 'www-authenticate': 'Basic' }); res.end(); }`,
      errors: [site('node-http 401 headers=[www-authenticate] complete body=none fix', 1, 38)],
    },
    {
      // A reason phrase alone is no headers object.
      code: `function h(req, res) { res.writeHead(401, 'Unauthorized'); res.end('no'); }`,
      errors: [site('node-http 401 headers=[] complete body=text fix', 1, 38)],
    },
    {
      // Headers set earlier (or later) with setHeader on the same res count, as Node merges them.
      code: `function h(req, res) {\n  res.setHeader('WWW-Authenticate', 'Bearer');\n  res.writeHead(401, { 'Content-Type': 'text/plain' });\n  res.end();\n}`,
      errors: [site('node-http 401 headers=[content-type,www-authenticate] complete body=none fix', 3, 17)],
    },
    {
      // writeHead writes the head: a setHeader after it never reaches the client (Node throws).
      code: `function h(req, res) { res.writeHead(202); res.setHeader('Location', '/jobs/1'); res.end(); }`,
      errors: [site('node-http 202 headers=[] complete body=none fix')],
    },
    {
      // Another handler's res is another response.
      code: `function a(req, res) { res.setHeader('Location', '/x'); }\nfunction b(req, res) { res.writeHead(202).end(); }`,
      errors: [site('node-http 202 headers=[] complete body=none fix', 2)],
    },
    {
      // Node's flat array (as request.rawHeaders) and an array of pairs.
      code: `function h(req, res) { res.writeHead(202, ['Location', '/jobs/1', 'Retry-After', '5']).end(); }`,
      errors: [site('node-http 202 headers=[location,retry-after] complete body=none fix')],
    },
    {
      code: `function h(req, res) { res.writeHead(202, [['Content-Location', '/jobs/1']]).end(); }`,
      errors: [site('node-http 202 headers=[content-location] complete body=none fix')],
    },
    {
      // An odd flat array cannot be read; neither can a headers parameter or an unknown second argument.
      code: `function h(req, res, name) { res.writeHead(401, [name, 'x', 'y']).end(); }`,
      errors: [site('node-http 401 headers=[] incomplete body=none fix')],
    },
    {
      code: `function h(req, res, headers) { res.writeHead(401, headers).end(); }`,
      errors: [site('node-http 401 headers=[] incomplete body=none nofix')],
    },
    {
      // A const headers object is read, with what is set on it afterwards.
      code: `function h(req, res) { const headers = { 'Content-Type': 'text/plain' }; headers['WWW-Authenticate'] = 'Bearer'; res.writeHead(401, headers).end(); }`,
      errors: [site('node-http 401 headers=[content-type,www-authenticate] complete body=none nofix')],
    },
    {
      // The body: the end() of the same chain, or the one end() on the same res.
      code: `function h(req, res) { res.writeHead(202, { 'Content-Type': 'application/json' }); res.end(JSON.stringify({ id: job.id, statusUrl: url })); }`,
      errors: [site('node-http 202 headers=[content-type] complete body=object(id,statusUrl) fix')],
    },
    {
      // No end() in sight (a snippet, a global res): nothing is sent with it.
      code: `res.writeHead(202, { 'Retry-After': '5' });`,
      errors: [site('node-http 202 headers=[retry-after] complete body=none fix', 1, 15)],
    },
    {
      // Several writes: the body is not known.
      code: `function h(req, res) { res.writeHead(202); res.write('{'); res.end('}'); }`,
      errors: [site('node-http 202 headers=[] complete body=unknown fix')],
    },
    {
      // The response handed to a helper may get headers we cannot see.
      code: `function h(req, res) { addChallenge(res); res.writeHead(401).end(); }`,
      errors: [site('node-http 401 headers=[] incomplete body=none fix')],
    },
    {
      // http2: every header is in the respond() object; pseudo-headers are not headers.
      code: `server.on('stream', (stream) => { stream.respond({ ':status': 401, 'content-type': 'text/plain' }); stream.end('no'); });`,
      errors: [site('http2 401 headers=[content-type] complete body=text fix', 1, 63)],
    },
    {
      // Node's HTTP2_HEADER_* constants name keys, and the status may be a constant too.
      code: `const { HTTP2_HEADER_STATUS, HTTP2_HEADER_LOCATION } = http2.constants;\nserver.on('stream', (stream) => {\n  stream.respond({ [HTTP2_HEADER_STATUS]: constants.HTTP_STATUS_ACCEPTED, [HTTP2_HEADER_LOCATION]: '/jobs/1' });\n  stream.end();\n});`,
      errors: [site('http2 202 headers=[location] complete body=none fix', 3, 43)],
    },
    {
      // A const object: read, not edited.
      code: `const head = { ':status': 401 };\nserver.on('stream', (stream) => { stream.respond(head); stream.end(); });`,
      errors: [site('http2 401 headers=[] complete body=none nofix', 1, 27)],
    },
    {
      code: `server.on('stream', (stream) => { stream.respond({ ':status': 401, ...extra }); });`,
      errors: [site('http2 401 headers=[] incomplete body=unknown fix')],
    },
  ],
});
