export type ReportState = 'queued' | 'running' | 'done' | 'failed';

export interface ReportJob {
  id: string;
  kind: string;
  owner: string;
  state: ReportState;
}

const jobs = new Map<string, ReportJob>();

/** Queues a report; an in-memory stand-in for a real queue. */
export async function enqueueReport(kind: string, owner: string): Promise<ReportJob> {
  const job: ReportJob = { id: crypto.randomUUID(), kind, owner, state: 'queued' };
  jobs.set(job.id, job);
  return job;
}

export async function findReport(id: string): Promise<ReportJob | undefined> {
  return jobs.get(id);
}
