import path from 'node:path';

import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

/** The linted file sits beside tests/fixtures/summaries/lib, so `./lib/…` imports resolve to real modules. */
const filename = path.join(import.meta.dirname, '../fixtures/summaries/routes.ts');
const at = (line: number, column: number) => ({ messageId: 'missingMonitor' as const, line, column });

// 202 through the project's helpers. Error classes never answer 202 (finalhandler turns a status below 400 into 500).
ruleTester.run('require-202-location (helpers)', rule, {
  valid: [
    // The caller sets the monitor on the res it hands over.
    { code: `import { formatApiResponse } from './lib/http';\napp.post('/jobs', (req, res) => {\n  res.location('/jobs/1');\n  formatApiResponse(202, res, { id: 1 });\n});`, filename },
    // The body the caller passes carries the link.
    { code: `import { formatApiResponse } from './lib/http';\napp.post('/jobs', (req, res) => formatApiResponse(202, res, { id: 1, statusUrl: '/jobs/1' }));`, filename },
    // A body we cannot read.
    { code: `import { formatApiResponse } from './lib/http';\napp.post('/jobs', (req, res) => formatApiResponse(202, res, job));`, filename },
    // The helper sets Location itself.
    { code: `import { accepted } from './lib/http';\napp.post('/jobs', (req, res) => accepted(res, 202, '/jobs/1'));`, filename },
    // The init the caller passes has the header.
    { code: `import { successResponse } from './lib/http';\nexport async function POST() {\n  return successResponse({ id: 1 }, { status: 202, headers: { Location: '/jobs/1' } });\n}`, filename },
    // Headers from the caller: passed, or a variable we cannot read.
    { code: `import { jsonResponse } from './lib/http';\nexport const handler = async (event) => jsonResponse(202, { id: 1 }, { Location: '/jobs/1' });`, filename },
    { code: `import { jsonResponse } from './lib/http';\nexport const handler = async (event) => jsonResponse(202, { id: 1 }, monitorHeaders);`, filename },
    // Another status; an unknown one.
    { code: `import { formatApiResponse } from './lib/http';\napp.post('/jobs', (req, res) => formatApiResponse(201, res, { id: 1 }));`, filename },
    { code: `import { successResponse } from './lib/http';\nexport const POST = () => successResponse({ id: 1 }, init);`, filename },
    // A headers default the helper reads from elsewhere: unknown.
    `function send(res, code, body, headers = defaultHeaders) { res.set(headers); res.status(code).json(body); }\napp.post('/jobs', (req, res) => send(res, 202, { id: 1 }));`,
    // The call passes the monitor where the default would be.
    `function send(res, code, body, headers = {}) { res.set(headers); res.status(code).json(body); }\napp.post('/jobs', (req, res) => send(res, 202, { id: 1 }, { Location: '/jobs/1' }));`,
    // An error class with 202 is no 202 response.
    `class Pending extends Error { status = 202; }\nthrow new Pending();`,
  ],
  invalid: [
    {
      code: `import { formatApiResponse } from './lib/http';\napp.post('/jobs', (req, res) => formatApiResponse(202, res, { id: 1 }));`,
      filename,
      errors: [at(2, 51)],
    },
    {
      code: `import { successResponse } from './lib/http';\nexport async function POST() {\n  return successResponse({ id: 1 }, { status: 202 });\n}`,
      filename,
      errors: [at(3, 47)],
    },
    {
      // Lambda, the headers argument omitted: no headers at all.
      code: `import { jsonResponse } from './lib/http';\nexport const handler = async (event) => jsonResponse(202, { id: 1 });`,
      filename,
      errors: [at(2, 54)],
    },
    {
      // A headers parameter with a literal default, omitted by the call: the default counts.
      code: `function formatApiResponse(statusCode, res, payload, headers = {}) {\n  res.set(headers);\n  return res.status(statusCode).send(payload);\n}\napp.post('/jobs', (req, res) => formatApiResponse(202, res, { jobId: 1 }));`,
      errors: [at(5, 51)],
    },
    {
      // A local helper: NestJS-less Express with the status as a constant family member.
      code: `import { StatusCodes } from 'http-status-codes';\nfunction send(res, code, body) { return res.status(code).send(body); }\napp.post('/jobs', (req, res) => send(res, StatusCodes.ACCEPTED, { id: 1 }));`,
      errors: [at(3, 43)],
    },
  ],
});
