import rule from '../../rules/no-response-after-sent.js';
import { ruleTester } from '../ruleTester.js';
import { headerAfterSent, report, sentAgain, statusAfterSent } from './afterSentReports.js';

// Node's http: `writeHead` sends the status and the headers, `end` the rest.
ruleTester.run('no-response-after-sent (node http)', rule, {
  valid: [
    // A streamed body: write, write, end.
    `http.createServer((req, res) => { res.write('a'); res.write('b'); res.end(); });`,
    // The head, then the body.
    `http.createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('ok'); });`,
    `http.createServer((req, res) => { res.writeHead(200); res.write('a'); res.end('b'); });`,
    // Headers and status before the head.
    `http.createServer((req, res) => { res.setHeader('X-A', '1'); res.statusCode = 404; res.end('gone'); });`,
    // An early return, and an if/else.
    `http.createServer((req, res) => { if (req.url !== '/') { res.writeHead(404); return res.end(); } res.writeHead(200); res.end('home'); });`,
    // A typed ServerResponse in a helper: one send.
    `function send(res: ServerResponse, body: string) { res.setHeader('Content-Length', Buffer.byteLength(body)); res.end(body); }`,
    // Checked before the second head.
    `function h(req, res) { res.writeHead(200); if (!res.headersSent) res.writeHead(500); res.end(); }`,
  ],
  invalid: [
    {
      // A header after end: Node throws ERR_HTTP_HEADERS_SENT.
      code: `http.createServer((req, res) => { res.end('ok'); res.setHeader('X-A', '1'); });`,
      errors: [headerAfterSent(1, 50)],
    },
    {
      // A header or a status after writeHead.
      code: `function h(req, res) { res.writeHead(200); res.setHeader('X-A', '1'); res.end(); }\nfunction g(req, res) { res.writeHead(200); res.statusCode = 500; res.end(); }`,
      errors: [report('headerAfterHead', 1, 44), report('statusAfterHead', 2, 44)],
    },
    {
      // A second head.
      code: `function h(req, res) { res.writeHead(200); res.writeHead(500); res.end(); }`,
      errors: [report('statusAfterHead', 1, 44)],
    },
    {
      // A status after end, and a write after end.
      code: `function h(req, res) { res.end('x'); res.statusCode = 500; }\nfunction g(req, res) { res.end('x'); res.write('more'); }`,
      errors: [statusAfterSent(1, 38), sentAgain(2, 38)],
    },
    {
      // The missing return in a router, typed: `return;` after the send.
      code: `function route(req: IncomingMessage, res: ServerResponse): void {\n  if (req.url === '/health') res.end('ok');\n  res.writeHead(404);\n  res.end();\n}`,
      errors: [
        statusAfterSent(3, 3, {
          kind: 'after',
          output: `function route(req: IncomingMessage, res: ServerResponse): void {\n  if (req.url === '/health') { res.end('ok'); return; }\n  res.writeHead(404);\n  res.end();\n}`,
        }),
      ],
    },
  ],
});
