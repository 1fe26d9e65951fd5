import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { enclosingFunction, functionName } from '../ast/functions.js';
import { routeRegistrations } from './routeRegistration.js';

/** `webhook`, `webhooks`, `web-hook`, `stripeWebhook`, `WEBHOOK_SECRET`'s word. */
const WEBHOOK = /web[-_]?hooks?/i;
/** A `hooks` segment of a route path: `/hooks/github`, `hooks.slack` (not of a file path: React keeps its hooks in `hooks/`). */
const HOOKS_SEGMENT = /(?:^|[/.])hooks?(?:$|[/.])/i;

const namesWebhook = (path: string): boolean => WEBHOOK.test(path) || HOOKS_SEGMENT.test(path);

/**
 * Whether the response answers a webhook delivery, as far as the code names it: the handler is registered for a
 * path that says so (`router.post('/webhooks/github', …)`, outline's `router.post('github.webhooks', …)`), a
 * function around it is named for it (`handleStripeWebhook`), or its file's path below the working directory is
 * (`app/api/webhooks/stripe/route.ts`; not a checkout named `webhook-service`). GitHub, Stripe and Slack expect a quick bare 2xx to acknowledge a delivery; there is
 * no work for the sender to monitor, so a 202 there needs no `Location`.
 */
export function receivesWebhook(node: TSESTree.Node, context: Context): boolean {
  const file = context.filename.startsWith(context.cwd) ? context.filename.slice(context.cwd.length) : context.filename;
  if (WEBHOOK.test(file)) return true;
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
    const name = functionName(fn);
    if (name && WEBHOOK.test(name)) return true;
    const call = fn.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(fn as TSESTree.Expression)) {
      if (routeRegistrations(call, context).some((route) => namesWebhook(route.path))) return true;
    }
  }
  return false;
}
