import { AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { tokenStartingAt } from '../ast/tokenStartingAt.js';
import { nameKey, type Spelling, statusNameForms } from './mentionsStatus.js';

/** Every status some rule asked about so far; the scanner looks for all of them in one pass. */
const watched = new Set<number>();
/** The scanners for `watched`: its numbers, and its names (`statusNameForms`) with the status each names. */
let scanners: { digits: RegExp; names: RegExp[]; byName: Map<string, number[]> } | undefined;

/** Per file: the statuses its text names, found while `watched` had `size` statuses. */
const mentioned = new WeakMap<object, { size: number; statuses: Set<number> }>();

/**
 * Whether a file's code names one of `statuses`, by its digits or by a name (`statusNameForms`), decided in a
 * rule's `create()`.
 * Each rule asks about its own statuses, but the text is scanned once per file for every status any rule
 * watches, with one pattern whose named groups tell the statuses apart: a file is read once, not once per
 * rule. With type information a status may come from another file's types, so typed linting always looks.
 */
export function mayMention(context: Context, statuses: Iterable<number>): boolean {
  const { sourceCode } = context;
  if (sourceCode.parserServices?.program) return true;
  for (const status of statuses) {
    if (!watched.has(status)) {
      watched.add(status);
      scanners = undefined;
    }
  }
  let found = mentioned.get(sourceCode);
  if (found?.size !== watched.size) {
    // A parser that gives no tokens: every match in the text counts.
    const tokens = sourceCode.ast?.tokens?.length ? sourceCode.ast.tokens : undefined;
    found = { size: watched.size, statuses: scan(sourceCode.text, tokens) };
    mentioned.set(sourceCode, found);
  }
  for (const status of statuses) if (found.statuses.has(status)) return true;
  return false;
}

/**
 * Passes of one regular expression each, numbers then names by spelling, with the status told by the text
 * matched. A match counts only where code names a status (see `isNumberToken`, `isStatusName`), not in a
 * comment, a string or a longer word: "Found 3 files", `NoFilesFoundError`, `onElementCreated`, `// 401`.
 *
 * Cost is V8's first-characters filter: one alternation of every status's digits and names, with a named
 * group per status, took about 180 µs per file of ESLint's own sources for 16 statuses, since alternatives
 * led by `\b` defeat the filter. Numbers apart and names grouped by first letter took about 55 µs. One
 * pattern per spelling is cheaper again: capitals in a row are rare in code, so `UNAUTHORIZED|NOT_?MODIFIED|…`
 * costs what a single literal does, while the `Pascal` and `camel` names share first letters with every
 * `Promise` and `response`. Over the bench corpus (2.3 MB), the three took 1.4, 6.3 and 3.9 ms against 13 ms
 * for one alternation of them all.
 */
function scan(text: string, tokens: readonly TSESTree.Token[] | undefined): Set<number> {
  scanners ??= buildScanners();
  const { digits, names, byName } = scanners;
  const statuses = new Set<number>();
  digits.lastIndex = 0;
  for (const match of text.matchAll(digits)) {
    const number = match[0];
    if (tokens && !isNumberToken(tokens, match.index, number)) continue;
    statuses.add(Number(number));
    // Every watched status seen: the rest of the text cannot add one.
    if (statuses.size === watched.size) return statuses;
  }
  for (const pattern of names) {
    for (const match of text.matchAll(pattern)) {
      // `NOT_FOUND`, `NotFound`, `notFound` name 404, not 302's `Found` (no watched name starts after a "not").
      if (NEGATED.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
      if (!isStatusName(text, match.index, match[0].length, tokens)) continue;
      for (const status of byName.get(nameKey(match[0])) ?? []) statuses.add(status);
      if (statuses.size === watched.size) return statuses;
    }
  }
  return statuses;
}

const NEGATED = /not_?$/i;

/** `401` as a number of the code: the number token is exactly it (not `401.5`, `401n`, a comment's "401"). */
function isNumberToken(tokens: readonly TSESTree.Token[], offset: number, number: string): boolean {
  const token = tokenStartingAt(tokens, offset);
  return token?.type === AST_TOKEN_TYPES.Numeric && token.value === number;
}

/**
 * Whether the name matched at `offset` is the whole of an identifier, or its start or end as the code that
 * names statuses spells them: `Found`, `HTTP_STATUS_FOUND` (after a `_`), `UnauthorizedException`,
 * `UnauthorizedError` (before those suffixes). Not a part of a longer word (`NoFilesFoundError`,
 * `AllAcceptedCredentials`, `CreatedAt`), and, where the parser gave tokens, not text outside an
 * identifier: a comment, a string, a name with a space in it ("No Content").
 */
function isStatusName(text: string, offset: number, length: number, tokens: readonly TSESTree.Token[] | undefined): boolean {
  const before = text.charCodeAt(offset - 1);
  if (isIdentifierChar(before) && before !== UNDERSCORE) return false;
  const end = offset + length;
  if (isIdentifierChar(text.charCodeAt(end))) {
    SUFFIX.lastIndex = end;
    if (!SUFFIX.test(text)) return false;
  }
  if (!tokens) return true;
  let start = offset;
  while (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))) start -= 1;
  const token = tokenStartingAt(tokens, start);
  return token?.type === AST_TOKEN_TYPES.Identifier && token.range[1] >= end;
}

/** What may follow a status's name in an identifier: Nest's `…Exception`, the common `…Error`. */
const SUFFIX = /(?:Exception|Error)(?![\w$])/y;
const UNDERSCORE = 0x5f;

/** ASCII letters, digits, `_` and `$`: enough to tell where a name in code starts and ends. */
function isIdentifierChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === UNDERSCORE || code === 0x24;
}

function buildScanners(): NonNullable<typeof scanners> {
  const byName = new Map<string, number[]>();
  const bySpelling = new Map<Spelling, Map<string, string[]>>();
  for (const status of watched) {
    for (const { spelling, source } of statusNameForms(status)) {
      const key = nameKey(source.replaceAll('_?', ''));
      const list = byName.get(key);
      if (list) list.push(status);
      else byName.set(key, [status]);
      // Forms start with a letter; longer ones first, so that a name is not cut short by one it begins with.
      const byFirst = bySpelling.get(spelling) ?? new Map<string, string[]>();
      bySpelling.set(spelling, byFirst);
      const rests = byFirst.get(source[0]!) ?? [];
      rests.push(source.slice(1));
      byFirst.set(source[0]!, rests);
    }
  }
  const pattern = (byFirst: Map<string, string[]>) =>
    new RegExp([...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`).join('|'), 'g');
  // Statuses without a name add no pattern.
  const names = (['upper', 'pascal', 'camel'] as const).flatMap((spelling) => (bySpelling.has(spelling) ? [pattern(bySpelling.get(spelling)!)] : []));
  return { digits: new RegExp(`\\b(?:${[...watched].join('|')})\\b`, 'g'), names, byName };
}
