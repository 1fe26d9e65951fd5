import { ESLintUtils } from '@typescript-eslint/utils';

import { collectStatusChecks } from '../../../../src/analysis/client/collectStatusChecks.js';
import { consumesResult } from '../../../../src/analysis/client/consumesResult.js';
import { followsMonitor } from '../../../../src/analysis/client/followsMonitor.js';

/**
 * A test-only rule: reports every status check the client recogniser finds, at the node that names 202,
 * with a one-line summary of its facts —
 * `comparison subject:res.status response:res codes:200,202 only follows consumes fix fallsInto:1` — and every
 * slip.
 */
export const checkProbe = ESLintUtils.RuleCreator.withoutDocs<[], 'check' | 'slip'>({
  meta: { type: 'problem', messages: { check: '{{summary}}', slip: '{{summary}}' }, schema: [] },
  defaultOptions: [],
  create(context) {
    return collectStatusChecks(context, {
      onCheck(check) {
        const summary = [
          check.form,
          `subject:${check.subject.key}`,
          `response:${check.subject.responseKey ?? '?'}`,
          `codes:${codeList(check.codes)}`,
          check.only ? 'only' : 'shared',
          check.loopCondition ? 'loop' : '',
          check.via ? `via:${check.via}` : '',
          followsMonitor(check, context) ? 'follows' : '',
          consumesResult(check, context) ? 'consumes' : '',
          check.removeAccepted ? 'fix' : '',
          check.fallsInto.length > 0 ? `fallsInto:${check.fallsInto.length}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        context.report({ node: check.node, messageId: 'check', data: { summary } });
      },
      onSlip(slip) {
        const summary = `${slip.operator} ${context.sourceCode.getText(slip.comparison)} ${slip.bareCode}${slip.removeAccepted ? ' fix' : ''}`;
        context.report({ node: slip.node, messageId: 'slip', data: { summary } });
      },
    });
  },
});

/** Codes in order, runs of three or more as a range: `200-299,404`. */
function codeList(codes: ReadonlySet<number>): string {
  const sorted = [...codes].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    parts.push(end - start >= 2 ? `${sorted[start]}-${sorted[end]}` : sorted.slice(start, end + 1).join(','));
    start = end + 1;
  }
  return parts.join(',');
}

/** The expected report of one check or slip. */
export const check = (summary: string) => ({ messageId: 'check' as const, data: { summary } });
export const slip = (summary: string) => ({ messageId: 'slip' as const, data: { summary } });
