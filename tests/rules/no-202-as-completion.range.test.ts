import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';
import { treated } from './acceptedReports.js';

// `res.ok` and 2xx range checks joined with `=== 202`: the branch takes 202 with every completion code.
ruleTester.run('no-202-as-completion (ranges)', rule, {
  valid: [
    // A range or res.ok alone does not name 202: whether the server ever answers 202 is not in the code.
    `
async function load() {
  const res = await fetch('/report', { method: 'POST' });
  if (res.ok) return res.json();
  if (res.status >= 200 && res.status < 300) return res.json();
}`,
    // res.ok || 202, fire-and-forget: nothing of the response is used.
    `
async function ping(urls) {
  const res = await fetch(ENDPOINT, { method: 'POST', body: JSON.stringify({ urls }) });
  if (res.ok || res.status === 202) {
    console.log('submitted');
    return true;
  }
  return false;
}`,
    // ...and with a hand-off for the 202 inside the merged branch.
    `
async function run(body) {
  const res = await fetch('/jobs', { method: 'POST', body });
  if (res.ok || res.status === 202) {
    if (res.status === 202) return waitFor(res.headers.get('Location'));
    return res.json();
  }
}`,
    // Another response's ok says nothing about this one's statuses.
    `
async function both(other) {
  const res = await fetch('/report');
  if (other.ok || res.status === 202) return res.json();
}`,
    // A range that leaves 202 out, with 202 sent elsewhere first.
    `
async function load() {
  const res = await fetch('/report');
  if (res.status === 202) return waitFor(res.headers.get('Location'));
  if (res.status >= 200 && res.status < 300) return res.json();
}`,
    // 202 with the error codes: the branch handles failures, not completion.
    `
async function load() {
  const res = await fetch('/report');
  if (res.status === 202 || res.status >= 400) throw new Error('not done: ' + res.status);
  return res.json();
}`,
  ],
  invalid: [
    // res.ok || 202: res.ok already lets 202 through, so dropping `=== 202` would change nothing; no edit.
    {
      code: `
async function load() {
  const res = await fetch('/report');
  if (res.ok || res.status === 202) return (await res.json()).result;
}`,
      errors: [treated([4, 17, 4, 35], undefined, 'any other 2xx status')],
    },
    {
      code: `
async function load() {
  const res = await fetch('/report');
  if (res.ok || res.status === 202) return res.json();
}`,
      errors: [treated([4, 17, 4, 35], undefined, 'any other 2xx status')],
    },
    // A 2xx range written out, either way round, stored as state.
    {
      code: `
async function load() {
  const response = await ky.get('/report', { throwHttpErrors: false });
  if ((200 <= response.status && response.status < 300) || response.status === 202) setReport(await response.json());
}`,
      errors: [treated([4, 60, 4, 83], undefined, 'any other 2xx status')],
    },
    // A guard: everything but 2xx (and 202, which is 2xx anyway) throws, then the body is read.
    {
      code: `
async function load() {
  const res = await fetch('/report');
  if (!res.ok && res.status !== 202) throw new Error(res.statusText);
  return res.json();
}`,
      errors: [treated([4, 18, 4, 36], undefined, 'any other 2xx status')],
    },
    // A range that stops short of 202: the codes are named, and dropping 202 is sound.
    {
      code: `
async function load() {
  const res = await fetch('/report');
  if (res.status === 202 || (res.status >= 200 && res.status <= 201)) return res.json();
}`,
      errors: [treated([4, 7, 4, 25], `
async function load() {
  const res = await fetch('/report');
  if ((res.status >= 200 && res.status <= 201)) return res.json();
}`, '200 OK or 201 Created')],
    },
  ],
});
