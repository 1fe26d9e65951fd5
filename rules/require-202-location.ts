import { mayMention } from '../src/analysis/gates/mayMention.js';
import { collectResponseSites } from '../src/analysis/server/collectResponseSites.js';
import { promisesCallback } from '../src/analysis/server/promisesCallback.js';
import { receivesWebhook } from '../src/analysis/server/receivesWebhook.js';
import { createRule } from '../src/createRule.js';

export type Options = [{ headers?: string[]; allowBodyLink?: boolean }];
export type MessageIds = 'missingMonitor';

const ACCEPTED = new Set([202]);

/** Headers that point to a status monitor (RFC 9110 §15.3.3, Azure's and Zalando's API guidelines). */
export const DEFAULT_MONITOR_HEADERS = ['Location', 'Content-Location', 'Operation-Location', 'Azure-AsyncOperation', 'Link'];

/**
 * Body keys that carry a monitor link, compared lower-cased without `_`/`-`: `statusUrl`, `status_url`,
 * `_links`, `operationLocation`, … A key such as `id` or `status` alone is not a link.
 */
const BODY_LINK_KEYS = new Set([
  'statusurl',
  'statusuri',
  'statuslink',
  'statusmonitor',
  'monitor',
  'monitorurl',
  'href',
  'links',
  'link',
  'location',
  'operationlocation',
  'pollurl',
  'pollingurl',
]);

const normaliseKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

export default createRule<Options, MessageIds>({
  name: 'require-202-location',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a 202 Accepted response to point to a status monitor (`Location`, `Content-Location`, `Operation-Location`, or a link in the body).',
      recommended: true,
      skipInTests: true,
      requirement: 'SHOULD',
      specification: 'RFC 9110 §15.3.3',
    },
    messages: {
      missingMonitor: '202 Accepted without a link to a status monitor; add a `Location` header to poll, or answer 200/201 if the work is done.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          headers: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Header names that count as a pointer to the status monitor; replaces the default list.',
          },
          allowBodyLink: {
            type: 'boolean',
            description: 'Whether a monitor link in a literal JSON body (`statusUrl`, `_links`, `href`, …) counts as a pointer.',
          },
        },
      },
    ],
    defaultOptions: [{ headers: DEFAULT_MONITOR_HEADERS, allowBodyLink: true }],
  },
  create(context, [{ headers = DEFAULT_MONITOR_HEADERS, allowBodyLink = true }]) {
    // Most files never name a status: decided here, once per file, with no listener left behind.
    if (!mayMention(context, ACCEPTED)) return {};
    const monitorHeaders = headers.map((name) => name.toLowerCase());
    return collectResponseSites(context, ACCEPTED, (site) => {
      if (!site.headers.complete || monitorHeaders.some((name) => site.headers.names.has(name))) return;
      if (allowBodyLink) {
        // A body we cannot read may carry the link: stay silent.
        if (site.body.kind === 'unknown') return;
        if (site.body.kind === 'object' && (!site.body.complete || [...site.body.keys].some((key) => BODY_LINK_KEYS.has(normaliseKey(key))))) return;
        // Literal text points somewhere only when it holds a URL or a path (`See /jobs/1`); `'queued'` points nowhere.
        if (site.body.kind === 'text' && site.body.hasLink) return;
      }
      // A handler that takes a callback URL promises a webhook: the client waits for it instead of polling.
      if (promisesCallback(site.node, context)) return;
      // A webhook receiver acknowledges a delivery: there is nothing for the sender to monitor.
      if (receivesWebhook(site.node, context)) return;
      context.report({ node: site.node, messageId: 'missingMonitor' });
    });
  },
});
