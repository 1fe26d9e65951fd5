import { mayOverrideRedirect } from '../src/analysis/gates/mayOverrideRedirect.js';
import { overriddenStatus } from '../src/analysis/server/redirectStatusOverride.js';
import { createRule } from '../src/createRule.js';

export type MessageIds = 'statusOverridden' | 'passStatus' | 'statusLost' | 'dropStatus';

export default createRule<[], MessageIds>({
  name: 'no-redirect-status-override',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `res.status(n)` before Express’s `res.redirect(url)`, which answers 302 whatever the status set before.',
      recommended: true,
      skipInTests: true,
      requirement: 'SHOULD',
      specification: 'Express `res.redirect([status,] path)`; RFC 9110 §15.4',
    },
    hasSuggestions: true,
    messages: {
      statusOverridden: '`res.redirect(url)` replaces status {{status}} with 302; pass it to the redirect instead: `res.redirect({{status}}, url)`.',
      passStatus: 'Pass the status to the redirect: `redirect({{status}}, url)`.',
      statusLost:
        '`res.redirect(url)` replaces status {{status}} with 302; a redirect needs a 3xx: drop the status, or send the {{status}} without redirecting.',
      dropStatus: 'Drop the status, which the redirect replaces anyway.',
    },
    schema: [],
  },
  create(context) {
    // Cheap first: a file without a `.status(` and then a `.redirect(` has nothing to report.
    if (!mayOverrideRedirect(context)) return {};
    return {
      CallExpression(call) {
        const found = overriddenStatus(call, context);
        if (!found) return;
        const data = { status: found.status };
        context.report({
          node: found.node,
          messageId: found.redirectStatus ? 'statusOverridden' : 'statusLost',
          data,
          suggest: [{ messageId: found.redirectStatus ? 'passStatus' : 'dropStatus', data, fix: found.fix }],
        });
      },
    };
  },
});
