import rule from '../../rules/no-202-as-completion.js';
import { ruleTester } from '../ruleTester.js';
import { treated, onlyBranch } from './acceptedReports.js';

// What counts as using the response as the result, and 202-only branches.
ruleTester.run('no-202-as-completion (using the result)', rule, {
  valid: [
    // Informational 202 branches that return nothing.
    `
async function requestExport() {
  const res = await fetch('/exports', { method: 'POST' });
  if (res.status === 202) {
    toast('Your export is queued; we will email you when it is ready.');
    return;
  }
  setExport(await res.json());
}`,
    // Guards that let only 202 through and discard the body.
    `
async function enqueue(job) {
  const res = await fetch('/jobs', { method: 'POST', body: JSON.stringify(job) });
  if (res.status !== 202) throw new Error('not accepted');
  return { queued: true };
}`,
    // A 202 body read for its job handle: the start of following the monitor.
    `
async function startImport(file) {
  const res = await fetch('/imports', { method: 'POST', body: file });
  if (res.status === 202) {
    const { jobId } = await res.json();
    setJobId(jobId);
  }
}`,
    `
client.request('POST', '/commands', body).then(({ status, body }) => {
  if (status === 202) {
    return body.id;
  }
  throw new Error(body.error);
});`,
    // A job-starting function hands the 202 receipt to its caller.
    `
async function startExport() {
  const res = await fetch('/exports', { method: 'POST' });
  if (res.status === 202) return res.json();
  throw new Error('export refused');
}`,
      // Handing the response on, or returning nothing of it, from a 202-only branch.
    `
async function submit() {
  const res = await fetch('/jobs', { method: 'POST' });
  if (res.status === 202) return res;
  if (res.status === 204) return null;
  return res.json();
}`,
    `
async function cancel(id) {
  const res = await fetch('/jobs/' + id, { method: 'DELETE' });
  if (res.status === 202) return null;
  return res.json();
}`,
    // The 202 body typed as an unfinished operation: the caller is told it is not the result.
    `
type ReportResponse = Report | { status: 'pending'; message: string };
export async function getReport(sessionId: string): Promise<ReportResponse> {
  const res = await fetch('/v1/reports/' + sessionId);
  if (res.status === 202) return res.json();
  if (!res.ok) throw new Error('report error: ' + res.status);
  return res.json();
}`,
    `
export const feedback = {
  get: async (id: string): Promise<FeedbackResponse | FeedbackProcessing> => {
    const res = await fetch('/api/feedback/' + id);
    if (res.status === 202) return res.json() as Promise<FeedbackProcessing>;
    return res.json() as Promise<FeedbackResponse>;
  },
};`,
    `
async function exportOrders(body: string) {
  const res = await fetch('/api/exports', { method: 'POST', body });
  if (res.status === 202) return (await res.json()) as ExportJob;
  return null;
}`,
  ],
  invalid: [
    // Vue: the data assigned to component state
    {
      code: `
export default {
  methods: {
    async load() {
      const { status, data } = await this.$http.get('/report');
      if (status === 200 || status === 202) this.items = data;
    },
  },
};`,
      errors: [treated([6, 29, 6, 43], `
export default {
  methods: {
    async load() {
      const { status, data } = await this.$http.get('/report');
      if (status === 200) this.items = data;
    },
  },
};`)],
    },
    // the body read in a then callback
    {
      code: `
fetch(u).then((res) => res.json().then((data) => {
  if (res.status === 200 || res.status === 202) this.result = data;
}));`,
      errors: [treated([3, 29, 3, 47], `
fetch(u).then((res) => res.json().then((data) => {
  if (res.status === 200) this.result = data;
}));`)],
    },
    // a wrapper passes the result on
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 200 || res.status === 202) return new Report(await res.json());
}`,
      errors: [treated([4, 29, 4, 47], `
async function f() {
  const res = await fetch(url);
  if (res.status === 200) return new Report(await res.json());
}`)],
    },
    // only-202 branch: the body stored as the result
    {
      code: `
async function f() {
  const res = await fetch(url);
  if (res.status === 202) {
    const data = await res.json();
    setReport(data);
  }
}`,
      errors: [onlyBranch([4, 7, 4, 25])],
    },
    // only-202 branch: a guard that lets only 202 through, then returns the body
    {
      code: `
async function getReport() {
  const res = await fetch(url);
  if (res.status !== 202) throw new Error('failed');
  return res.json();
}`,
      errors: [onlyBranch([4, 7, 4, 25])],
    },
    // only-202 branch: axios data returned
    {
      code: `
async function getReport() {
  const response = await axios.get(url);
  if (response.status === 202) return response.data;
}`,
      errors: [onlyBranch([4, 7, 4, 30])],
    },
    // ...but not when the declared type is a finished result, or the branch is not taken only on 202.
    {
      code: `
type ReportResponse = Report | { status: 'done' };
async function getReport(): Promise<ReportResponse> {
  const res = await fetch(url);
  if (res.status === 202) return (await res.json()) as JobResult;
}`,
      errors: [onlyBranch([5, 7, 5, 25])],
    },
    {
      code: `
async function getReport(): Promise<Report | PendingReport> {
  const res = await fetch(url);
  if (res.status === 200 || res.status === 202) return res.json();
}`,
      errors: [treated([4, 29, 4, 47], `
async function getReport(): Promise<Report | PendingReport> {
  const res = await fetch(url);
  if (res.status === 200) return res.json();
}`, '200 OK')],
    },
    // only-202 branch: a promise resolved with the XHR body
    {
      code: `
xhr.onload = () => {
  if (xhr.status === 202) resolve(xhr.responseText);
};`,
      errors: [onlyBranch([3, 7, 3, 25])],
    },
    // only-202 branch: the value of a conditional
    {
      code: `
const load = async () => {
  const res = await fetch(url);
  return res.status === 202 ? res.json() : null;
};`,
      errors: [onlyBranch([4, 10, 4, 28])],
    },
    // only-202 branch: part of the body that is not a job handle
    {
      code: `
async function f() {
  const { status, data } = await axios.get(url);
  status === 202 && setItems(data.items);
}`,
      errors: [onlyBranch([4, 3, 4, 17])],
    },
  ],
});
