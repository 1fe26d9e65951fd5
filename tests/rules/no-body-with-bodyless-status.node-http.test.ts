import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

// Node http: the head goes out with writeHead (or at the first write after res.statusCode), the body after it.
ruleTester.run('no-body-with-bodyless-status (node-http)', rule, {
  valid: [
    `http.createServer((req, res) => { res.writeHead(204); res.end(); });`,
    `http.createServer((req, res) => { res.writeHead(204); res.end(''); });`,
    // The 304 ends empty on its own path; the body goes with the 200.
    `http.createServer((req, res) => { if (fresh) { res.writeHead(304); return res.end(); } res.writeHead(200); res.end(body); });`,
    // Another status on the way to the send.
    `http.createServer((req, res) => { res.statusCode = 204; if (body) { res.statusCode = 200; res.end(body); } else res.end(); });`,
    // A send in a callback: its time is unknown.
    `http.createServer((req, res) => { res.writeHead(204); stream.on('end', () => res.end(data)); });`,
  ],
  invalid: [
    {
      code: `http.createServer((req, res) => { res.writeHead(204); res.end(JSON.stringify(data)); });`,
      errors: [withBody(1, 49, { answerOk: `http.createServer((req, res) => { res.writeHead(200); res.end(JSON.stringify(data)); });` })],
    },
    {
      code: `http.createServer((req, res) => { res.writeHead(204).end('done'); });`,
      errors: [
        withBody(1, 49, {
          removeBody: { edit: '`.end()`', output: `http.createServer((req, res) => { res.writeHead(204).end(); });` },
          answerOk: `http.createServer((req, res) => { res.writeHead(200).end('done'); });`,
        }),
      ],
    },
    {
      // A streamed write is content too.
      code: `http.createServer((req, res) => { res.writeHead(304, { ETag: etag }); res.write(body); res.end(); });`,
      errors: [withBody(1, 49, { answerOk: `http.createServer((req, res) => { res.writeHead(200, { ETag: etag }); res.write(body); res.end(); });` })],
    },
    {
      code: `http.createServer((req, res) => { res.statusCode = 204; res.end(payload); });`,
      errors: [withBody(1, 52, { answerOk: `http.createServer((req, res) => { res.statusCode = 200; res.end(payload); });` })],
    },
  ],
});
