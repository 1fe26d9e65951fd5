import { AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { nameKey, statusNameKeys } from './mentionsStatus.js';

/** Every status some rule asked about so far; the scan looks for all of them in one pass. */
const watched = new Set<number>();
/**
 * The names of `watched` (`statusNameKeys`), with the statuses each names, and what a name's
 * first two characters and its length can be, so that most identifiers are passed over without a lookup
 * (`require`, `process`, `result`); rebuilt when `watched` grows.
 */
let names: { byName: Map<string, number[]>; starts: Uint8Array; lengths: Uint8Array; shortest: number } | undefined;

/** Per file: the statuses its code names, found while `watched` had `size` statuses. */
const mentioned = new WeakMap<object, { size: number; statuses: ReadonlySet<number> }>();

/**
 * Whether a file's code names one of `statuses`, by its number or by a name (`statusNameKeys`), decided in a
 * rule's `create()`. Each rule asks about its own statuses, but the file is read once for every status any
 * rule watches. With type information a status may come from another file's types, so typed linting always
 * looks; so does a parser that gives no tokens.
 */
export function mayMention(context: Context, statuses: Iterable<number>): boolean {
  const { sourceCode } = context;
  if (sourceCode.parserServices?.program) return true;
  for (const status of statuses) {
    if (!watched.has(status)) {
      watched.add(status);
      names = undefined;
    }
  }
  let found = mentioned.get(sourceCode);
  if (found?.size !== watched.size) {
    const tokens = sourceCode.ast?.tokens;
    found = { size: watched.size, statuses: tokens ? scan(tokens) : watched };
    mentioned.set(sourceCode, found);
  }
  for (const status of statuses) if (found.statuses.has(status)) return true;
  return false;
}

/**
 * One pass over the parser's tokens, so only code counts: a number token that is exactly a status (`401`,
 * not `401.5` nor a comment's "answers 401"), and an identifier that is a status's name, whole or with the
 * prefixes and suffixes code gives it (`HTTP_STATUS_FOUND`, `UnauthorizedException`, `UnauthorizedError`),
 * never a part of a longer word (`NoFilesFoundError`, `onElementCreated`, `CreatedAt`) nor a string ("Found 3
 * files" in a log call, which is common).
 *
 * Tokens, not the text: each pass of a regular expression over the text cost about 3 ns a byte, 0.6% of
 * what ESLint spends on a file, and the names took three passes and the numbers one. This pass reads a
 * token's type, and looks an identifier up only when its first two characters and its length can be a name's.
 */
function scan(tokens: readonly TSESTree.Token[]): Set<number> {
  names ??= buildNames();
  const { byName, starts, lengths, shortest } = names;
  const statuses = new Set<number>();
  const lookUp = (name: string) => {
    if (starts[(name.charCodeAt(0) << 7) | name.charCodeAt(1)] !== 1) return;
    const key = name.includes('_') ? nameKey(name) : name;
    const found = lengths[key.length] === 1 ? byName.get(key) : undefined;
    if (found) for (const status of found) statuses.add(status);
  };
  for (const token of tokens) {
    if (token.type === AST_TOKEN_TYPES.Identifier) {
      const value = token.value;
      if (value.length < shortest) continue;
      // `UnauthorizedException`, `UnauthorizedError`: the name before the suffix.
      const name = value.endsWith('Exception') ? value.slice(0, -9) : value.endsWith('Error') ? value.slice(0, -5) : value;
      lookUp(name);
      // `HTTP_STATUS_FOUND`, `ERR_UNAUTHORIZED`: a name after an underscore, but not after a "not": `NOT_FOUND`
      // names 404, not 302's `Found` (no watched name starts after a "not").
      for (let at = name.indexOf('_'); at > 0; at = name.indexOf('_', at + 1)) {
        if (!NEGATED.test(name.slice(Math.max(0, at - 3), at))) lookUp(name.slice(at + 1));
      }
    } else if (token.type === AST_TOKEN_TYPES.Numeric) {
      const value = token.value;
      if (value.length === 3 && watched.has(Number(value))) statuses.add(Number(value));
    } else continue;
    // Every watched status seen: the rest of the file cannot add one.
    if (statuses.size === watched.size) break;
  }
  return statuses;
}

const NEGATED = /not$/i;

function buildNames(): NonNullable<typeof names> {
  const byName = new Map<string, number[]>();
  const starts = new Uint8Array(128 * 128);
  const lengths = new Uint8Array(256);
  let shortest = Infinity;
  for (const status of watched) {
    for (const key of statusNameKeys(status)) {
      const list = byName.get(key);
      if (list) list.push(status);
      else byName.set(key, [status]);
      // An identifier's first two characters (`NO_CONTENT` and `NoContent` alike start `NO`/`No`).
      starts[(key.charCodeAt(0) << 7) | key.charCodeAt(1)] = 1;
      lengths[key.length] = 1;
      shortest = Math.min(shortest, key.length);
    }
  }
  return { byName, starts, lengths, shortest };
}
