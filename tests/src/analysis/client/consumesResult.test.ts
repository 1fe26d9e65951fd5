import { ruleTester } from '../../../ruleTester.js';
import { check, checkProbe } from './checkProbe.js';

/** `if (res.status === 202) { … }` after `setup`, in a function named `name`. */
const branch = (code: string, setup = '', name = 'load') => `async function ${name}(res) { ${setup} if (res.status === 202) { ${code} } }`;
const consumes = check('comparison subject:res.status response:res codes:202 only consumes');
const doesNot = check('comparison subject:res.status response:res codes:202 only');

const cases: [code: string, expected: typeof consumes][] = [
  // Returned.
  [branch('return res.json();'), consumes],
  [branch('return await res.text();'), consumes],
  [branch('return res.blob();'), consumes],
  [branch('return res.arrayBuffer();'), consumes],
  [branch('return res.formData();'), consumes],
  [branch('return res.data;'), consumes],
  [branch('return res.data.items;'), consumes],
  [branch('return { items: res.data, total: 3 };'), consumes],
  [branch('return JSON.parse(res.responseText);'), consumes],
  [branch('return res.json().then((body) => body.items);'), consumes],
  [branch('return normalize(await res.json());'), consumes],
  [branch('return data;', 'const data = await res.json();'), consumes],
  [branch('return items;', 'const { items } = await res.json();'), consumes],
  [branch('return data;', 'const { data } = res;'), consumes],
  // Stored.
  [branch('setResult(await res.json());'), consumes],
  [branch('this.setState({ report: res.data });'), consumes],
  [branch('this.report = res.data;'), consumes],
  [branch('report.value = data;', 'const data = await res.json();'), consumes],
  [branch('store.commit("report", res.data);'), consumes],
  [branch('resolve(res.responseText);'), consumes],
  [branch('callback(null, res.body);'), consumes],
  [branch('results.push(await res.json());'), consumes],
  [branch('res.json().then((body) => setReport(body));'), consumes],
  // node http streams.
  [branch('res.pipe(file);'), consumes],
  [branch("res.on('data', (chunk) => chunks.push(chunk));"), consumes],
  // Not the result: nothing, a message, the response itself, a job handle, an error, a log.
  [branch('return;'), doesNot],
  [branch("return { queued: true, message: 'We will email you.' };"), doesNot],
  [branch('return res;'), doesNot],
  [branch('return (await res.json()).id;'), doesNot],
  [branch('const { jobId } = await res.json(); setJobId(jobId);'), doesNot],
  [branch('setJob(data.operationId);', 'const data = await res.json();'), doesNot],
  [branch('return Promise.reject(await res.json());'), doesNot],
  [branch('throw new ApiError(await res.json());'), doesNot],
  [branch('console.log(await res.json());'), doesNot],
  [branch("res.on('end', done);"), doesNot],
  // A callback's own return is not the branch's outcome.
  [branch('items.map((item) => { return item.data; });'), doesNot],
  // A job-starting function hands the 202 receipt to its caller.
  [branch('return res.json();', '', 'startExport'), doesNot],
  [branch('return res.data;', '', 'submitJob'), doesNot],
];

ruleTester.run('consumesResult', checkProbe, {
  valid: [],
  invalid: [
    ...cases.map(([code, expected]) => ({ code, errors: [expected] })),
    // A destructured data beside the status, and the value of a conditional.
    {
      code: 'const { status, data } = await axios.get(u); if (status === 202) setItems(data);',
      errors: [check('comparison subject:status response:? codes:202 only consumes')],
    },
    {
      code: 'const read = (res) => (res.status === 202 ? res.json() : null);',
      errors: [consumes],
    },
    // A job-starting function merging 202 with 200 still returns a result the caller takes for the outcome.
    {
      code: 'async function startExport(res) { if (res.status === 200 || res.status === 202) return res.json(); }',
      errors: [check('comparison subject:res.status response:res codes:200,202 only consumes fix')],
    },
    // Without a known response, only unmistakable body reads count.
    {
      code: 'function f(status, res, other) { if (status === 202) { other.data = 1; return res.json(); } }',
      errors: [check('comparison subject:status response:? codes:202 only consumes')],
    },
    {
      code: 'function f(status, res) { if (status === 202) return res.data; }',
      errors: [check('comparison subject:status response:? codes:202 only')],
    },
  ],
});
