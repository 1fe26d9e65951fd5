import { statusEntry } from '../../http/statusRegistry.js';
import type { Context } from '../ast/Context.js';

/**
 * Text that may hold an invalid status somewhere: `.status =` (Koa's setter, or Express's method
 * overwritten), a quoted three-digit number (`'200'`), a number 600–999, a three-digit number with a
 * fraction (`404.5`), a number of one, two or four and more digits right after a status API
 * (`res.status(0)`, `statusCode: -1`, `res.statusCode = 1000`, `res.redirect(url, 30)`), a 1xx in an
 * init or after a Hono body (`status: 101`, `c.text(x, 103)`, which a `Response` rejects), and
 * `Response.redirect(`.
 *
 * Separate patterns, cheapest first, each led by a literal or a digit with the context checked behind it. On a
 * 49 KB file without a match (ESLint's linter.js) one alternation led by API names (`\b(?:status|code|…)`)
 * took 1.1 ms, eight times the status-mention scan (0.14 ms); these take about 0.3 ms together.
 */
const SUSPECTS = [
  /\.status\s*=(?!=)/,
  /['"`]\d{3}['"`]/,
  /(?<![\w.#])[6-9]\d\d(?!\w)/,
  /(?<![\w.])\d{3}\.\d/,
  /1\d\d\b(?<=\bstatus\s*:\s*1\d\d)/,
  /1\d\d\b(?<=\b(?:json|text|body|html|newResponse)\s*\([^()]*,\s*1\d\d)/,
  /Response\.redirect\s*\(/,
  /,\s*[-+]?(?:\d{1,2}|\d{4,})\s*\)(?<=\bredirect\s*\([^()]*,\s*[-+]?\d+\s*\))/,
  /(?<![\w.])\d+(?![\w.])(?<=(?:[sS]tatus|[cC]ode|writeHead|createError|throw|redirect)\s*[(:=]\s*[-+]?(?:\d{1,2}|\d{4,}))/,
];
const IN_RANGE = /(?<![\w.])[1-5]\d\d(?![\w.])/g;

/**
 * Decided once per file in `create()`: whether its text may hold an invalid status at all. Most files hold
 * only ordinary codes (`res.status(404)`), so the rule registers no listener there. With `allowUnregistered`
 * off, any in-range number IANA has not registered (`299`, `420`) counts too. With type information a
 * status may come from another file's types, so typed linting always looks.
 */
export function mayHoldInvalidStatus(context: Context, allowUnregistered: boolean): boolean {
  const { sourceCode } = context;
  if (sourceCode.parserServices?.program) return true;
  const text = sourceCode.text;
  if (SUSPECTS.some((suspect) => suspect.test(text))) return true;
  if (allowUnregistered) return false;
  for (const [number] of text.matchAll(IN_RANGE)) if (!statusEntry(Number(number))) return true;
  return false;
}
