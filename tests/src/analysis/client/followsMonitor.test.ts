import { ruleTester } from '../../../ruleTester.js';
import { check, checkProbe } from './checkProbe.js';

/** `if (res.status === 202) { … }` in a function named `name`. */
const branch = (code: string, name = 'load') => `async function ${name}(res) { if (res.status === 202) { ${code} } }`;
const follows = check('comparison subject:res.status response:res codes:202 only follows');
const doesNot = check('comparison subject:res.status response:res codes:202 only');

const cases: [code: string, expected: typeof follows][] = [
  // The monitor's headers, read any way.
  [branch("const url = res.headers.get('Location');"), follows],
  [branch("go(res.headers.get('content-location'));"), follows],
  [branch("go(res.headers['operation-location']);"), follows],
  [branch('go(res.headers[`Azure-AsyncOperation`]);'), follows],
  [branch("wait(res.headers.get('Retry-After'));"), follows],
  [branch('go(res.headers.location);'), follows],
  // …or what code keeps of them.
  [branch('go(job.statusUrl);'), follows],
  [branch('const { retryAfter } = parse(res); go(retryAfter);'), follows],
  [branch('go(operationLocation);'), follows],
  // Loops and another round.
  [branch('while (!done) done = await check();'), follows],
  [branch('for (let i = 0; i < 5; i++) await check();'), follows],
  // Recursion, and hand-off to a poller by name.
  [branch('return load(res);'), follows],
  [branch('return pollUntilDone(res);'), follows],
  [branch('return createHttpPoller(client, res);'), follows],
  [branch('await waitForJob(res);'), follows],
  [branch('await waitUntilReady(res);'), follows],
  [branch('return new LroPoller(res);'), follows],
  [branch('setTimeout(() => refresh(), 1000);'), follows],
  [branch('await sleep(1000); return retry();'), follows],
  // The branch names 202 again: it tells 202 apart itself.
  [branch('setPending(res.status === 202);'), follows],
  // The function reads the monitor itself.
  [branch('return res.json();', 'getJobStatus'), check('comparison subject:res.status response:res codes:202 only follows consumes')],
  [branch('return res.json();', 'checkProgress'), check('comparison subject:res.status response:res codes:202 only follows consumes')],
  // None of these follows the monitor.
  [branch('window.location.assign(next);'), doesNot],
  [branch("toast('Queued');"), doesNot],
  [branch('go(res.url);'), doesNot],
  [branch('items.forEach(show);'), doesNot],
];

ruleTester.run('followsMonitor', checkProbe, {
  valid: [],
  invalid: [
    ...cases.map(([code, expected]) => ({ code, errors: [expected] })),
    // Inside a polling loop, or a poller's callback.
    {
      code: 'async function f(u) { for (;;) { const res = await fetch(u); if (res.status === 202) { log(); } } }',
      errors: [follows],
    },
    {
      code: 'setInterval(async () => { const res = await fetch(u); if (res.status === 202) { log(); } }, 1000);',
      errors: [follows],
    },
    // A for-of walks a list; it does not poll.
    {
      code: 'async function f(urls) { for (const u of urls) { const res = await fetch(u); if (res.status === 202) { log(); } } }',
      errors: [doesNot],
    },
  ],
});
