import type { Context } from '../ast/Context.js';
import { readCode } from './codePass.js';

/**
 * Decided once per file in `create()`: whether its code may hold an invalid status at all. Most files hold
 * only ordinary codes (`res.status(404)`), so the rule registers no listener there. The pass all gates share
 * (`codePass.ts`) looks for what an invalid status is written with:
 * - a number 600–999 after a status API, a Fetch sender's status (`c.json(x, 700)`), or as a value that may
 *   become a status (`const BROKEN = 999`, `ok ? 200 : 999`, `e.status ?? 999`, `return 999`), but not a CSS
 *   weight, a width, a delay or a list's element (`fontWeight: 700`, `setTimeout(f, 750)`, `[710, 732]`);
 * - a three-digit number with a fraction (`404.5`);
 * - a number of one, two or four and more digits (signed or not) right after a status API: `res.status(0)`,
 *   `statusCode: -1`, `res.statusCode = 1000`, `reply.code(0)`, `ctx.throw(42)`, `writeHead(1)`,
 *   `createError(0)`, `@HttpCode(2000)`, or as the last argument of a `redirect(url, 30)`;
 * - a 1xx in an init or after a Hono body (`status: 101`, `c.text(x, 103)`, which a `Response` rejects);
 * - a quoted three-digit number (`'200'`), `.status =` (Koa's setter, or Express's method overwritten), and
 *   `Response.redirect(` (or `NextResponse.redirect(`), whose status must be a redirect;
 * - with `allowUnregistered` off, any number 100–599 IANA has not registered (`299`, `420`).
 * The API names are those of the positions (`statusPositions.ts`). Tokens, not the text: nothing in a
 * comment or a string counts (`CWE-674`, a template's `font-weight: 700`), nor TypeScript's compiled
 * `throw (0, f)(…)` or an `exitCode: 3`; and reading tokens replaced nine regular expressions over the
 * text, each of which cost about 3 ns a byte. It reads for both values of `allowUnregistered` at once.
 * With type information a status may come from another file's types, so typed linting always looks; so does
 * a parser that gives no tokens.
 */
export function mayHoldInvalidStatus(context: Context, allowUnregistered: boolean): boolean {
  const { sourceCode } = context;
  if (sourceCode.parserServices?.program) return true;
  const facts = readCode(sourceCode);
  return !facts || facts.invalid || (!allowUnregistered && facts.unregistered);
}
