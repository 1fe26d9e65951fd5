import { collectStatusChecks } from '../src/analysis/client/collectStatusChecks.js';
import { ACCEPTED, COMPLETION_CODES } from '../src/analysis/client/completionCodes.js';
import { consumesResult } from '../src/analysis/client/consumesResult.js';
import { fallThroughRead } from '../src/analysis/client/fallThroughRead.js';
import { followsMonitor } from '../src/analysis/client/followsMonitor.js';
import { createRule } from '../src/createRule.js';
import { describeStatus } from '../src/http/statusRegistry.js';

export type Options = [];
export type MessageIds = 'treatedAsCompletion' | 'onlyBranchConsumes' | 'fallsThrough' | 'bitwiseSlip' | 'orSlip' | 'handle202Separately';

const POLL = 'poll the URL in the Location (or Operation-Location) header until the operation finishes';

export default createRule<Options, MessageIds>({
  name: 'no-202-as-completion',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow client code that uses the body of a 202 Accepted response as the result of a completed request.',
      recommended: true,
      requirement: 'SHOULD',
      specification: 'RFC 9110 §15.3.3',
    },
    hasSuggestions: true,
    messages: {
      treatedAsCompletion: `202 Accepted is handled like {{codes}}, as if the request had completed; the result is not ready yet — ${POLL}.`,
      onlyBranchConsumes: `This 202 Accepted branch uses the response as the final result, which is not ready yet; ${POLL}, and take the result from there.`,
      fallsThrough: `This branch is taken on 202 Accepted and does not leave, so line {{line}} uses the 202 response as the final result, which is not ready yet; return from the branch, or ${POLL}.`,
      bitwiseSlip:
        '`{{text}}` is always true: `{{comparison}}` is evaluated first and `|` turns its result into a non-zero number; compare the status with each code separately, and handle 202 Accepted apart from completed requests.',
      orSlip:
        '`{{text}}` is always true: `||` applies to the result of `{{comparison}}`, and a bare status code is truthy; compare the status with each code separately, and handle 202 Accepted apart from completed requests.',
      handle202Separately: 'Remove 202 from this check, so that a 202 Accepted response takes the path for other statuses.',
    },
    schema: [],
  },
  create(context) {
    const reported = new WeakSet<object>();
    return collectStatusChecks(context, {
      onCheck(check) {
        if (reported.has(check.node)) return;
        const completion = [...check.codes].filter((code) => COMPLETION_CODES.has(code)).sort((a, b) => a - b);
        const merged = completion.length > 0;
        if (!merged && !(check.only && check.codes.size === 1)) return;
        if (consumesResult(check, context)) {
          if (followsMonitor(check, context)) return;
          reported.add(check.node);
          const fix = merged ? check.removeAccepted : null;
          context.report({
            node: check.node,
            messageId: merged ? 'treatedAsCompletion' : 'onlyBranchConsumes',
            data: { codes: describeCodes(check.codes, completion) },
            suggest: fix ? [{ messageId: 'handle202Separately', fix }] : [],
          });
          return;
        }
        // The branch does not use the result, but runs on into code that does. No edit: dropping 202 from
        // the check would send it down the other branch, which may run into the same read.
        const read = fallThroughRead(check, context);
        if (!read) return;
        reported.add(check.node);
        context.report({ node: check.node, messageId: 'fallsThrough', data: { line: String(read.loc.start.line) } });
      },
      onSlip(slip) {
        const source = context.sourceCode;
        const fix = slip.removeAccepted;
        context.report({
          node: slip.node,
          messageId: slip.operator === '|' ? 'bitwiseSlip' : 'orSlip',
          data: { text: source.getText(slip.node), comparison: source.getText(slip.comparison) },
          suggest: fix ? [{ messageId: 'handle202Separately', fix }] : [],
        });
      },
    });
  },
});

/** The completion codes 202 is merged with, as the message names them; a whole 2xx range (`res.ok`) by its name. */
function describeCodes(codes: ReadonlySet<number>, completion: readonly number[]): string {
  for (let code = 200; code <= 299; code++) if (code !== ACCEPTED && !codes.has(code)) return completion.map(describeStatus).join(' or ');
  return 'any other 2xx status';
}
