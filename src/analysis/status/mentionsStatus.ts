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
  for (const status of statuses) {
    // Whole numbers only: `2022` in a copyright line is no 202.
    alternatives.push(`\\b${status}\\b`);
    const entry = STATUS_REGISTRY.find((candidate) => candidate.code === status);
    for (const name of entry ? [entry.reason, ...(entry.aliases ?? [])] : []) {
      const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
      const capitalised = words.map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase());
      // `HTTP_STATUS_ACCEPTED`, `StatusCodes.ACCEPTED`; `HttpStatusCode.Accepted`, `UnauthorizedException`;
      // and, for the error statuses only, Boom's `unauthorized()` / `notFound()`. Case matters: the word
      // "accepted" in prose names no status, and it is common.
      const forms = [words.map((word) => word.toUpperCase()), capitalised];
      if (status >= 400) forms.push([capitalised[0]!.toLowerCase(), ...capitalised.slice(1)]);
      for (const form of forms) alternatives.push(form.join('[\\s_-]?'));
    }
  }
  return new RegExp(alternatives.join('|'));
}
