import { STATUS_REGISTRY } from '../../http/statusRegistry.js';

/**
 * Library error classes whose names do not spell their status (`summaries/libraryErrors.ts` models them):
 * Feathers' `NotAuthenticated` is a 401. A test checks that every such class of that table is here.
 */
const LIBRARY_NAMES: ReadonlyMap<number, readonly string[]> = new Map([[401, ['NotAuthenticated']]]);

/**
 * The names of `status` as code spells them, as `nameKey` keys (underscores dropped): `UNAUTHORIZED` and
 * `NOTMODIFIED` (`HTTP_STATUS_UNAUTHORIZED`, `StatusCodes.NOT_MODIFIED`), `Unauthorized` and `NotModified`
 * (`HttpStatusCode.Unauthorized`, `UnauthorizedException`), and for the error statuses Boom's
 * `unauthorized()`. Case matters: the word "accepted" in prose names no status, and it is common. Every
 * syntactic way `resolveStatus` and the adapters know a status passes through one of these (or its digits),
 * so a file that spells none needs no listener (`mayMention.ts`).
 */
export function statusNameKeys(status: number): string[] {
  const keys = [...(LIBRARY_NAMES.get(status) ?? [])];
  const entry = STATUS_REGISTRY.find((candidate) => candidate.code === status);
  for (const name of entry ? [entry.reason, ...(entry.aliases ?? [])] : []) {
    const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const capitalised = words.map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase());
    keys.push(words.map((word) => word.toUpperCase()).join(''), capitalised.join(''));
    if (status >= 400) keys.push([capitalised[0]!.toLowerCase(), ...capitalised.slice(1)].join(''));
  }
  return keys;
}

/** An identifier (or its part after a prefix) as a key of `statusNameKeys`: `NOT_MODIFIED` → `NOTMODIFIED`. */
export const nameKey = (name: string): string => name.replace(/_/g, '');
