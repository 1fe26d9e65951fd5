import { AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { statusEntry } from '../../http/statusRegistry.js';
import type { Context } from '../ast/Context.js';

/**
 * Decided once per file in `create()`: whether its code may hold an invalid status at all. Most files hold
 * only ordinary codes (`res.status(404)`), so the rule registers no listener there. One pass over the
 * parser's tokens looks for what an invalid status is written with:
 * - a number 600–999, or a three-digit number with a fraction (`404.5`);
 * - a number of one, two or four and more digits (signed or not) right after a status API: `res.status(0)`,
 *   `statusCode: -1`, `res.statusCode = 1000`, `reply.code(0)`, `ctx.throw(42)`, `writeHead(1)`,
 *   `createError(0)`, `@HttpCode(2000)`, or as the last argument of a `redirect(url, 30)`;
 * - a 1xx in an init or after a Hono body (`status: 101`, `c.text(x, 103)`, which a `Response` rejects);
 * - a quoted three-digit number (`'200'`), `.status =` (Koa's setter, or Express's method overwritten), and
 *   `Response.redirect(` (or `NextResponse.redirect(`), whose status must be a redirect;
 * - with `allowUnregistered` off, any number 100–599 IANA has not registered (`299`, `420`).
 * The API names are those of the positions (`statusPositions.ts`). Tokens, not the text: nothing in a
 * comment or a string counts (`CWE-674`, a template's `font-weight: 700`), nor TypeScript's compiled
 * `throw (0, f)(…)` or an `exitCode: 3`; and one pass over the tokens replaced nine regular expressions over
 * the text, each of which cost about 3 ns a byte. With type information a status may come from another
 * file's types, so typed linting always looks; so does a parser that gives no tokens.
 */
export function mayHoldInvalidStatus(context: Context, allowUnregistered: boolean): boolean {
  const { sourceCode } = context;
  if (sourceCode.parserServices?.program) return true;
  const tokens = sourceCode.ast?.tokens;
  if (!tokens) return true;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    switch (token.type) {
      case AST_TOKEN_TYPES.Numeric:
        if (suspiciousNumber(tokens, index, allowUnregistered)) return true;
        break;
      case AST_TOKEN_TYPES.String:
      case AST_TOKEN_TYPES.Template:
        if (QUOTED_CODE.test(token.value)) return true;
        break;
      case AST_TOKEN_TYPES.Identifier:
        // `ctx.status = 200`, `res.status = 404`.
        if (token.value === 'status' && isPunctuator(tokens[index - 1], '.') && isPunctuator(tokens[index + 1], '=')) return true;
        // `Response.redirect(url, 200)`.
        if (token.value === 'redirect' && isPunctuator(tokens[index - 1], '.') && isPunctuator(tokens[index + 1], '(') && namesResponseClass(tokens[index - 2])) return true;
        break;
      default:
    }
  }
  return false;
}

/** `'200'`, `"200"`, `` `200` `` */
const QUOTED_CODE = /^['"`]\d{3}['"`]$/;
const THREE_DIGITS = /^\d{3}$/;
const WITH_FRACTION = /^\d{3}\.\d/;
const INTEGER = /^\d+$/;
const FETCH_BODY = new Set(['json', 'text', 'body', 'html', 'newResponse']);

function suspiciousNumber(tokens: readonly TSESTree.Token[], index: number, allowUnregistered: boolean): boolean {
  const raw = tokens[index]!.value;
  if (THREE_DIGITS.test(raw)) {
    const code = Number(raw);
    if (code >= 600) return true;
    if (code >= 100 && code < 200) {
      const before = tokens[index - 1];
      // `status: 101`
      if (isPunctuator(before, ':') && isIdentifier(tokens[index - 2], 'status')) return true;
      // `c.text('early', 103)`
      if (isPunctuator(before, ',') && FETCH_BODY.has(enclosingCallee(tokens, index - 1) ?? '')) return true;
    }
    return !allowUnregistered && code >= 100 && !statusEntry(code);
  }
  if (WITH_FRACTION.test(raw)) return true;
  if (!INTEGER.test(raw)) return false;
  // One, two, or four and more digits: after a status API, or last in a `redirect(…)`.
  let before = index - 1;
  if (isPunctuator(tokens[before], '-') || isPunctuator(tokens[before], '+')) before -= 1;
  const sign = tokens[before];
  if (isPunctuator(sign, '(') || isPunctuator(sign, ':') || isPunctuator(sign, '=')) return isStatusApi(tokens, before - 1);
  return isPunctuator(sign, ',') && isPunctuator(tokens[index + 1], ')') && (enclosingCallee(tokens, before) ?? '').endsWith('redirect');
}

/**
 * `status(`/`status:`/`status =` and the like: a name that ends as a status API's (`status`, `sendStatus`,
 * `statusCode`, `HttpCode`, `writeHead`, `createError`, `redirect`), or the methods `.code` and `.throw`.
 */
function isStatusApi(tokens: readonly TSESTree.Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.type !== AST_TOKEN_TYPES.Identifier) return false;
  const name = token.value;
  if (name === 'code' || name === 'throw') return isPunctuator(tokens[index - 1], '.');
  return STATUS_API.test(name);
}

const STATUS_API = /(?:[sS]tatus|[sS]tatusCode|HttpCode|writeHead|createError|redirect)$/;

/**
 * The name called just before the `(` that encloses the token at `index` (`json` for the `,` in
 * `c.json(body, 101)`), looking back at most a few dozen tokens; undefined outside a call's arguments.
 */
function enclosingCallee(tokens: readonly TSESTree.Token[], index: number): string | undefined {
  let depth = 0;
  for (let at = index; at >= 0 && at > index - 64; at--) {
    const token = tokens[at]!;
    if (token.type !== AST_TOKEN_TYPES.Punctuator) continue;
    const value = token.value;
    if (value === ')' || value === ']' || value === '}') depth += 1;
    else if (value === '(' || value === '[' || value === '{') {
      if (depth > 0) depth -= 1;
      else {
        const callee = tokens[at - 1];
        return value === '(' && callee?.type === AST_TOKEN_TYPES.Identifier ? callee.value : undefined;
      }
    }
  }
  return undefined;
}

const isPunctuator = (token: TSESTree.Token | undefined, value: string): boolean => token?.type === AST_TOKEN_TYPES.Punctuator && token.value === value;
const isIdentifier = (token: TSESTree.Token | undefined, value: string): boolean => token?.type === AST_TOKEN_TYPES.Identifier && token.value === value;
/** The token is `Response` or `NextResponse` (the adapters' `isResponseClass` also checks the binding). */
const namesResponseClass = (token: TSESTree.Token | undefined): boolean => isIdentifier(token, 'Response') || isIdentifier(token, 'NextResponse');
