import type { Context } from '../ast/Context.js';
import { readCode, watchStatuses } from './codePass.js';

const ACCEPTED = 202;

/**
 * Decided once per file in `create()`: whether its code may test a status for 202, as every check and slip
 * `no-202-as-completion` reports does. 202 by a name (`ACCEPTED`, `StatusCodes.ACCEPTED`) always counts; 202
 * as a number counts unless it is where a server sets a status (`res.status(202)`, `{ statusCode: 202 }`,
 * `ctx.status = 202`, `c.json(body, 202)`), so a server file that answers 202 does not wake the client rule
 * (12 of the 14 files of `examples/` it woke before). Read in the pass all gates share (`codePass.ts`); with
 * type information, or a parser that gives no tokens, it looks.
 */
export function mayCheckAccepted(context: Context): boolean {
  const { sourceCode } = context;
  if (sourceCode.parserServices?.program) return true;
  watchStatuses([ACCEPTED]);
  return readCode(sourceCode)?.acceptedCheck ?? true;
}
