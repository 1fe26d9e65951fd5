import { collectStatusChecks } from '../src/analysis/client/collectStatusChecks.js';
import { ACCEPTED, COMPLETION_CODES } from '../src/analysis/client/completionCodes.js';
import { consumesResult } from '../src/analysis/client/consumesResult.js';
import { fallThroughRead } from '../src/analysis/client/fallThroughRead.js';
import { followsMonitor } from '../src/analysis/client/followsMonitor.js';
import { mayCheckAccepted } from '../src/analysis/gates/mayCheckAccepted.js';
import { createRule } from '../src/createRule.js';
import { describeStatus } from '../src/http/statusRegistry.js';

export type Options = [];
export type MessageIds = 'treatedAsCompletion' | 'onlyBranchConsumes' | 'fallsThrough' | 'bitwiseSlip' | 'orSlip' | 'handle202Separately';

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
      treatedAsCompletion: '202 Accepted handled like {{codes}}, as if the request were done; poll its Location until the operation finishes.',
      onlyBranchConsumes: '202 Accepted body used as the final result, which is not ready yet; poll its Location for the outcome.',
      fallsThrough: '202 Accepted branch falls through to line {{line}}, which uses the body as the final result; return from the branch, or poll its Location.',
      bitwiseSlip: '`{{text}}` is always true, since `{{comparison}}` binds before `|`; compare the status with each code on its own.',
      orSlip: '`{{text}}` is always true, since a bare status code is truthy; compare the status with each code on its own.',
      handle202Separately: 'Remove 202 from this check, so that a 202 Accepted response takes the path for other statuses.',
    },
    schema: [],
  },
  create(context) {
    // A file that never names 202 (`202`, `ACCEPTED`, `Accepted`) but where a server sets a status has no
    // check and no slip to find (a slip names 202 on one side): decided here, once per file, with no
    // listener left behind.
    if (!mayCheckAccepted(context)) return {};
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
