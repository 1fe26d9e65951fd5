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
