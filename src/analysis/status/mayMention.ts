import type { Context } from '../ast/Context.js';
import { statusMentionPattern } from './mentionsStatus.js';

/** Every status some rule asked about so far; the scanner looks for all of them in one pass. */
const watched = new Set<number>();
let scanner: RegExp | undefined;

/** Per file: the statuses its text names, found while `watched` had `size` statuses. */
const mentioned = new WeakMap<object, { size: number; statuses: Set<number> }>();

/**
 * Whether a file's text names one of `statuses` (see `statusMentionPattern`), decided in a rule's `create()`.
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
      scanner = undefined;
    }
  }
  let found = mentioned.get(sourceCode);
  if (found?.size !== watched.size) {
    found = { size: watched.size, statuses: scan(sourceCode.text) };
    mentioned.set(sourceCode, found);
  }
  for (const status of statuses) if (found.statuses.has(status)) return true;
  return false;
}

function scan(text: string): Set<number> {
  scanner ??= new RegExp([...watched].map((status) => `(?<s${status}>${statusMentionPattern([status]).source})`).join('|'), 'g');
  scanner.lastIndex = 0;
  const statuses = new Set<number>();
  for (const match of text.matchAll(scanner)) {
    for (const [group, value] of Object.entries(match.groups ?? {})) if (value !== undefined) statuses.add(Number(group.slice(1)));
    // Every watched status seen: the rest of the text cannot add one.
    if (statuses.size === watched.size) break;
  }
  return statuses;
}
