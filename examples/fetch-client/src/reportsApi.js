// A browser client for a reports API that answers long-running work with 202 Accepted and a status
// monitor in `Operation-Location` (or `Location`), polled until it answers 200 with the result.
import axios from 'axios';

const api = axios.create({ baseURL: '/api', validateStatus: (status) => status < 500 });

/** Naive: a 202 body describes the job, yet it is returned as the report. */
export async function getReport(id) {
  const response = await api.get(`/reports/${id}`);
  if (response.status === 200 || response.status === 202) { // expect: no-202-as-completion
    return response.data;
  }
  throw new Error(`report ${id}: HTTP ${response.status}`);
}

/** Naive: the slip `=== 200 | 202` is always true, so every answer counts as the totals. */
export async function getTotals(setTotals) {
  const response = await api.get('/reports/totals');
  if (response.status === 200 | 202) { // expect: no-202-as-completion
    setTotals(response.data);
  }
}

/** Naive: an upload whose 202 means "scanning", resolved as if the file were stored. */
export function uploadAttachment(file) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/attachments');
    xhr.onload = function () {
      switch (this.status) {
        case 201:
        case 202: // expect: no-202-as-completion
          resolve(JSON.parse(this.responseText));
          break;
        default:
          reject(new Error(`upload failed: HTTP ${this.status}`));
      }
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(file);
  });
}

/** Correct: starts the report and follows the monitor, honouring `Retry-After`, until it is done. */
export async function runReport(query, { signal } = {}) {
  const started = await api.post('/reports', query, { signal });
  if (started.status === 200) return started.data;
  if (started.status !== 202) throw new Error(`report refused: HTTP ${started.status}`);

  const monitor = started.headers['operation-location'] ?? started.headers.location;
  let response = started;
  do {
    const seconds = Number(response.headers['retry-after'] ?? 2);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    response = await api.get(monitor, { signal });
  } while (response.status === 202);

  if (response.status !== 200) throw new Error(`report failed: HTTP ${response.status}`);
  return response.data;
}

/** Correct: a 202 here only informs; the export arrives by e-mail. */
export async function requestExport(notify) {
  const response = await api.post('/exports');
  if (response.status === 202) {
    notify('Your export is queued; we will e-mail you when it is ready.');
    return;
  }
  if (response.status !== 200) throw new Error(`export failed: HTTP ${response.status}`);
  notify('Your export is ready.');
}
