import type { TSESTree } from '@typescript-eslint/utils';

import { statusEntry } from '../../http/statusRegistry.js';
import type { Context } from '../ast/Context.js';
import { tokenStartingAt } from '../ast/tokenStartingAt.js';

/**
 * Text that may hold an invalid status somewhere: `.status =` (Koa's setter, or Express's method
 * overwritten), a quoted three-digit number (`'200'`), a number 600–999, a three-digit number with a
 * fraction (`404.5`), a number of one, two or four and more digits right after a status API
 * (`res.status(0)`, `statusCode: -1`, `res.statusCode = 1000`, `res.redirect(url, 30)`, `reply.code(0)`,
 * `ctx.throw(0)`), a 1xx in an init or after a Hono body (`status: 101`, `c.text(x, 103)`, which a `Response`
 * rejects), and `Response.redirect(` (or `NextResponse.redirect(`).
 *
 * Separate patterns, cheapest first, each led by a literal or a digit with the context checked behind it. On a
 * 49 KB file without a match (ESLint's linter.js) one alternation led by API names (`\b(?:status|code|…)`)
 * took 1.1 ms, eight times the status-mention scan (0.14 ms); these take about 0.3 ms together. The API names
 * are those of the positions (`statusPositions.ts`): `.code(` and `.throw(` as methods, not TypeScript's
 * compiled `throw (0, f)(…)` or an `exitCode: 3`.
 */
const SUSPECTS = [
  /\.status\s*=(?!=)/g,
  /['"`]\d{3}['"`]/g,
  /(?<![\w.#])[6-9]\d\d(?!\w)/g,
  /(?<![\w.])\d{3}\.\d/g,
  /1\d\d\b(?<=\bstatus\s*:\s*1\d\d)/g,
  /1\d\d\b(?<=\b(?:json|text|body|html|newResponse)\s*\([^()]*,\s*1\d\d)/g,
  /(?:Next)?Response\.redirect\s*\(/g,
  /,\s*[-+]?(?:\d{1,2}|\d{4,})\s*\)(?<=\bredirect\s*\([^()]*,\s*[-+]?\d+\s*\))/g,
  /(?<![\w.])\d+(?![\w.])(?<=(?:[sS]tatus|[sS]tatusCode|\.code|HttpCode|writeHead|createError|\.throw|redirect)\s*[(:=]\s*[-+]?(?:\d{1,2}|\d{4,}))/g,
];
const IN_RANGE = /(?<![\w.])[1-5]\d\d(?![\w.])/g;

/**
 * Decided once per file in `create()`: whether its text may hold an invalid status at all. Most files hold
 * only ordinary codes (`res.status(404)`), so the rule registers no listener there. With `allowUnregistered`
 * off, any in-range number IANA has not registered (`299`, `420`) counts too. With type information a
 * status may come from another file's types, so typed linting always looks. A match counts only where it
 * starts a token of the parser's: not inside a comment (`CVE-2026-9358 / CWE-674`), nor inside a string or a
 * template's text (`font-weight: 700`); without tokens, every match counts.
 */
export function mayHoldInvalidStatus(context: Context, allowUnregistered: boolean): boolean {
  const { sourceCode } = context;
  if (sourceCode.parserServices?.program) return true;
  const text = sourceCode.text;
  const tokens = sourceCode.ast?.tokens?.length ? sourceCode.ast.tokens : undefined;
  for (const suspect of SUSPECTS) {
    suspect.lastIndex = 0;
    for (const match of text.matchAll(suspect)) if (startsToken(tokens, match.index)) return true;
  }
  if (allowUnregistered) return false;
  IN_RANGE.lastIndex = 0;
  for (const match of text.matchAll(IN_RANGE)) if (!statusEntry(Number(match[0])) && startsToken(tokens, match.index)) return true;
  return false;
}

const startsToken = (tokens: readonly TSESTree.Token[] | undefined, offset: number): boolean => !tokens || tokenStartingAt(tokens, offset) !== undefined;
