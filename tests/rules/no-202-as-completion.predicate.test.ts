import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';
import { treated } from './acceptedReports.js';

// Small predicates and named conditions.
ruleTester.run('no-202-as-completion (predicates)', rule, {
  valid: [
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
  ],
  invalid: [
    // a small predicate over the status, called in a branch that returns the body
    {
      code: `
const isSuccess = (s) => s === 200 || s === 202;
async function f() {
  const res = await fetch(url);
  if (isSuccess(res.status)) return res.json();
}`,
      errors: [treated([2, 39, 2, 48], `
const isSuccess = (s) => s === 200;
async function f() {
  const res = await fetch(url);
  if (isSuccess(res.status)) return res.json();
}`)],
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
      errors: [treated([3, 30, 3, 46], `
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
}`)],
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
      errors: [treated([4, 36, 4, 54], `
async function f() {
  const res = await fetch(url);
  const ok = res.status === 200;
  if (!ok) throw new Error('failed');
  return res.json();
}`)],
    },
  ],
});
