import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

ruleTester.run('require-202-location', rule, {
  valid: [
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
