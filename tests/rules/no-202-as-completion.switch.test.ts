import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';
import { treated, onlyBranch } from './acceptedReports.js';

// `switch` on a status: fall-through `case`s.
ruleTester.run('no-202-as-completion (switch)', rule, {
  valid: [
    // A 202 case that only informs.
    `
switch (res.status) {
  case 202:
    notify('queued');
    break;
  case 200:
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
      errors: [treated([6, 10, 6, 13], `
async function f() {
  const res = await fetch(url);
  switch (res.status) {
    case 200:
      return res.json();
    default:
      throw new Error(\`Unexpected \${res.status}\`);
  }
}`)],
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
      errors: [treated([5, 10, 5, 13], `
async function f() {
  const res = await fetch(url);
  switch (res.status) {
    case 200:
      return res.json();
  }
}`)],
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
      errors: [treated([5, 10, 5, 13])],
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
      errors: [onlyBranch([5, 10, 5, 13])],
    },
  ],
});
