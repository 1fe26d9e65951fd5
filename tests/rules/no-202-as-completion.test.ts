import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';
import { treated } from './acceptedReports.js';

// Comparisons: `||` chains, guards, `?:` and short-circuit statements, constants, edits that drop 202.
ruleTester.run('no-202-as-completion', rule, {
  valid: [
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
    // Different subjects: the 202 belongs to another response.
    `
async function both(a, b) {
  if (a.status === 200 || b.status === 202) return a.json();
}`,
    // Not a status: a field named code.
    `
if (item.code === 202 || item.code === 200) render(item.data);`,
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
      errors: [treated([4, 29, 4, 47], `
async function load() {
  const res = await fetch('/api/report', { method: 'POST' });
  if (res.status === 200) {
    return res.json();
  }
  throw new Error('failed');
}`, '200 OK')],
    },
    // 202 first in the chain, loose equality
    {
      code: `
async function load() {
  const res = await fetch('/api/report');
  if (res.status == 202 || res.status == 200) return res.text();
}`,
      errors: [treated([4, 7, 4, 24], `
async function load() {
  const res = await fetch('/api/report');
  if (res.status == 200) return res.text();
}`)],
    },
    // destructured status and data
    {
      code: `
async function f() {
  const { status, data } = await axios.post(url);
  if (status === 200 || status === 202) return data;
}`,
      errors: [treated([4, 25, 4, 39], `
async function f() {
  const { status, data } = await axios.post(url);
  if (status === 200) return data;
}`)],
    },
    // destructured under another name
    {
      code: `
async function f(res) {
  const { status: code } = res;
  if (code === 201 || code === 202) return res.json();
}`,
      errors: [treated([4, 23, 4, 35], `
async function f(res) {
  const { status: code } = res;
  if (code === 201) return res.json();
}`)],
    },
    // a const holding the status
    {
      code: `
async function f() {
  const res = await fetch(url);
  const s = res.status;
  if (s === 200 || s === 202) return res.blob();
}`,
      errors: [treated([5, 20, 5, 29], `
async function f() {
  const res = await fetch(url);
  const s = res.status;
  if (s === 200) return res.blob();
}`)],
    },
    // a negated guard lets 202 through with 200
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status !== 200 && res.status !== 202) throw new Error('failed');
  return res.json();
}`,
      errors: [treated([4, 29, 4, 47], `
async function f() {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error('failed');
  return res.json();
}`)],
    },
    // a conditional expression
    {
      code: `
async function f() {
  const res = await fetch(url);
  return res.status === 200 || res.status === 202 ? res.json() : null;
}`,
      errors: [treated([4, 32, 4, 50], `
async function f() {
  const res = await fetch(url);
  return res.status === 200 ? res.json() : null;
}`)],
    },
    // a short-circuit statement
    {
      code: `
const { status, data } = await axios.get(url);
(status === 200 || status === 202) && setItems(data);`,
      errors: [treated([3, 20, 3, 34], `
const { status, data } = await axios.get(url);
(status === 200) && setItems(data);`)],
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
        treated([7, 40, 7, 75], `
import { StatusCodes } from 'http-status-codes';
import axios, { HttpStatusCode } from 'axios';
const ACCEPTED = 202;
async function f() {
  const res = await fetch(url);
  if (res.status === StatusCodes.OK) return res.json();
  const r2 = await axios.get(url);
  if (r2.status === HttpStatusCode.Ok || r2.status === HttpStatusCode.Accepted) return r2.data;
  if (res.status === 201 || res.status === ACCEPTED) return res.json();
}`),
        treated([9, 42, 9, 79], `
import { StatusCodes } from 'http-status-codes';
import axios, { HttpStatusCode } from 'axios';
const ACCEPTED = 202;
async function f() {
  const res = await fetch(url);
  if (res.status === StatusCodes.OK || res.status === StatusCodes.ACCEPTED) return res.json();
  const r2 = await axios.get(url);
  if (r2.status === HttpStatusCode.Ok) return r2.data;
  if (res.status === 201 || res.status === ACCEPTED) return res.json();
}`),
        treated([10, 29, 10, 52], `
import { StatusCodes } from 'http-status-codes';
import axios, { HttpStatusCode } from 'axios';
const ACCEPTED = 202;
async function f() {
  const res = await fetch(url);
  if (res.status === StatusCodes.OK || res.status === StatusCodes.ACCEPTED) return res.json();
  const r2 = await axios.get(url);
  if (r2.status === HttpStatusCode.Ok || r2.status === HttpStatusCode.Accepted) return r2.data;
  if (res.status === 201) return res.json();
}`),
      ],
    },
    // an extra condition does not change which codes share the branch
    {
      code: `
async function f() {
  const res = await fetch(url);
  if ((res.status === 200 || res.status === 202) && res.headers.get('content-type') === 'application/json') return res.json();
}`,
      errors: [treated([4, 30, 4, 48], `
async function f() {
  const res = await fetch(url);
  if ((res.status === 200) && res.headers.get('content-type') === 'application/json') return res.json();
}`)],
    },
    // parentheses around operands are kept
    {
      code: `
async function f() {
  const res = await fetch(url);
  if ((res.status === 202) || res.status === 204 || res.status === 200) return res.json();
}`,
      errors: [treated([4, 8, 4, 26], `
async function f() {
  const res = await fetch(url);
  if (res.status === 204 || res.status === 200) return res.json();
}`, '200 OK or 204 No Content')],
    },
    // a comment inside the removed text: no suggestion
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200 || /* queued */ res.status === 202) return res.json();
}`,
      errors: [treated([4, 42, 4, 60])],
    },
  ],
});
