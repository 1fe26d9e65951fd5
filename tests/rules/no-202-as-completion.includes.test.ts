import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';
import { treated } from './acceptedReports.js';

// `includes`/`has` on lists of codes.
ruleTester.run('no-202-as-completion (includes)', rule, {
  valid: [
    // Azure's generated clients compare string statuses, which are not resolved as codes.
    `
export function _createDeserialize(result) {
  const expectedStatuses = ['200', '201', '202'];
  if (!expectedStatuses.includes(result.status)) throw createRestError(result);
  return result.body;
}`,
  ],
  invalid: [
    // XMLHttpRequest: includes on an array literal; the suggestion drops the element
    {
      code: `
xhr.onreadystatechange = () => {
  if (xhr.readyState === 4 && [200, 202].includes(xhr.status)) resolve(xhr.responseText);
};`,
      errors: [treated([3, 37, 3, 40], `
xhr.onreadystatechange = () => {
  if (xhr.readyState === 4 && [200].includes(xhr.status)) resolve(xhr.responseText);
};`)],
    },
    // includes on a const array: reported at the call, no suggestion (the array may serve elsewhere)
    {
      code: `
const OK_STATUSES = [200, 201, 202];
async function f() {
  const res = await fetch(url);
  if (OK_STATUSES.includes(res.status)) return res.json();
}`,
      errors: [treated([5, 7, 5, 39])],
    },
    // has on a Set
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (new Set([200, 202]).has(res.status)) return res.json();
}`,
      errors: [treated([4, 7, 4, 42])],
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
      errors: [treated([4, 14, 4, 17], `
async function f() {
  const res = await fetch(url);
  if (![200].includes(res.status)) throw new Error('failed');
  const data = await res.json();
  setItems(data);
}`)],
    },
  ],
});
