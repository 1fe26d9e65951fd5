/** One `missingChallenge` report whose one suggestion adds `WWW-Authenticate: <challenge>` and yields `output`. */
export const missing = (line: number, column: number, output: string, challenge = 'Bearer') => ({
  messageId: 'missingChallenge' as const,
  line,
  column,
  suggestions: [{ messageId: 'addChallenge' as const, data: { challenge }, output }],
});
