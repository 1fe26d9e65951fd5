import { randomUUID } from 'node:crypto';

/** An in-memory job queue: enough for the example, a real app would use a broker. */
const jobs = new Map();

export function enqueue(kind, params) {
  const job = { id: randomUUID(), kind, params, state: 'queued', result: null };
  jobs.set(job.id, job);
  setTimeout(() => {
    job.state = 'done';
    job.result = { url: `/exports/${job.id}/file` };
  }, 2_000);
  return job;
}

export const findJob = (id) => jobs.get(id);
