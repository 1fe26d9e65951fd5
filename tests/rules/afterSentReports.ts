/** Expected reports of `no-response-after-sent`, with the suggestion's output when one is offered. */
type Suggestion = { messageId: 'returnBefore' | 'returnAfter'; output: string };

const suggestions = (kind: 'before' | 'after' | undefined, output: string | undefined): Suggestion[] =>
  kind && output !== undefined ? [{ messageId: kind === 'before' ? 'returnBefore' : 'returnAfter', output }] : [];

/** A second send, at `line:column`; `fix` is the suggestion's kind and output, or none. */
export const sentAgain = (line: number, column: number, fix?: { kind: 'before' | 'after'; output: string }) => ({
  messageId: 'sentAgain' as const,
  line,
  column,
  suggestions: suggestions(fix?.kind, fix?.output),
});

export const statusAfterSent = (line: number, column: number, fix?: { kind: 'before' | 'after'; output: string }) => ({
  messageId: 'statusAfterSent' as const,
  line,
  column,
  suggestions: suggestions(fix?.kind, fix?.output),
});

export const headerAfterSent = (line: number, column: number, fix?: { kind: 'before' | 'after'; output: string }) => ({
  messageId: 'headerAfterSent' as const,
  line,
  column,
  suggestions: suggestions(fix?.kind, fix?.output),
});

/** A report without a suggestion, by message. */
export const report = (messageId: 'statusAfterHead' | 'headerAfterHead' | 'usedInLoop' | 'sentAgain' | 'statusAfterSent' | 'headerAfterSent', line: number, column: number) => ({
  messageId,
  line,
  column,
  suggestions: [] as Suggestion[],
});
