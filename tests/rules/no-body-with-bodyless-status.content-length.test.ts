import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { contentLength } from './bodylessReports.js';

// A Content-Length other than 0 on a 204 announces bytes that never come (RFC 9110 §8.6).
ruleTester.run('no-body-with-bodyless-status (content-length)', rule, {
  valid: [
    `export const handler = async () => ({ statusCode: 204, headers: { 'Content-Length': '0' } });`,
    `http.createServer((req, res) => { res.writeHead(204, { 'Content-Length': 0 }); res.end(); });`,
    // A value we cannot read may be 0.
    `http.createServer((req, res) => { res.writeHead(204, { 'Content-Length': Buffer.byteLength(body) }); res.end(); });`,
    // A 304 may carry the representation's Content-Length.
    `http.createServer((req, res) => { res.writeHead(304, { 'Content-Length': 12 }); res.end(); });`,
    // Not on every path.
    `http.createServer((req, res) => { if (x) res.setHeader('Content-Length', '5'); res.writeHead(204); res.end(); });`,
  ],
  invalid: [
    {
      code: `app.get('/x', (req, res) => { res.status(204).set('Content-Length', '10').end(); });`,
      errors: [contentLength(1, 31, '10', `app.get('/x', (req, res) => { res.status(204).end(); });`)],
    },
    {
      code: `http.createServer((req, res) => { res.writeHead(204, { 'Content-Type': 'text/plain', 'Content-Length': 12 }); res.end(); });`,
      errors: [contentLength(1, 86, '12', `http.createServer((req, res) => { res.writeHead(204, { 'Content-Type': 'text/plain' }); res.end(); });`)],
    },
    {
      code: `http.createServer((req, res) => {\n  res.statusCode = 204;\n  res.setHeader('Content-Length', '5');\n  res.end();\n});`,
      errors: [contentLength(3, 3, '5', `http.createServer((req, res) => {\n  res.statusCode = 204;\n  res.end();\n});`)],
    },
    {
      code: `export function DELETE() { return new Response(null, { status: 204, headers: new Headers({ 'content-length': '2' }) }); }`,
      errors: [contentLength(1, 92, '2', `export function DELETE() { return new Response(null, { status: 204, headers: new Headers({}) }); }`)],
    },
  ],
});
