import type { ResponseSite } from '../src/analysis/server/ResponseSite.js';
import { requiredHeaderRule } from '../src/requiredHeaderRule.js';

export type MessageIds = 'missingLocation' | 'errorAsRedirect';

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

/** Keys of an error body: `{ message: 'Image name not found' }`, `{ error: { message, code } }`. */
const ERROR_KEYS: ReadonlySet<string> = new Set(['error', 'errors', 'message', 'msg']);
const DETAIL_KEYS: ReadonlySet<string> = new Set(['code', 'status', 'statusCode', 'details', 'reason']);

/**
 * A literal object body of an error's keys only (nested keys too): code that answers an error with a 3xx (dokploy
 * answered `res.status(301).json({ message: '… Not Found' })` 24 times), which no redirect does.
 */
const hasErrorBody = ({ body }: ResponseSite): boolean =>
  body.kind === 'object' &&
  body.complete &&
  [...body.keys].some((key) => ERROR_KEYS.has(key)) &&
  [...body.keys].every((key) => ERROR_KEYS.has(key) || DETAIL_KEYS.has(key));

export default requiredHeaderRule<[], MessageIds>({
  name: 'require-redirect-location',
  description: 'Require a `Location` header on 301, 302, 303, 307 and 308 redirects.',
  recommended: true,
  messages: {
    missingLocation: '{{status}} redirect without a Location header; set the target URL{{helper}}.',
    errorAsRedirect:
      '{{status}} redirect without a Location header; a 3xx sends the client elsewhere: answer an error with a 4xx or 5xx status, or set the target URL{{helper}}.',
  },
  defaultOptions: [],
  // No suggestion: the target is only known to the code.
  report: (site) => ({ messageId: hasErrorBody(site) ? 'errorAsRedirect' : 'missingLocation', data: { helper: redirectHelper(site) } }),
});
