/** What the suggestions of one `bodyWithStatus` report yield: dropping the body (with its description), answering 200. */
interface Suggested {
  readonly removeBody?: { readonly edit: string; readonly output: string };
  readonly answerOk?: string;
}

/** One `bodyWithStatus` report at `line:column`, with exactly the suggestions given, in their order. */
export const withBody = (line: number, column: number, { removeBody, answerOk }: Suggested = {}) => ({
  messageId: 'bodyWithStatus' as const,
  line,
  column,
  suggestions: [
    ...(removeBody ? [{ messageId: 'removeBody' as const, data: { edit: removeBody.edit }, output: removeBody.output }] : []),
    ...(answerOk !== undefined ? [{ messageId: 'answerOk' as const, output: answerOk }] : []),
  ],
});

/** One `contentLength` report at `line:column` whose suggestion removes the header and yields `output`. */
export const contentLength = (line: number, column: number, value: string, output: string) => ({
  messageId: 'contentLength' as const,
  line,
  column,
  data: { value },
  suggestions: [{ messageId: 'removeContentLength' as const, output }],
});
