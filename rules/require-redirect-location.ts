import type { ResponseSite } from '../src/analysis/server/ResponseSite.js';
import { requiredHeaderRule } from '../src/requiredHeaderRule.js';

export type MessageIds = 'missingLocation';

/** The framework's own redirect, which sets `Location` and the status together. */
function redirectHelper({ framework, status }: ResponseSite): string {
  switch (framework) {
    case 'express':
      return `, or use \`res.redirect(${status}, url)\``;
    case 'koa':
      return ', or use `ctx.redirect(url)`';
    case 'fastify':
      return `, or use \`reply.redirect(url, ${status})\``;
    case 'hono':
      return `, or use \`c.redirect(url, ${status})\``;
    case 'web-response':
      return `, or use \`Response.redirect(url, ${status})\``;
    case 'hapi':
      return ', or use `h.redirect(url)`';
    default:
      return '';
  }
}

export default requiredHeaderRule<[], MessageIds>({
  name: 'require-redirect-location',
  description: 'Require a `Location` header on 301, 302, 303, 307 and 308 redirects.',
  recommended: true,
  messages: {
    missingLocation: '{{status}} redirect without a Location header; set the target URL{{helper}}.',
  },
  defaultOptions: [],
  // No suggestion: the target is only known to the code.
  report: (site) => ({ messageId: 'missingLocation', data: { helper: redirectHelper(site) } }),
});
