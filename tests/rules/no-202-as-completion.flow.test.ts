import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';
import { fallsThrough, onlyBranch } from './acceptedReports.js';

// A 202 branch that does not leave, followed into the statements after its `if`.
ruleTester.run('no-202-as-completion (fall-through)', rule, {
  valid: [
    // The branch hands off to a poller, then the code runs on.
    `
async function run(location) {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    await poll(location);
  }
  return res.json();
}`,
    // The branch replaces the response before the read.
    `
async function run(location) {
  let res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    await sleep(1000);
    res = await fetch(location);
  }
  return res.json();
}`,
    // ...or the statements after it do.
    `
async function run(resultUrl) {
  let res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  res = await fetch(resultUrl);
  return res.json();
}`,
    // The branch returns or throws, plainly or on some path.
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
    return null;
  }
  return res.json();
}`,
    `
async function run(wait) {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    if (!wait) return null;
    toast('waiting');
  }
  return res.json();
}`,
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    log('queued');
    throw new PendingError(res.headers.get('Retry-After'));
  }
  return res.json();
}`,
    `
function load(xhr, resolve) {
  if (xhr.status === 202) {
    resolve(null);
  }
  resolve(xhr.responseText);
}`,
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) return waitFor(res.headers.get('Location'));
  return res.json();
}`,
    // The body is read in another function: a handler or callback that runs on its own path.
    `
async function run(button) {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  button.onclick = async () => setReport(await res.json());
}`,
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  function read() {
    return res.json();
  }
  return read;
}`,
    // A later check on the status sends the 202 away from the read.
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  if (res.status === 200) return res.json();
  return null;
}`,
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  if (res.status !== 200) throw new Error(res.statusText);
  return res.json();
}`,
    // A later test the 202 path cannot be told by: silent.
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  switch (res.status) {
    case 200:
      return res.json();
  }
}`,
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  return { status: res.status, body: await res.json() };
}`,
    // In a loop, the next turn may poll.
    `
async function runAll(urls) {
  for (const url of urls) {
    const res = await fetch(url, { method: 'POST' });
    if (res.status === 202) {
      pending.add(url);
    }
    results.push(await res.json());
  }
}`,
    // The statements after the branch read the monitor, or tell 202 apart again.
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  const monitor = res.headers.get('Location');
  return { monitor, body: await res.json() };
}`,
    // A job-starting function hands the 202 receipt to its caller.
    `
async function startExport() {
  const res = await fetch('/exports', { method: 'POST' });
  if (res.status === 202) {
    log('export queued');
  }
  return res.json();
}`,
    // The read is after the enclosing block: not followed.
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  try {
    if (res.status === 202) {
      toast('queued');
    }
  } finally {
    done = true;
  }
  return res.json();
}`,
    // An inverted test without an else: no 202 branch to fall through.
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status !== 202) {
    toast('done');
  }
  return res.json();
}`,
    // Nothing of the response is used after the branch.
    `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  return res.ok;
}`,
    // A 202-only branch that replaces the response and reads the new one.
    `
async function run(next) {
  let res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    res = await fetch(next);
    return res.json();
  }
}`,
  ],
  invalid: [
    // The case: a timer and a log, then the 202 body read as the result.
    {
      code: `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    setTimeout(retry, 1000);
    log('queued');
  } else if (res.status !== 200) throw new Error('failed');
  return res.text();
}`,
      errors: [fallsThrough([4, 7, 4, 25], 8)],
    },
    // Waiting does not change the response.
    {
      code: `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return res.json();
}`,
      errors: [fallsThrough([4, 7, 4, 25], 7)],
    },
    // 202 with 200, the body read after the branch.
    {
      code: `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 200 || res.status === 202) {
    setLoading(false);
  }
  return res.json();
}`,
      errors: [fallsThrough([4, 29, 4, 47], 7)],
    },
    // An else-if in a chain; the read stores the body.
    {
      code: `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 200) {
    track('done');
  } else if (res.status === 202) {
    notify('queued');
  }
  setReport(await res.json());
}`,
      errors: [fallsThrough([6, 14, 6, 32], 9)],
    },
    // The 202 side is an else.
    {
      code: `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status !== 202) {
    track('done');
  } else {
    notify('queued');
  }
  return res.json();
}`,
      errors: [fallsThrough([4, 7, 4, 25], 9)],
    },
    // A later check the 202 passes, then the read.
    {
      code: `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  if (!res.ok) throw new Error(res.statusText);
  return res.json();
}`,
      errors: [fallsThrough([4, 7, 4, 25], 8)],
    },
    // ...or a later check the 202 takes, into a read.
    {
      code: `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    toast('queued');
  }
  if (res.ok) {
    cache.clear();
    setReport(await res.json());
  }
}`,
      errors: [fallsThrough([4, 7, 4, 25], 9)],
    },
    // axios, destructured.
    {
      code: `
async function run() {
  const { status, data } = await axios.post('/reports');
  if (status === 202) {
    console.info('accepted');
  }
  setItems(data.items);
}`,
      errors: [fallsThrough([4, 7, 4, 21], 7)],
    },
    // A branch that uses the body itself is reported as before, once.
    {
      code: `
async function run() {
  const res = await fetch('/reports', { method: 'POST' });
  if (res.status === 202) {
    setReport(await res.json());
  }
  return res.ok;
}`,
      errors: [onlyBranch([4, 7, 4, 25])],
    },
  ],
});
