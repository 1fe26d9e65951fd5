import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';
import { treated } from './acceptedReports.js';

// Where the status is read: axios, got, node http, superagent, ky, XHR; server code left out.
ruleTester.run('no-202-as-completion (clients)', rule, {
  valid: [
    // Server code in the same file: a status set or read on the server's own response.
    `
app.post('/jobs', (req, res) => {
  const id = queue.add(req.body);
  res.status(202).location('/jobs/' + id).json({ id });
});
app.use((req, res, next) => {
  res.on('finish', () => {
    if (res.statusCode === 200 || res.statusCode === 202) cache.set(req.url, res.body);
  });
  next();
});
router.get('/x', async (ctx) => {
  if (ctx.status === 202) ctx.body = ctx.response.body;
});`,
    // this.status outside an XHR handler is not a response's status.
    `
class Job {
  refresh() {
    if (this.status === 200 || this.status === 202) return this.data;
  }
}`,
    // Fastify's reply in a (request, reply) handler is the server's own response.
    `
fastify.addHook('onSend', async (request, reply, payload) => {
  if (reply.statusCode === 200 || reply.statusCode === 202) cache.set(request.url, payload);
  return payload;
});`,
  ],
  invalid: [
    // axios: response.data stored as state
    {
      code: `
const response = await axios.post(url, body);
if (response.status === 202 || response.status === 200) setReport(response.data);`,
      errors: [treated([3, 5, 3, 28], `
const response = await axios.post(url, body);
if (response.status === 200) setReport(response.data);`)],
    },
    // axios: error.response?.status
    {
      code: `
async function f() {
  try {
    await axios.post('/x');
  } catch (error) {
    if (error.response?.status === 201 || error.response?.status === 202) return error.response.data;
  }
}`,
      errors: [treated([6, 43, 6, 73], `
async function f() {
  try {
    await axios.post('/x');
  } catch (error) {
    if (error.response?.status === 201) return error.response.data;
  }
}`)],
    },
    // got: statusCode and a JSON.parse of the body
    {
      code: `
async function f() {
  const response = await got.post(url, { throwHttpErrors: false });
  if (response.statusCode === 200 || response.statusCode === 202) return JSON.parse(response.body);
}`,
      errors: [treated([4, 38, 4, 65], `
async function f() {
  const response = await got.post(url, { throwHttpErrors: false });
  if (response.statusCode === 200) return JSON.parse(response.body);
}`)],
    },
    // node http: the body streamed to a file
    {
      code: `
http.get(url, (res) => {
  if (res.statusCode === 200 || res.statusCode === 202) res.pipe(fs.createWriteStream(file));
});`,
      errors: [treated([3, 33, 3, 55], `
http.get(url, (res) => {
  if (res.statusCode === 200) res.pipe(fs.createWriteStream(file));
});`)],
    },
    // superagent: res.body
    {
      code: `
async function f() {
  const res = await superagent.post(url).ok(() => true);
  if (res.status === 200 || res.status === 202) return res.body;
}`,
      errors: [treated([4, 29, 4, 47], `
async function f() {
  const res = await superagent.post(url).ok(() => true);
  if (res.status === 200) return res.body;
}`)],
    },
    // ky
    {
      code: `
async function f() {
  const res = await ky.post(url, { throwHttpErrors: false });
  if (res.status === 201 || res.status === 202) return await res.json();
}`,
      errors: [treated([4, 29, 4, 47], `
async function f() {
  const res = await ky.post(url, { throwHttpErrors: false });
  if (res.status === 201) return await res.json();
}`)],
    },
    // XMLHttpRequest: this.status in onload
    {
      code: `
xhr.onload = function () {
  if (this.status === 200 || this.status === 202) {
    render(JSON.parse(this.responseText));
  }
};`,
      errors: [treated([3, 30, 3, 49], `
xhr.onload = function () {
  if (this.status === 200) {
    render(JSON.parse(this.responseText));
  }
};`)],
    },
    // XMLHttpRequest: this.status in a load listener
    {
      code: `
req.addEventListener('load', function () {
  if (this.status === 200 || this.status === 202) done(JSON.parse(this.responseText));
});`,
      errors: [treated([3, 30, 3, 49], `
req.addEventListener('load', function () {
  if (this.status === 200) done(JSON.parse(this.responseText));
});`)],
    },
  ],
});
