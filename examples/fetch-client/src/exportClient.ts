import { setTimeout as delay } from 'node:timers/promises';

/** A client for the export API of `examples/express-api`. */
export interface ExportResult {
  id: string;
  url: string;
}

const BASE_URL = process.env.EXPORTS_API_URL ?? 'http://localhost:3000';

/**
 * Naive: takes 202 Accepted for 200 OK and returns the job stub as if it were the finished export. The
 * server only promised to start the work.
 */
export async function startExport(token: string): Promise<ExportResult> {
  const res = await fetch(`${BASE_URL}/exports`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  if (res.status === 200 || res.status === 202) { // expect: no-202-as-completion
    return (await res.json()) as ExportResult;
  }
  throw new Error(`export failed with ${res.status}`);
}

/** Correct: on 202, follows the `Location` header to the status monitor until the export is done. */
export async function exportAndWait(token: string, signal?: AbortSignal): Promise<ExportResult> {
  const headers = { Authorization: `Bearer ${token}` };
  const res = await fetch(`${BASE_URL}/exports`, { method: 'POST', headers, signal });
  if (res.status === 202) {
    const location = res.headers.get('Location');
    if (!location) throw new Error('202 Accepted without a Location to poll');
    return pollUntilDone(new URL(location, BASE_URL), headers, signal);
  }
  if (!res.ok) throw new Error(`export failed with ${res.status}`);
  return (await res.json()) as ExportResult;
}

/** The monitor answers 200 with `Retry-After` while the job runs and 303 See Other to the result. */
async function pollUntilDone(monitor: URL, headers: Record<string, string>, signal?: AbortSignal): Promise<ExportResult> {
  for (;;) {
    const res = await fetch(monitor, { headers, signal });
    if (!res.ok) throw new Error(`polling ${monitor.href} failed with ${res.status}`);
    if (res.redirected) return { id: monitor.pathname.split('/').pop() ?? '', url: res.url };
    const seconds = Number(res.headers.get('Retry-After') ?? '2');
    await delay(seconds * 1000, undefined, { signal });
  }
}

/**
 * Naive: the 202 branch schedules a retry and logs, then runs on into the body read, so the job stub is
 * returned as the export.
 */
export async function fetchExport(id: string, retry: () => void): Promise<ExportResult> {
  const res = await fetch(`${BASE_URL}/exports/${id}`);
  if (res.status === 202) { // expect: no-202-as-completion
    setTimeout(retry, 1000);
    console.info(`export ${id} is still running`);
  } else if (res.status !== 200) {
    throw new Error(`export ${id} failed with ${res.status}`);
  }
  return (await res.json()) as ExportResult;
}

/** Naive: `res.ok` already covers 202, and `|| 202` says the author meant it. */
export async function latestExport(): Promise<ExportResult> {
  const res = await fetch(`${BASE_URL}/exports/latest`);
  if (res.ok || res.status === 202) return (await res.json()) as ExportResult; // expect: no-202-as-completion
  throw new Error(`no export: ${res.status}`);
}

/** Correct: the 202 branch replaces the response with the monitor's final answer before the read. */
export async function exportOnce(token: string): Promise<ExportResult> {
  const headers = { Authorization: `Bearer ${token}` };
  let res = await fetch(`${BASE_URL}/exports`, { method: 'POST', headers });
  if (res.status === 202) {
    await delay(1000);
    res = await fetch(new URL(res.headers.get('Location') ?? '', BASE_URL), { headers });
  }
  if (!res.ok) throw new Error(`export failed with ${res.status}`);
  return (await res.json()) as ExportResult;
}
