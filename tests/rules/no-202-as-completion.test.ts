import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('no-202-as-completion', rule, {
  valid: [
    // A polling loop: the 202 branch waits and asks again.
    `
async function waitForReport(url) {
  for (;;) {
    const res = await fetch(url);
    if (res.status === 202) {
      await sleep(1000);
      continue;
    }
    return res.json();
  }
}`,
    // do … while the status is 202.
    `
async function waitForExport(url) {
  let res;
  do {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    res = await fetch(url);
  } while (res.status === 202);
  return res.json();
}`,
    // while the status is 202, with the merged codes in the loop condition itself.
    `
async function poll(url) {
  let response = await axios.get(url);
  while (response.status === 202 || response.status === 200 && !response.data.done) {
    response = await axios.get(url);
  }
  return response.data;
}`,
    // Recursion: the branch calls its own function again.
    `
async function getResult(url) {
  const res = await fetch(url);
  if (res.status === 200 || res.status === 202) {
    const data = await res.json();
    if (data.state !== 'succeeded') return getResult(url);
    return data;
  }
  throw new Error(res.statusText);
}`,
    // Hand-off to a poller by name.
    `
async function createVm(client, body) {
  const response = await client.sendRequest(body);
  if (response.status === 200 || response.status === 202) {
    const poller = await createHttpPoller(client, response);
    return poller.pollUntilDone();
  }
  return response.parsedBody;
}`,
    `
async function runQuery(query) {
  const res = await fetch('/api/queries', { method: 'POST', body: JSON.stringify(query) });
  if (res.status === 202) {
    const body = await res.json();
    return waitForJob(body);
  }
  return res.json();
}`,
    // The branch reads the status monitor's headers.
    `
async function submit(url) {
  const res = await fetch(url, { method: 'POST' });
  if (res.status === 200 || res.status === 202) {
    const monitor = res.headers.get('Location');
    setMonitor(monitor);
    return res.json();
  }
}`,
    `
async function submit(url) {
  const response = await axios.post(url);
  if (response.status === 202) {
    const wait = Number(response.headers['retry-after'] ?? 1);
    return { pending: true, wait, data: response.data };
  }
  return response.data;
}`,
    // Informational 202 branches that return nothing.
    `
async function requestExport() {
  const res = await fetch('/exports', { method: 'POST' });
  if (res.status === 202) {
    toast('Your export is queued; we will email you when it is ready.');
    return;
  }
  setExport(await res.json());
}`,
    // 200 and 202 together, but nothing of the response is used: a fire-and-forget submission.
    `
async function pingIndexNow(urls) {
  const response = await fetch(ENDPOINT, { method: 'POST', body: JSON.stringify({ urls }) });
  if (response.status === 200 || response.status === 202) {
    console.log('submitted');
    return true;
  }
  return false;
}`,
    `
const response = await axios.post('/environments', values);
if (response.status === 200 || response.status === 202) {
  resetForm();
}`,
    // Guards that let only 202 through and discard the body.
    `
async function enqueue(job) {
  const res = await fetch('/jobs', { method: 'POST', body: JSON.stringify(job) });
  if (res.status !== 202) throw new Error('not accepted');
  return { queued: true };
}`,
    // A 202 body read for its job handle: the start of following the monitor.
    `
async function startImport(file) {
  const res = await fetch('/imports', { method: 'POST', body: file });
  if (res.status === 202) {
    const { jobId } = await res.json();
    setJobId(jobId);
  }
}`,
    `
client.request('POST', '/commands', body).then(({ status, body }) => {
  if (status === 202) {
    return body.id;
  }
  throw new Error(body.error);
});`,
    // A job-starting function hands the 202 receipt to its caller.
    `
async function startExport() {
  const res = await fetch('/exports', { method: 'POST' });
  if (res.status === 202) return res.json();
  throw new Error('export refused');
}`,
    // The merged branch tells 202 apart again.
    `
async function load() {
  const res = await fetch('/report');
  const data = await res.json();
  if (res.status === 200 || res.status === 202) {
    setReport(res.status === 202 ? null : data);
  }
}`,
    // Test assertions are not branches.
    `
it('accepts the job', async () => {
  const res = await fetch('/jobs', { method: 'POST' });
  expect(res.status).toBe(202);
  expect(res.status === 200 || res.status === 202).toBe(true);
  assert.ok([200, 202].includes(res.status));
  await request(app).post('/jobs').expect(202);
});`,
    // res.ok and ranges are not reported.
    `
async function load() {
  const res = await fetch('/report', { method: 'POST' });
  if (res.ok) return res.json();
  if (res.status >= 200 && res.status < 300) return res.json();
  throw new Error(res.statusText);
}`,
    // res.ok or 202 — 202 alone is named, but other statuses reach the branch too.
    `
async function load() {
  const res = await fetch('/report');
  if (res.ok || res.status === 202) return res.json();
}`,
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
    // axios' validateStatus is about errors, not completion.
    `
const response = await axios.post(url, body, { validateStatus: (s) => s === 200 || s === 202 });`,
    // A predicate that is never called here says nothing about a branch.
    `
export const isSuccess = (status) => status === 200 || status === 202;`,
    // A predicate called in a branch that does not use the result.
    `
const isSuccess = (status) => status === 200 || status === 202;
async function ping() {
  const res = await fetch('/ping', { method: 'POST' });
  if (isSuccess(res.status)) console.log('ok');
}`,
    // this.status outside an XHR handler is not a response's status.
    `
class Job {
  refresh() {
    if (this.status === 200 || this.status === 202) return this.data;
  }
}`,
    // Different subjects: the 202 belongs to another response.
    `
async function both(a, b) {
  if (a.status === 200 || b.status === 202) return a.json();
}`,
    // Not a status: a field named code.
    `
if (item.code === 202 || item.code === 200) render(item.data);`,
    // Inside a polling callback.
    `
const timer = setInterval(async () => {
  const res = await fetch('/status');
  if (res.status === 200 || res.status === 202) setState(await res.json());
}, 1000);`,
    // A 202 case that only informs.
    `
switch (res.status) {
  case 202:
    notify('queued');
    break;
  case 200:
    return res.json();
}`,
    // The slip with codes that are not 202, and a bitwise or of flags.
    `
const flags = FLAG_A | 202;
if (res.status === 200 | 201) run();`,
      // Handing the response on, or returning nothing of it, from a 202-only branch.
    `
async function submit() {
  const res = await fetch('/jobs', { method: 'POST' });
  if (res.status === 202) return res;
  if (res.status === 204) return null;
  return res.json();
}`,
    `
async function cancel(id) {
  const res = await fetch('/jobs/' + id, { method: 'DELETE' });
  if (res.status === 202) return null;
  return res.json();
}`,
    // The monitor itself: a function that reads the status of an operation answers 200 or 202 with a status report.
    `
async function getStatus(instanceId) {
  const response = await client.get('/instances/' + instanceId);
  switch (response.status) {
    case 200:
    case 202:
      return new OrchestrationStatus(response.data);
    default:
      throw new Error('unexpected ' + response.status);
  }
}`,
    `
class LocationPollStrategy {
  sendPollRequest() {
    return this.update(this.url).then((result) => {
      const statusCode = result.status;
      if (statusCode !== 200 && statusCode !== 201 && statusCode !== 202) throw new Error('bad status');
      this.state.resource = result.parsedBody;
    });
  }
}`,
    // Azure's Operation-Location and Azure-AsyncOperation headers.
    `
async function begin(client) {
  const response = await client.post('/analyze');
  if (response.status === 200 || response.status === 202) {
    const monitor = response.headers['operation-location'] ?? response.headers['azure-asyncoperation'];
    return { monitor, body: response.data };
  }
}`,
    // A branch that schedules another look.
    `
function check(url) {
  fetch(url).then((res) => {
    if (res.status === 200 || res.status === 202) {
      res.json().then((data) => {
        setProgress(data);
        if (!data.done) setTimeout(() => check(url), 1000);
      });
    }
  });
}`,
    // Fall-through cases that only inform.
    `
async function raise(id, event) {
  const response = await http.post('/instances/' + id + '/events', event);
  switch (response.status) {
    case 202:
    case 410:
      return;
    default:
      throw new Error('failed');
  }
}`,
    // Fastify's reply in a (request, reply) handler is the server's own response.
    `
fastify.addHook('onSend', async (request, reply, payload) => {
  if (reply.statusCode === 200 || reply.statusCode === 202) cache.set(request.url, payload);
  return payload;
});`,
    // Azure's generated clients compare string statuses, which are not resolved as codes.
    `
export function _createDeserialize(result) {
  const expectedStatuses = ['200', '201', '202'];
  if (!expectedStatuses.includes(result.status)) throw createRestError(result);
  return result.body;
}`,
    // Not an HTTP status.
    `
function describe(weatherCode) {
  switch (weatherCode) {
    case 200:
    case 202:
      return lookup(weatherCode).data;
  }
}`,
  ],
  invalid: [
    // fetch: an || chain; the suggestion drops 202 so that it falls to the throw
    {
      code: `
async function load() {
  const res = await fetch('/api/report', { method: 'POST' });
  if (res.status === 200 || res.status === 202) {
    return res.json();
  }
  throw new Error('failed');
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          data: { codes: '200 OK' },
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function load() {
  const res = await fetch('/api/report', { method: 'POST' });
  if (res.status === 200) {
    return res.json();
  }
  throw new Error('failed');
}`,
            },
          ],
        },
      ],
    },
    // 202 first in the chain, loose equality
    {
      code: `
async function load() {
  const res = await fetch('/api/report');
  if (res.status == 202 || res.status == 200) return res.text();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function load() {
  const res = await fetch('/api/report');
  if (res.status == 200) return res.text();
}`,
            },
          ],
        },
      ],
    },
    // axios: response.data stored as state
    {
      code: `
const response = await axios.post(url, body);
if (response.status === 202 || response.status === 200) setReport(response.data);`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
const response = await axios.post(url, body);
if (response.status === 200) setReport(response.data);`,
            },
          ],
        },
      ],
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
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 6,
          column: 43,
          endLine: 6,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  try {
    await axios.post('/x');
  } catch (error) {
    if (error.response?.status === 201) return error.response.data;
  }
}`,
            },
          ],
        },
      ],
    },
    // destructured status and data
    {
      code: `
async function f() {
  const { status, data } = await axios.post(url);
  if (status === 200 || status === 202) return data;
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const { status, data } = await axios.post(url);
  if (status === 200) return data;
}`,
            },
          ],
        },
      ],
    },
    // destructured under another name
    {
      code: `
async function f(res) {
  const { status: code } = res;
  if (code === 201 || code === 202) return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f(res) {
  const { status: code } = res;
  if (code === 201) return res.json();
}`,
            },
          ],
        },
      ],
    },
    // a const holding the status
    {
      code: `
async function f() {
  const res = await fetch(url);
  const s = res.status;
  if (s === 200 || s === 202) return res.blob();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  const s = res.status;
  if (s === 200) return res.blob();
}`,
            },
          ],
        },
      ],
    },
    // got: statusCode and a JSON.parse of the body
    {
      code: `
async function f() {
  const response = await got.post(url, { throwHttpErrors: false });
  if (response.statusCode === 200 || response.statusCode === 202) return JSON.parse(response.body);
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const response = await got.post(url, { throwHttpErrors: false });
  if (response.statusCode === 200) return JSON.parse(response.body);
}`,
            },
          ],
        },
      ],
    },
    // node http: the body streamed to a file
    {
      code: `
http.get(url, (res) => {
  if (res.statusCode === 200 || res.statusCode === 202) res.pipe(fs.createWriteStream(file));
});`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
http.get(url, (res) => {
  if (res.statusCode === 200) res.pipe(fs.createWriteStream(file));
});`,
            },
          ],
        },
      ],
    },
    // superagent: res.body
    {
      code: `
async function f() {
  const res = await superagent.post(url).ok(() => true);
  if (res.status === 200 || res.status === 202) return res.body;
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await superagent.post(url).ok(() => true);
  if (res.status === 200) return res.body;
}`,
            },
          ],
        },
      ],
    },
    // ky
    {
      code: `
async function f() {
  const res = await ky.post(url, { throwHttpErrors: false });
  if (res.status === 201 || res.status === 202) return await res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await ky.post(url, { throwHttpErrors: false });
  if (res.status === 201) return await res.json();
}`,
            },
          ],
        },
      ],
    },
    // XMLHttpRequest: this.status in onload
    {
      code: `
xhr.onload = function () {
  if (this.status === 200 || this.status === 202) {
    render(JSON.parse(this.responseText));
  }
};`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
xhr.onload = function () {
  if (this.status === 200) {
    render(JSON.parse(this.responseText));
  }
};`,
            },
          ],
        },
      ],
    },
    // XMLHttpRequest: this.status in a load listener
    {
      code: `
req.addEventListener('load', function () {
  if (this.status === 200 || this.status === 202) done(JSON.parse(this.responseText));
});`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
req.addEventListener('load', function () {
  if (this.status === 200) done(JSON.parse(this.responseText));
});`,
            },
          ],
        },
      ],
    },
    // XMLHttpRequest: includes on an array literal; the suggestion drops the element
    {
      code: `
xhr.onreadystatechange = () => {
  if (xhr.readyState === 4 && [200, 202].includes(xhr.status)) resolve(xhr.responseText);
};`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
xhr.onreadystatechange = () => {
  if (xhr.readyState === 4 && [200].includes(xhr.status)) resolve(xhr.responseText);
};`,
            },
          ],
        },
      ],
    },
    // includes on a const array: reported at the call, no suggestion (the array may serve elsewhere)
    {
      code: `
const OK_STATUSES = [200, 201, 202];
async function f() {
  const res = await fetch(url);
  if (OK_STATUSES.includes(res.status)) return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
    // has on a Set
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (new Set([200, 202]).has(res.status)) return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    // negated includes guard
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (![200, 202].includes(res.status)) throw new Error('failed');
  const data = await res.json();
  setItems(data);
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  if (![200].includes(res.status)) throw new Error('failed');
  const data = await res.json();
  setItems(data);
}`,
            },
          ],
        },
      ],
    },
    // a negated guard lets 202 through with 200
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status !== 200 && res.status !== 202) throw new Error('failed');
  return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error('failed');
  return res.json();
}`,
            },
          ],
        },
      ],
    },
    // switch with fall-through
    {
      code: `
async function f() {
  const res = await fetch(url);
  switch (res.status) {
    case 200:
    case 202:
      return res.json();
    default:
      throw new Error(\`Unexpected \${res.status}\`);
  }
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  switch (res.status) {
    case 200:
      return res.json();
    default:
      throw new Error(\`Unexpected \${res.status}\`);
  }
}`,
            },
          ],
        },
      ],
    },
    // switch with 202 first
    {
      code: `
async function f() {
  const res = await fetch(url);
  switch (res.status) {
    case 202:
    case 200:
      return res.json();
  }
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  switch (res.status) {
    case 200:
      return res.json();
  }
}`,
            },
          ],
        },
      ],
    },
    // switch: a 202 case with statements that fall into 200 (no sound edit: a switch body cannot start with a statement)
    {
      code: `
async function f() {
  const res = await fetch(url);
  switch (res.status) {
    case 202:
      setPending(true);
    case 200:
      return res.json();
  }
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 13,
          suggestions: [],
        },
      ],
    },
    // a small predicate over the status, called in a branch that returns the body
    {
      code: `
const isSuccess = (s) => s === 200 || s === 202;
async function f() {
  const res = await fetch(url);
  if (isSuccess(res.status)) return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
const isSuccess = (s) => s === 200;
async function f() {
  const res = await fetch(url);
  if (isSuccess(res.status)) return res.json();
}`,
            },
          ],
        },
      ],
    },
    // a predicate over the response, called twice: reported once
    {
      code: `
function isDone(r) {
  return r.status === 200 || r.status === 202;
}
async function f() {
  const res = await fetch(url);
  if (isDone(res)) {
    setResult(await res.json());
  }
}
async function g() {
  const res = await fetch(other);
  return isDone(res) ? res.json() : null;
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
function isDone(r) {
  return r.status === 200;
}
async function f() {
  const res = await fetch(url);
  if (isDone(res)) {
    setResult(await res.json());
  }
}
async function g() {
  const res = await fetch(other);
  return isDone(res) ? res.json() : null;
}`,
            },
          ],
        },
      ],
    },
    // a named condition tested in a guard
    {
      code: `
async function f() {
  const res = await fetch(url);
  const ok = res.status === 200 || res.status === 202;
  if (!ok) throw new Error('failed');
  return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  const ok = res.status === 200;
  if (!ok) throw new Error('failed');
  return res.json();
}`,
            },
          ],
        },
      ],
    },
    // a conditional expression
    {
      code: `
async function f() {
  const res = await fetch(url);
  return res.status === 200 || res.status === 202 ? res.json() : null;
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  return res.status === 200 ? res.json() : null;
}`,
            },
          ],
        },
      ],
    },
    // a short-circuit statement
    {
      code: `
const { status, data } = await axios.get(url);
(status === 200 || status === 202) && setItems(data);`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
const { status, data } = await axios.get(url);
(status === 200) && setItems(data);`,
            },
          ],
        },
      ],
    },
    // constants: http-status-codes, axios' HttpStatusCode, a local const
    {
      code: `
import { StatusCodes } from 'http-status-codes';
import axios, { HttpStatusCode } from 'axios';
const ACCEPTED = 202;
async function f() {
  const res = await fetch(url);
  if (res.status === StatusCodes.OK || res.status === StatusCodes.ACCEPTED) return res.json();
  const r2 = await axios.get(url);
  if (r2.status === HttpStatusCode.Ok || r2.status === HttpStatusCode.Accepted) return r2.data;
  if (res.status === 201 || res.status === ACCEPTED) return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 7,
          column: 40,
          endLine: 7,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
import { StatusCodes } from 'http-status-codes';
import axios, { HttpStatusCode } from 'axios';
const ACCEPTED = 202;
async function f() {
  const res = await fetch(url);
  if (res.status === StatusCodes.OK) return res.json();
  const r2 = await axios.get(url);
  if (r2.status === HttpStatusCode.Ok || r2.status === HttpStatusCode.Accepted) return r2.data;
  if (res.status === 201 || res.status === ACCEPTED) return res.json();
}`,
            },
          ],
        },
        {
          messageId: 'treatedAsCompletion',
          line: 9,
          column: 42,
          endLine: 9,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
import { StatusCodes } from 'http-status-codes';
import axios, { HttpStatusCode } from 'axios';
const ACCEPTED = 202;
async function f() {
  const res = await fetch(url);
  if (res.status === StatusCodes.OK || res.status === StatusCodes.ACCEPTED) return res.json();
  const r2 = await axios.get(url);
  if (r2.status === HttpStatusCode.Ok) return r2.data;
  if (res.status === 201 || res.status === ACCEPTED) return res.json();
}`,
            },
          ],
        },
        {
          messageId: 'treatedAsCompletion',
          line: 10,
          column: 29,
          endLine: 10,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
import { StatusCodes } from 'http-status-codes';
import axios, { HttpStatusCode } from 'axios';
const ACCEPTED = 202;
async function f() {
  const res = await fetch(url);
  if (res.status === StatusCodes.OK || res.status === StatusCodes.ACCEPTED) return res.json();
  const r2 = await axios.get(url);
  if (r2.status === HttpStatusCode.Ok || r2.status === HttpStatusCode.Accepted) return r2.data;
  if (res.status === 201) return res.json();
}`,
            },
          ],
        },
      ],
    },
    // Vue: the data assigned to component state
    {
      code: `
export default {
  methods: {
    async load() {
      const { status, data } = await this.$http.get('/report');
      if (status === 200 || status === 202) this.items = data;
    },
  },
};`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 6,
          column: 29,
          endLine: 6,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
export default {
  methods: {
    async load() {
      const { status, data } = await this.$http.get('/report');
      if (status === 200) this.items = data;
    },
  },
};`,
            },
          ],
        },
      ],
    },
    // the body read in a then callback
    {
      code: `
fetch(u).then((res) => res.json().then((data) => {
  if (res.status === 200 || res.status === 202) this.result = data;
}));`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
fetch(u).then((res) => res.json().then((data) => {
  if (res.status === 200) this.result = data;
}));`,
            },
          ],
        },
      ],
    },
    // an extra condition does not change which codes share the branch
    {
      code: `
async function f() {
  const res = await fetch(url);
  if ((res.status === 200 || res.status === 202) && res.headers.get('content-type') === 'application/json') return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  if ((res.status === 200) && res.headers.get('content-type') === 'application/json') return res.json();
}`,
            },
          ],
        },
      ],
    },
    // parentheses around operands are kept
    {
      code: `
async function f() {
  const res = await fetch(url);
  if ((res.status === 202) || res.status === 204 || res.status === 200) return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          data: { codes: '200 OK or 204 No Content' },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  if (res.status === 204 || res.status === 200) return res.json();
}`,
            },
          ],
        },
      ],
    },
    // a comment inside the removed text: no suggestion
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200 || /* queued */ res.status === 202) return res.json();
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    // a wrapper passes the result on
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200 || res.status === 202) return new Report(await res.json());
}`,
      errors: [
        {
          messageId: 'treatedAsCompletion',
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200) return new Report(await res.json());
}`,
            },
          ],
        },
      ],
    },
    // only-202 branch: the body stored as the result
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 202) {
    const data = await res.json();
    setReport(data);
  }
}`,
      errors: [
        {
          messageId: 'onlyBranchConsumes',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    // only-202 branch: a guard that lets only 202 through, then returns the body
    {
      code: `
async function getReport() {
  const res = await fetch(url);
  if (res.status !== 202) throw new Error('failed');
  return res.json();
}`,
      errors: [
        {
          messageId: 'onlyBranchConsumes',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    // only-202 branch: axios data returned
    {
      code: `
async function getReport() {
  const response = await axios.get(url);
  if (response.status === 202) return response.data;
}`,
      errors: [
        {
          messageId: 'onlyBranchConsumes',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
    // only-202 branch: a case
    {
      code: `
async function getReport() {
  const res = await fetch(url);
  switch (res.status) {
    case 202:
      return res.json();
  }
}`,
      errors: [
        {
          messageId: 'onlyBranchConsumes',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 13,
          suggestions: [],
        },
      ],
    },
    // only-202 branch: a promise resolved with the XHR body
    {
      code: `
xhr.onload = () => {
  if (xhr.status === 202) resolve(xhr.responseText);
};`,
      errors: [
        {
          messageId: 'onlyBranchConsumes',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    // only-202 branch: the value of a conditional
    {
      code: `
const load = async () => {
  const res = await fetch(url);
  return res.status === 202 ? res.json() : null;
};`,
      errors: [
        {
          messageId: 'onlyBranchConsumes',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 28,
          suggestions: [],
        },
      ],
    },
    // only-202 branch: part of the body that is not a job handle
    {
      code: `
async function f() {
  const { status, data } = await axios.get(url);
  status === 202 && setItems(data.items);
}`,
      errors: [
        {
          messageId: 'onlyBranchConsumes',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
    // the bitwise slip: always true; the suggestion keeps the comparison
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200 | 202) return res.json();
}`,
      errors: [
        {
          messageId: 'bitwiseSlip',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200) return res.json();
}`,
            },
          ],
        },
      ],
    },
    // the logical slip: always truthy
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200 || 202) return res.json();
}`,
      errors: [
        {
          messageId: 'orSlip',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'handle202Separately',
              output: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200) return res.json();
}`,
            },
          ],
        },
      ],
    },
    // the slip the other way round: no suggestion (it would keep 202)
    {
      code: `
async function f(status) {
  if (status === 202 | 200) return true;
}`,
      errors: [
        {
          messageId: 'bitwiseSlip',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
  ],
});
