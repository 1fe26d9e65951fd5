import { STATUS_REGISTRY } from '../../http/statusRegistry.js';

/** How code spells a status's name: `UNAUTHORIZED`/`NOT_MODIFIED`, `Unauthorized`/`NotModified`, Boom's `unauthorized`. */
export type Spelling = 'upper' | 'pascal' | 'camel';

/** One name of a status as code spells it: a regular-expression source (words joined by an optional `_`). */
export interface NameForm {
  readonly spelling: Spelling;
  readonly source: string;
}

/**
 * Library error classes whose names do not spell their status (`summaries/libraryErrors.ts` models them):
 * Feathers' `NotAuthenticated` is a 401. A test checks that every such class of that table is here.
 */
const LIBRARY_NAMES: ReadonlyMap<number, readonly string[]> = new Map([[401, ['NotAuthenticated']]]);

/**
 * The names of `status` as code spells them: `UNAUTHORIZED` (`HTTP_STATUS_UNAUTHORIZED`,
 * `StatusCodes.MOVED_TEMPORARILY`), `Unauthorized` (`HttpStatusCode.Unauthorized`, `UnauthorizedException`),
 * and for the error statuses Boom's `unauthorized()`. Case matters: the word "accepted" in prose names no
 * status, and it is common. Every syntactic way `resolveStatus` and the adapters know a status passes
 * through one of these (or its digits), so a file that spells none needs no listener (`mayMention.ts`).
 */
export function statusNameForms(status: number): NameForm[] {
  const forms: NameForm[] = (LIBRARY_NAMES.get(status) ?? []).map((source) => ({ spelling: 'pascal', source }));
  const entry = STATUS_REGISTRY.find((candidate) => candidate.code === status);
  for (const name of entry ? [entry.reason, ...(entry.aliases ?? [])] : []) {
    const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const capitalised = words.map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase());
    forms.push({ spelling: 'upper', source: words.map((word) => word.toUpperCase()).join('_?') });
    forms.push({ spelling: 'pascal', source: capitalised.join('') });
    if (status >= 400) forms.push({ spelling: 'camel', source: [capitalised[0]!.toLowerCase(), ...capitalised.slice(1)].join('') });
  }
  return forms;
}

/** A name as `statusNameForms` matched it, without its separators: the key `mayMention` looks names up by. */
export const nameKey = (text: string): string => text.replace(/_/g, '');
