import type { MessageIds } from '../../rules/no-202-as-completion.js';

/** Where a report starts and ends: `[line, column, endLine, endColumn]`. */
export type Span = readonly [line: number, column: number, endLine: number, endColumn: number];

/**
 * One report of no-202-as-completion at `span`. With `output`, its one suggestion removes 202 from the check
 * and yields `output`; without, it has no suggestion at all.
 */
function report(messageId: MessageIds, [line, column, endLine, endColumn]: Span, output?: string, data?: Record<string, string>) {
  return {
    messageId,
    ...(data ? { data } : {}),
    line,
    column,
    endLine,
    endColumn,
    suggestions: output === undefined ? [] : [{ messageId: 'handle202Separately' as const, output }],
  };
}

/** `treatedAsCompletion`: 202 shares a branch with completion codes (`codes`, as the message names them, when given). */
export const treated = (span: Span, output?: string, codes?: string) => report('treatedAsCompletion', span, output, codes === undefined ? undefined : { codes });

/** `onlyBranchConsumes`: a branch taken only on 202 uses the body as the result; there is no edit to suggest. */
export const onlyBranch = (span: Span) => report('onlyBranchConsumes', span);

/** `fallsThrough`: a 202 branch that does not leave runs into `line`, which uses the body as the result; no edit. */
export const fallsThrough = (span: Span, line: number) => report('fallsThrough', span, undefined, { line: String(line) });

/** `bitwiseSlip` / `orSlip`: `status === 200 | 202`, `status === 200 || 202`. */
export const slip = (messageId: 'bitwiseSlip' | 'orSlip', span: Span, output?: string) => report(messageId, span, output);
