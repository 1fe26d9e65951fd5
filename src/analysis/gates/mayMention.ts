import type { Context } from '../ast/Context.js';
import { readCode, watchStatuses } from './codePass.js';

/**
 * Whether a file's code names one of `statuses`, by its number or by a name (`statusNameKeys`), decided in a
 * rule's `create()`. Each rule asks about its own statuses, but the file is read once for every status any
 * rule watches, in the pass all gates share (`codePass.ts`). Only code counts:
 * - a number token that is exactly a status (`401`, not `401.5` nor a comment's "answers 401") and is not
 *   compared with (`res.status === 401`, `case 401:` test a status; no server sets one so);
 * - an identifier that is a status's name, whole or with the prefixes and suffixes code gives it
 *   (`HTTP_STATUS_FOUND`, `UnauthorizedException`, `UnauthorizedError`), never a part of a longer word
 *   (`NoFilesFoundError`, `onElementCreated`, `CreatedAt`), nor right after a "not" (`NOT_FOUND` names 404,
 *   not 302's `Found`), nor a string ("Found 3 files" in a log call, which is common).
 * With type information a status may come from another file's types, so typed linting always looks; so does
 * a parser that gives no tokens.
 */
export function mayMention(context: Context, statuses: Iterable<number>): boolean {
  const { sourceCode } = context;
  if (sourceCode.parserServices?.program) return true;
  watchStatuses(statuses);
  const facts = readCode(sourceCode);
  if (!facts) return true;
  for (const status of statuses) if (facts.statuses.has(status)) return true;
  return false;
}
