import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('require-202-location', rule, {
  valid: [
    // Literal text that holds a URL or a path points somewhere; a template with expressions is unknown.
    `function h(req, res) { res.status(202).send('Queued: poll /jobs/1 for the outcome'); }`,
    `function h(req, res) { res.status(202).send('See https://api.example.com/jobs/1'); }`,
    'function h(req, res) { res.status(202).send(`see ${url}`); }',
    // A path-like slash counts, even in prose: silence is preferred to a false alarm.
    `function h(req, res) { res.status(202).send('queued and/or running'); }`,
    // Only headers count with allowBodyLink off, but a body is then irrelevant: a Location still silences.
    { code: `function h(req, res) { res.location(url).status(202).send('queued'); }`, options: [{ allowBodyLink: false }] },
    // Location set before the status on the same response.
    `function h(req, res) { res.location('/jobs/' + job.id); res.status(202).end(); }`,
    // Content-Location and Operation-Location count too; header names are case-insensitive.
    `function h(req, res) { res.status(202).set('content-location', url).send(); }`,
    `function h(req, res) { res.set({ 'Operation-Location': url }); res.sendStatus(202); }`,
    // A Link header (res.links) points to the monitor.
    `function h(req, res) { res.links({ monitor: url }).status(202).end(); }`,
    // A monitor link in the literal JSON body.
    `function h(req, res) { res.status(202).json({ id: job.id, statusUrl: '/jobs/' + job.id }); }`,
    `function h(req, res) { res.status(202).json({ data: { _links: { self: { href: url } } } }); }`,
    // A body we cannot read may carry the link.
    `function h(req, res) { res.status(202).json(job); }`,
    `function h(req, res) { res.status(202).json({ ...job }); }`,
    // Unknown headers: silence.
    `function h(req, res) { res.set(monitorHeaders(job)); res.status(202).end(); }`,
    // Not 202.
    `function h(req, res) { res.status(201).json({ id: 1 }); }`,
    // The option replaces the header list.
    { code: `function h(req, res) { res.set('X-Status-Url', url); res.sendStatus(202); }`, options: [{ headers: ['X-Status-Url'] }] },
  ],
  invalid: [
    {
      // A monitor on one path only.
      code: `function h(req, res) { if (follow) res.location(url); res.status(202).json({ id: 1 }); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 66 }],
    },
    {
      code: `function h(req, res) { res.status(job.done ? 200 : 202).end(); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 52 }],
    },
    {
      // Plain text points nowhere: a string, a template without expressions, a const string, text sent by end().
      code: `function h(req, res) { res.status(202).send('queued'); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 35 }],
    },
    {
      code: 'const QUEUED = `Accepted`;\nfunction h(req, res) { res.status(202).send(QUEUED); }',
      errors: [{ messageId: 'missingMonitor', line: 2, column: 35 }],
    },
    {
      code: `function h(req, res) { res.status(202).end('queued'); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 35 }],
    },
    {
      // JSON.stringify of an object literal stays an object: its keys are read.
      code: `function h(req, res) { res.status(202).send(JSON.stringify({ queued: true })); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 35 }],
    },
    {
      // With allowBodyLink off, a link in the text does not count.
      code: `function h(req, res) { res.status(202).send('poll /jobs/1'); }`,
      options: [{ allowBodyLink: false }],
      errors: [{ messageId: 'missingMonitor', line: 1, column: 35 }],
    },
    {
      code: `function h(req, res) { res.status(202).json({ id: job.id }); }`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 35, endColumn: 38 }],
    },
    {
      // Retry-After and Content-Type alone are no pointer.
      code: `function h(req, res) {\n  res.set('Retry-After', '5').type('json');\n  res.sendStatus(StatusCodes.ACCEPTED);\n}`,
      errors: [{ messageId: 'missingMonitor', line: 3, column: 18 }],
    },
    {
      // With allowBodyLink off, a body link is not enough.
      code: `function h(req, res) { res.status(202).json({ statusUrl: url }); }`,
      options: [{ allowBodyLink: false }],
      errors: [{ messageId: 'missingMonitor', line: 1, column: 35 }],
    },
    {
      // The option replaces the list: Location no longer counts.
      code: `function h(req, res) { res.location(url).sendStatus(202); }`,
      options: [{ headers: ['Operation-Location'] }],
      errors: [{ messageId: 'missingMonitor', line: 1, column: 53 }],
    },
  ],
});
