import { ruleTester } from '../../../ruleTester.js';
import { check, checkProbe } from './checkProbe.js';

// Each subject, compared in `if (S === 200 || S === 202)`; the summary shows the subject and its response.
const merged = (setup: string, subject: string, use = 'return body;') => `${setup}\nif (${subject} === 200 || ${subject} === 202) { ${use} }`;
const facts = (key: string, response: string) => `comparison subject:${key} response:${response} codes:200,202 only fix`;

const subjects: [code: string, key: string, response: string][] = [
  [merged('const res = await fetch(u);', 'res.status'), 'res.status', 'res'],
  [merged('const response = await axios.get(u);', 'response.status'), 'response.status', 'response'],
  [merged('const response = await got(u);', 'response.statusCode'), 'response.statusCode', 'response'],
  [merged('try { await axios.get(u); } catch (error) {', 'error.response.status') + '}', 'error.response.status', 'error.response'],
  [merged('try { await axios.get(u); } catch (error) {', 'error.response?.status') + '}', 'error.response.status', 'error.response'],
  [merged('const xhr = new XMLHttpRequest();', 'xhr.status'), 'xhr.status', 'xhr'],
  [merged('const res = await fetch(u);', "res['status']"), 'res.status', 'res'],
  // node http: the response is the first parameter of the request's callback.
  [`http.get(u, (res) => { ${merged('', 'res.statusCode')} });`, 'res.statusCode', 'res'],
  // this in an XHR handler.
  [`xhr.onload = function () { ${merged('', 'this.status')} };`, 'this.status', 'this'],
  [`xhr.addEventListener('readystatechange', function () { ${merged('', 'this.status')} });`, 'this.status', 'this'],
  // Destructured, renamed, nested, aliased, or named for what it holds.
  [merged('const { status } = res;', 'status'), 'status', 'res'],
  [merged('const { status: code } = await axios.get(u);', 'code'), 'code', '?'],
  [merged('const { response: { status } } = error;', 'status'), 'status', 'error.response'],
  [`const f = ({ status, data }) => { ${merged('', 'status')} };`, 'status', '?'],
  [merged('const s = res.status;', 's'), 's', 'res'],
  [`function handle(statusCode) { ${merged('', 'statusCode')} }`, 'statusCode', '?'],
  [`function handle(httpStatus) { ${merged('', 'httpStatus')} }`, 'httpStatus', '?'],
];

ruleTester.run('statusSubject', checkProbe, {
  valid: [
    // The server's own response: (req, res) handlers, Fastify's reply, Koa's ctx.
    `app.use((req, res, next) => { ${merged('', 'res.statusCode')} next(); });`,
    `server.on('request', (request, reply) => { ${merged('', 'reply.statusCode')} });`,
    merged('', 'ctx.status'),
    merged('', 'ctx.response.status'),
    // this outside an XHR handler: a class, an arrow, a plain function.
    `class Job { check() { ${merged('', 'this.status')} } }`,
    `xhr.onload = () => { ${merged('', 'this.status')} };`,
    `function onDone() { ${merged('', 'this.status')} }`,
    // Names that do not hold a status.
    merged('', 'item.code'),
    merged('', 'weatherCode'),
    `function f(code) { ${merged('', 'code')} }`,
    // A let that changes is not a status read.
    merged('let s = res.status; s = other.status;', 's'),
    // A call's result has no name to tell its reads apart from another call's.
    merged('', '(await fetch(u)).status'),
    // A global the file does not declare.
    merged('', 'status'),
  ],
  invalid: subjects.map(([code, key, response]) => ({ code, errors: [check(facts(key, response))] })),
});
