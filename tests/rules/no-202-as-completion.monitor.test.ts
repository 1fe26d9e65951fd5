import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';

// Code that follows the status monitor on 202: loops, recursion, pollers, monitor headers, the monitor itself.
ruleTester.run('no-202-as-completion (following the monitor)', rule, {
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
    // Inside a polling callback.
    `
const timer = setInterval(async () => {
  const res = await fetch('/status');
  if (res.status === 200 || res.status === 202) setState(await res.json());
}, 1000);`,
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
  ],
  invalid: [

  ],
});
