import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';
import { slip } from './acceptedReports.js';

// The precedence slip `status === 200 | 202` and its twin `status === 200 || 202`.
ruleTester.run('no-202-as-completion (slips)', rule, {
  valid: [
    // The slip with codes that are not 202, and a bitwise or of flags.
    `
const flags = FLAG_A | 202;
if (res.status === 200 | 201) run();`,
  ],
  invalid: [
    // the bitwise slip: always true; the suggestion keeps the comparison
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200 | 202) return res.json();
}`,
      errors: [slip('bitwiseSlip', [4, 7, 4, 31], `
async function f() {
  const res = await fetch(url);
  if (res.status === 200) return res.json();
}`)],
    },
    // the logical slip: always truthy
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200 || 202) return res.json();
}`,
      errors: [slip('orSlip', [4, 7, 4, 32], `
async function f() {
  const res = await fetch(url);
  if (res.status === 200) return res.json();
}`)],
    },
    // the slip the other way round: no suggestion (it would keep 202)
    {
      code: `
async function f(status) {
  if (status === 202 | 200) return true;
}`,
      errors: [slip('bitwiseSlip', [3, 7, 3, 27])],
    },
    // the comparison in parentheses: the suggestion keeps it without them
    {
      code: `
async function f(res) {
  if ((res.status === 201) | 202) return res.json();
}`,
      errors: [slip('bitwiseSlip', [3, 7, 3, 33], `
async function f(res) {
  if (res.status === 201) return res.json();
}`)],
    },
    // a comment in the dropped text: no suggestion; one inside the kept comparison stays
    {
      code: `
async function f(res) {
  if (res.status === 200 /* or queued */ | 202) return res.json();
  if (res.status /* final */ === 200 || 202) return res.text();
}`,
      errors: [
        slip('bitwiseSlip', [3, 7, 3, 47]),
        slip('orSlip', [4, 7, 4, 44], `
async function f(res) {
  if (res.status === 200 /* or queued */ | 202) return res.json();
  if (res.status /* final */ === 200) return res.text();
}`),
      ],
    },
    // an inequality: what was meant is unclear, so no suggestion
    {
      code: `
async function f(res) {
  if (res.status !== 200 | 202) throw new Error('failed');
}`,
      errors: [slip('bitwiseSlip', [3, 7, 3, 31])],
    },
  ],
});
