import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

// A 202 that promises a callback (a webhook) instead of pointing to a monitor to poll.
ruleTester.run('require-202-location (callbacks)', rule, {
  valid: [
    `app.post('/exports', async (req, res) => { await queue.add({ notify: req.body.callbackUrl }); res.status(202).json({ id: 1 }); });`,
    `app.post('/exports', async (req, res) => { const { webhook_url } = req.body; await enqueue(webhook_url); res.sendStatus(202); });`,
    `export const handler = async (event) => { await start(JSON.parse(event.body).notifyUrl); return { statusCode: 202, body: '' }; };`,
    // Read by the handler around the callback that answers.
    `app.post('/jobs', (req, res) => { queue.add(req.body.callback, () => { res.status(202).end(); }); });`,
  ],
  invalid: [
    {
      // A callback URL read by another handler does not count.
      code: `app.post('/hooks', (req, res) => { save(req.body.callbackUrl); res.sendStatus(204); });\napp.post('/jobs', (req, res) => { res.status(202).json({ id: 1 }); });`,
      errors: [{ messageId: 'missingMonitor', line: 2 }],
    },
    {
      // A name that only contains the word is no callback URL.
      code: `app.post('/jobs', (req, res) => { const callbackCount = req.body.callbackCount; res.status(202).json({ id: callbackCount }); });`,
      errors: [{ messageId: 'missingMonitor', line: 1 }],
    },
  ],
});
