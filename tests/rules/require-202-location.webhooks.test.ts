import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

// A webhook receiver acknowledges a delivery with a bare 2xx: there is nothing for the sender to monitor.
ruleTester.run('require-202-location (webhook receivers)', rule, {
  valid: [
    // outline's GitHub plugin: koa-router with dotted paths, a queued task, a bare 202.
    `router.post('github.webhooks', validateWebhook(options), async (ctx) => {
  await new GitHubWebhookTask().schedule({ payload: ctx.request.body });
  ctx.status = 202;
});`,
    `app.post('/api/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  queue.add(req.body);
  res.sendStatus(202);
});`,
    `app.post('/hooks/slack', async (c) => c.body(null, 202));`,
    // A function named for it, around the response.
    `export async function handleStripeWebhook(req, res) {
  await enqueue(req.body);
  res.status(202).end();
}`,
    // A route file under a webhooks folder.
    {
      code: `export async function POST(request) {
  await enqueue(await request.json());
  return new Response(null, { status: 202 });
}`,
      filename: 'app/api/webhooks/github/route.ts',
    },
  ],
  invalid: [
    {
      // A job API: the client has a job to poll.
      code: `app.post('/jobs', (req, res) => {
  queue.add(req.body);
  res.sendStatus(202);
});`,
      errors: [{ messageId: 'missingMonitor', line: 3, column: 18 }],
    },
    {
      // React keeps its hooks in a hooks folder: that names no webhook.
      code: `export async function POST(request) {
  await enqueue(await request.json());
  return new Response(null, { status: 202 });
}`,
      filename: 'src/hooks/route.ts',
      errors: [{ messageId: 'missingMonitor', line: 3, column: 39 }],
    },
    {
      // A path that only contains the letters: \`/bookshooks\` is no hooks segment.
      code: `app.post('/bookshooks', (req, res) => res.sendStatus(202));`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 54 }],
    },
  ],
});
