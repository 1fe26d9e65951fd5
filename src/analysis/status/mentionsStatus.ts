import { STATUS_REGISTRY } from '../../http/statusRegistry.js';

/**
 * A one-pass text test of whether a file can name any of `statuses` at all: its digits (`401`) or one of its
 * names as code spells them (`UNAUTHORIZED`, `Unauthorized`, `HTTP_STATUS_UNAUTHORIZED`, `unauthorized()`).
 * Every syntactic way `resolveStatus` and the adapters know a status passes through one of these, so a file
 * that mentions none needs no listener at all — most files of a code base. Only type information can
 * resolve a status without naming it (a `401` type declared in another file), so typed linting skips this.
 */
export function statusMentionPattern(statuses: Iterable<number>): RegExp {
  const alternatives: string[] = [];
  for (const status of statuses) alternatives.push(`\\b${status}\\b`, ...statusNameForms(status));
  return new RegExp(alternatives.join('|'));
}

/**
 * The names of `status` as code spells them, as regular-expression sources: `UNAUTHORIZED`, `Unauthorized`,
 * and for the error statuses Boom's `unauthorized`; words joined by an optional space, `_` or `-`.
 */
export function statusNameForms(status: number): string[] {
  const forms: string[] = [...(LIBRARY_NAMES.get(status) ?? [])];
  const entry = STATUS_REGISTRY.find((candidate) => candidate.code === status);
  for (const name of entry ? [entry.reason, ...(entry.aliases ?? [])] : []) {
    const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const capitalised = words.map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase());
    // `HTTP_STATUS_ACCEPTED`, `StatusCodes.ACCEPTED`; `HttpStatusCode.Accepted`, `UnauthorizedException`;
    // and, for the error statuses only, Boom's `unauthorized()` / `notFound()`. Case matters: the word
    // "accepted" in prose names no status, and it is common.
    const spellings = [words.map((word) => word.toUpperCase()), capitalised];
    if (status >= 400) spellings.push([capitalised[0]!.toLowerCase(), ...capitalised.slice(1)]);
    for (const spelling of spellings) forms.push(spelling.join('[\\s_-]?'));
  }
  return forms;
}

/**
 * Library error classes whose names do not spell their status (`summaries/libraryErrors.ts` models them):
 * Feathers' `NotAuthenticated` is a 401. A test checks that every such class of that table is here.
 */
const LIBRARY_NAMES: ReadonlyMap<number, readonly string[]> = new Map([[401, ['NotAuthenticated']]]);

/** A name as `statusNameForms` matched it, without its separators: the key `mayMention` looks names up by. */
export const nameKey = (text: string): string => text.replace(/[\s_-]/g, '');
