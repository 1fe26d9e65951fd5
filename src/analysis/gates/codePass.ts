import { AST_TOKEN_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { statusEntry } from '../../http/statusRegistry.js';
import { FINISHERS, HEADER_SETTERS, IMPLIED_HEADERS, LATE_FINISHERS } from '../server/responseMethods.js';
import { isResponseName } from '../server/responseParameter.js';
import { FETCH_SENDERS } from '../server/statusPositions.js';
import { nameKey, statusNameKeys } from '../status/mentionsStatus.js';

/** What a file's code holds that the gates decide on; read in one pass over the parser's tokens. */
export interface CodeFacts {
  /** The size of the watched set (`watchStatuses`) when the file was read. */
  readonly watchedSize: number;
  /** The watched statuses the code names, by number or by name (see `mayMention`). */
  readonly statuses: ReadonlySet<number>;
  /** Something an invalid status is written with, whatever the options (see `mayHoldInvalidStatus`). */
  readonly invalid: boolean;
  /** A number 100–599 that IANA has not registered. */
  readonly unregistered: boolean;
  /** An event on a response's own name or chain, a send, and one more event or a loop (see `mayDoubleSend`). */
  readonly doubleSend: boolean;
  /** A `.status(` call, and a `.redirect(` call after it. */
  readonly statusThenRedirect: boolean;
  /** 202 by a name, or by a number anywhere but where a server sets a status (see `mayCheckAccepted`). */
  readonly acceptedCheck: boolean;
}

/** Every status some rule asked about so far; the pass looks for all of them. */
const watched = new Set<number>();

/** Adds statuses to those the pass looks for; a file read before one was added is read again when asked. */
export function watchStatuses(statuses: Iterable<number>): void {
  for (const status of statuses) {
    if (watched.has(status)) continue;
    watched.add(status);
    names = undefined;
  }
}

const passes = new WeakMap<object, CodeFacts>();

/**
 * The facts of a file's code, read once per file for every gate (`SourceCode` is the key), and read again
 * only when a rule watched a new status after the file was read (in the first files linted). `undefined`
 * when the parser gives no tokens: then a gate cannot decide and must look.
 *
 * One pass for all the gates, by hand, not one per gate: in the bench, a pass that only reads every token's
 * type already costs about 0.4% of ESLint's time on the file, because a file's tokens are no longer in the
 * cache once it has been parsed and its scopes analysed; reading each identifier's characters costs as much
 * again; four passes (one per gate, through a shared driver) cost 3.5–4.4% (`docs/architecture.md`, Cost).
 */
export function readCode(sourceCode: Readonly<TSESLint.SourceCode>): CodeFacts | undefined {
  const known = passes.get(sourceCode);
  if (known?.watchedSize === watched.size) return known;
  const tokens = sourceCode.ast?.tokens as readonly TSESTree.Token[] | undefined;
  if (!tokens) return undefined;
  const statuses = new Set<number>();
  const facts = factsOf(tokens, pass(tokens, sourceCode.text, statuses), statuses);
  passes.set(sourceCode, facts);
  return facts;
}

/**
 * The names of `watched` (`statusNameKeys`), with the statuses each names, and per pair of first two
 * characters the lengths a name starting so can have (bit n: length n, bit 31: 31 or more), so that most
 * identifiers are passed over without a string made or a lookup (`require`, `process`, `result`, `index`);
 * rebuilt when `watched` grows.
 */
let names: { byName: Map<string, number[]>; lengths: Uint32Array; shortest: number } | undefined;

const { Identifier, Keyword, Numeric, Punctuator, String: StringToken, Template } = AST_TOKEN_TYPES;

/** Methods that send the response (or, `writeHead`, its head). */
const SENDS = new Set([...FINISHERS, ...LATE_FINISHERS, 'writeHead']);
/** Other calls `no-response-after-sent` may report after a send: a status, a header, a write. */
const OTHER_EVENTS = new Set(['status', 'code', ...HEADER_SETTERS, ...IMPLIED_HEADERS.keys(), 'write']);

/** What the pass found, as bits of one number the loop keeps (a local, which V8 keeps in a register). */
const INVALID = 1;
const UNREGISTERED = 2;
// mayDoubleSend: a response's name somewhere, a send on one, an event that is a method or property of the
// response itself rather than a call it is passed to; mayOverrideRedirect: `.status(`, then `.redirect(`.
const NAMED = 4;
const SEND = 8;
const OWN_EVENT = 16;
const STATUS_CALL = 32;
const STATUS_THEN_REDIRECT = 64;
/** One event on a response, and two or more. */
const ONE_EVENT = 128;
const TWO_EVENTS = 256;
/** 202 where a client may test for it (`mayCheckAccepted`). */
const ACCEPTED_CHECK = 512;
const ACCEPTED = 202;
/** `seen` with one more event on a response. */
const withEvent = (seen: number): number => seen | ((seen & ONE_EVENT) !== 0 ? TWO_EVENTS : ONE_EVENT);

/** What an identifier may be, as the loop tells it to `readToken`. */
const MAY_BE_NAME = 1;
const MAY_BE_RESPONSE = 2;
const MAY_BE_MEMBER = 4;
const MAY_BE_NEXT = 8;
/** Its text starts with a capital or an underscore, as constants do. */
const CONSTANT = 16;
/** Not an identifier: a number, or a string of five characters. */
const NUMBER = 32;
const QUOTED = 64;
/** The identifier follows a `.` or `?.`: a member, never a response passed to a call nor `next(`. */
const AFTER_DOT = 128;

/**
 * The pass: a small loop that reads each token's type and, for an identifier, its first two characters and
 * its length from the text (which is read in order, so it is in the cache), and hands the few tokens that
 * may matter to `readToken`.
 *
 * Small on purpose. V8 optimises the loop within the first file it reads, before most branches have run, and
 * drops the optimised code whenever a later file takes a branch that had not run yet; a dropped function is
 * compiled again. Written as one function with every test inline, the pass was compiled nine times in one
 * CLI run over the bench corpus, 30–40 ms each, some 0.4 G instructions (`docs/architecture.md`, Cost). The
 * rare branches are in `readToken`, which is too large for V8 to inline here, so that its new branches drop
 * only its own code; what is decided once per file is in `factsOf`. Now the loop is compiled six times,
 * 42 ms in all (Node 20, `--trace-opt --trace-deopt`).
 */
function pass(tokens: readonly TSESTree.Token[], text: string, statuses: Set<number>): number {
  names ??= buildNames();
  const { lengths, shortest } = names;
  let seen = 0;
  const count = tokens.length;
  for (let index = 0; index < count; index++) {
    const token = tokens[index]!;
    const type = token.type;
    // About half of all tokens; read only as neighbours.
    if (type === Punctuator) continue;
    if (type === Identifier) {
      const range = token.range;
      const from = range[0];
      const to = range[1];
      const length = to - from;
      const first = text.charCodeAt(from);
      const second = length > 1 ? text.charCodeAt(from + 1) : 0;
      let kind = isConstant(first) ? CONSTANT : 0;
      // A status's name, whole or with the prefixes and suffixes code gives it: it starts as a watched name
      // does, or it is a constant with an underscore.
      if (length >= shortest && (lengths[((first & 0x7f) << 7) | (second & 0x7f)] !== 0 || (kind !== 0 && hasUnderscore(text, from, to)))) {
        kind |= MAY_BE_NAME;
      }
      if (first === 0x72 || first === 0x52 || first === 0x5f) kind |= MAY_BE_RESPONSE;
      if (index > 0 && isDot(tokens[index - 1])) {
        kind |= AFTER_DOT;
        if ((memberLengths[first & 0x7f]! & lengthBit(length)) !== 0) kind |= MAY_BE_MEMBER;
      } else if (length === 4 && first === 0x6e) kind |= MAY_BE_NEXT;
      if ((kind & ~(CONSTANT | AFTER_DOT)) !== 0) seen = readToken(tokens, index, kind, seen, statuses);
    } else if (type === Numeric) {
      seen = readToken(tokens, index, NUMBER, seen, statuses);
    } else if (type === StringToken || type === Template) {
      if (token.value.length === 5) seen = readToken(tokens, index, QUOTED, seen, statuses);
    }
  }
  return seen;
}

/** The facts from what the pass saw (`seen`), apart from it: code V8 runs only after the loop would drop the loop's code too. */
function factsOf(tokens: readonly TSESTree.Token[], seen: number, statuses: ReadonlySet<number>): CodeFacts {
  const has = (bit: number) => (seen & bit) !== 0;
  // One send and no other event: it is sent twice only in a loop, looked for in these few files alone. A
  // file whose only events are calls (`callback(err, res)`, `next(err)`) is Node's callback style far more
  // often than a handler: esbuild's 88 KB `main.js` passes its IPC `response` on, and waking there cost
  // about 20 ms, a whole percent of the bench corpus.
  const doubleSend = has(NAMED) && has(SEND) && has(OWN_EVENT) && (has(TWO_EVENTS) || hasLoop(tokens));
  return {
    watchedSize: watched.size,
    statuses,
    invalid: has(INVALID),
    unregistered: has(UNREGISTERED),
    doubleSend,
    statusThenRedirect: has(STATUS_THEN_REDIRECT),
    acceptedCheck: has(ACCEPTED_CHECK),
  };
}

const isConstant = (first: number): boolean => (first >= 0x41 && first <= 0x5a) || first === 0x5f;

/**
 * What a token that the loop picked out is (`kind`), added to `seen`:
 * - a number: a watched or unregistered status when it has three digits, or something an invalid status is
 *   written with (`suspiciousNumber`); a five-character string: `'200'`, a status as a string;
 * - a status's name (`MAY_BE_NAME`): `UnauthorizedException` and `UnauthorizedError` are read without the
 *   suffix (the name's own length: an identifier written with an escape is longer in the text), and in a
 *   constant (`HTTP_STATUS_FOUND`, `ERR_UNAUTHORIZED`) every name after an underscore too, but not after a
 *   "not": `NOT_FOUND` names 404, not 302's `Found` (no watched name starts after a "not"). Only in a name
 *   that starts with a capital or an underscore, as constants do: compiled code is full of `typescript_1`;
 * - a response's name (`res`, `reply`, `response`), and an event when it is passed to a call
 *   (`sendError(res, 500, msg)`: a helper of the project may send it, see `sendsOnEveryCall`);
 * - a method or a property after a `.`: `.json(`, `.status(`, `.statusCode =`, `.status =`;
 * - `next(err)`: the request goes to Express's error handler, which answers it (`handOff` events).
 * One function, not one per kind: it has to be too large for V8 to inline into the loop (see `pass`).
 */
function readToken(tokens: readonly TSESTree.Token[], index: number, kind: number, seen: number, statuses: Set<number>): number {
  const value = tokens[index]!.value;
  if (kind === NUMBER) {
    if (value.length === 3 && isDigits(value, 0, 3)) {
      const code = Number(value);
      if (watched.has(code) && !compared(tokens, index)) statuses.add(code);
      if (code >= 100 && code < 600 && !statusEntry(code)) seen |= UNREGISTERED;
      if (code === ACCEPTED && !setsStatus(tokens, index)) seen |= ACCEPTED_CHECK;
    }
    return (seen & INVALID) === 0 && suspiciousNumber(tokens, index) ? seen | INVALID : seen;
  }
  if (kind === QUOTED) return isQuotedCode(value) ? seen | INVALID : seen;
  if ((kind & MAY_BE_NAME) !== 0) {
    const size = value.length;
    const last = value.charCodeAt(size - 1);
    const end = last === 0x6e && value.endsWith('Exception') ? size - 9 : last === 0x72 && value.endsWith('Error') ? size - 5 : size;
    let accepted = lookUp(value, 0, end, statuses);
    if ((kind & CONSTANT) !== 0) {
      for (let at = value.indexOf('_'); at >= 0 && at < end - 1; at = value.indexOf('_', at + 1)) {
        if (!notBefore(value, at) && lookUp(value, at + 1, end, statuses)) accepted = true;
      }
    }
    if (accepted) seen |= ACCEPTED_CHECK;
  }
  if ((kind & MAY_BE_RESPONSE) !== 0 && mayBeResponseName(value) && isResponseName(value)) {
    seen |= NAMED;
    if ((kind & AFTER_DOT) === 0 && passedToCall(tokens, index)) seen = withEvent(seen | SEND);
  }
  if ((kind & MAY_BE_NEXT) !== 0) {
    if (value === 'next' && isPunctuator(tokenAt(tokens, index + 1), '(') && !isPunctuator(tokenAt(tokens, index + 2), ')')) seen = withEvent(seen | SEND);
  }
  if ((kind & MAY_BE_MEMBER) !== 0) {
    const next = tokenAt(tokens, index + 1);
    if (isPunctuator(next, '(')) {
      const send = SENDS.has(value);
      // `(await res.json())`: a Fetch client reading the body, which a server's `res.json(data)` never is.
      const read = value === 'json' && isPunctuator(tokenAt(tokens, index + 2), ')');
      if ((send || OTHER_EVENTS.has(value)) && !read && onResponse(tokens, index - 1)) seen = withEvent(seen | OWN_EVENT | (send ? SEND : 0));
      if (value === 'status') seen |= STATUS_CALL;
      else if (value === 'redirect') {
        if ((seen & STATUS_CALL) !== 0) seen |= STATUS_THEN_REDIRECT;
        // `Response.redirect(url, 200)`: its status must be a redirect.
        if (namesResponseClass(tokenAt(tokens, index - 2))) seen |= INVALID;
      }
    } else if (isPunctuator(next, '=')) {
      if (value === 'statusCode' && onResponse(tokens, index - 1)) seen = withEvent(seen | OWN_EVENT);
      // `ctx.status = 200`, `res.status = 404`.
      if (value === 'status') seen |= INVALID;
    }
  }
  return seen;
}

/**
 * The name in `value` from `start` to `end`, made a string and looked up only when its first two characters
 * and its length can be a watched name's; whether it names 202.
 */
function lookUp(value: string, start: number, end: number, statuses: Set<number>): boolean {
  const { byName, lengths } = names!;
  const second = start + 1 < value.length ? value.charCodeAt(start + 1) : 0;
  const possible = lengths[((value.charCodeAt(start) & 0x7f) << 7) | (second & 0x7f)]!;
  if (possible === 0) return false;
  let key = start === 0 && end === value.length ? value : value.slice(start, end);
  if (key.includes('_')) key = nameKey(key);
  if ((possible & lengthBit(key.length)) === 0) return false;
  const found = byName.get(key);
  if (!found) return false;
  for (const status of found) statuses.add(status);
  return found.includes(ACCEPTED);
}

/** `===`, `!==`, `==`, `!=` */
const isEquality = (token: TSESTree.Token | undefined): boolean =>
  token?.type === Punctuator && (token.value === '===' || token.value === '!==' || token.value === '==' || token.value === '!=');

/**
 * Whether the number at `index` is compared with (`res.status === 401`, `401 !== code`, `case 401:`): a client
 * or a middleware testing a status, which never sets one (statuses are not read from a comparison). A server
 * rule need not wake for it (`mayMention`); `no-202-as-completion` reads its own fact (`setsStatus`).
 */
function compared(tokens: readonly TSESTree.Token[], index: number): boolean {
  const before = tokenAt(tokens, index - 1);
  return isEquality(before) || (before?.type === Keyword && before.value === 'case') || isEquality(tokenAt(tokens, index + 1));
}

/** Methods and decorators that take the status a server sends: `res.status(202)`, `@HttpCode(202)`. */
const STATUS_SETTERS = new Set(['status', 'code', 'sendStatus', 'writeHead', 'HttpCode']);
/** Keys and properties that hold it: `{ statusCode: 202 }`, `ctx.status = 202`. */
const STATUS_KEYS = new Set(['status', 'statusCode']);

/**
 * Whether the number at `index` is where a server sets a status, which no client check is written as:
 * `res.status(202)`, `writeHead(202, …)`, `@HttpCode(202)`, `{ statusCode: 202 }` (a key after `{` or `,`),
 * `ctx.status = 202`, and a last argument (`c.json(body, 202)`). A check is anything else: `=== 202`,
 * `case 202:`, `[200, 202]`, `status === 200 || 202`, and `const ACCEPTED = 202` (compared by its name).
 */
function setsStatus(tokens: readonly TSESTree.Token[], index: number): boolean {
  const before = tokenAt(tokens, index - 1);
  const name = tokenAt(tokens, index - 2);
  if (before?.type !== Punctuator) return false;
  const after = tokenAt(tokens, index + 1);
  const closes = isPunctuator(after, ')');
  switch (before.value) {
    case '(':
      return (closes || isPunctuator(after, ',')) && name?.type === Identifier && STATUS_SETTERS.has(name.value);
    case ':':
      return name?.type === Identifier && STATUS_KEYS.has(name.value) && isObjectValue(tokens, index);
    case '=':
      return name?.type === Identifier && STATUS_KEYS.has(name.value) && isDot(tokenAt(tokens, index - 3));
    case ',':
      return closes;
    default:
      return false;
  }
}

/** Bit n (bit 31: 31 or more) stands for length n in the tables of lengths. */
const lengthBit = (length: number): number => 1 << Math.min(length, 31);

/**
 * The member names `readToken` looks at, by first character: bit n is set when one of them has length n.
 * By the length in the text, so a member written with an escape (`res.s\u0065nd(…)`) is not looked at.
 */
const memberLengths = (() => {
  const table = new Uint32Array(128);
  for (const name of [...SENDS, ...OTHER_EVENTS, 'status', 'redirect', 'statusCode']) table[name.charCodeAt(0) & 0x7f]! |= lengthBit(name.length);
  return table;
})();

/** The token at `index`, or undefined past either end (read so, not out of bounds, so that V8 keeps its code). */
const tokenAt = (tokens: readonly TSESTree.Token[], index: number): TSESTree.Token | undefined =>
  index >= 0 && index < tokens.length ? tokens[index] : undefined;

/**
 * Whether the name at `index` is an argument of a call (`f(req, res)`, `utils.send(res, x)`), not a parameter
 * (`(req, res) =>`, `function h(req, res) {`, `h(req: Request, res: Response): void {`), looking a few dozen
 * tokens each way.
 */
function passedToCall(tokens: readonly TSESTree.Token[], index: number): boolean {
  const before = tokenAt(tokens, index - 1);
  if (!isPunctuator(before, '(') && !isPunctuator(before, ',')) return false;
  if (enclosingCallee(tokens, index - 1) === undefined) return false;
  const close = unmatched(tokens, index + 1, 1);
  if (close < 0) return false;
  const after = tokenAt(tokens, close + 1);
  return !(isPunctuator(after, '=>') || isPunctuator(after, '{') || isPunctuator(after, ':'));
}

/** `for (`, `for await (`, `while (` */
function hasLoop(tokens: readonly TSESTree.Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type !== Keyword || (token.value !== 'for' && token.value !== 'while')) continue;
    const next = tokenAt(tokens, index + 1);
    if (isPunctuator(next, '(') || (next?.value === 'await' && isPunctuator(tokenAt(tokens, index + 2), '('))) return true;
  }
  return false;
}

/**
 * Whether the `.` at `dot` follows a response's name (`res.json(`, `reply?.send(`, `res!.end(`) or a call
 * or a parenthesis (`res.status(500).json(`, `(res as Response).end(`), across lines and comments. Every
 * event `no-response-after-sent` sees is on a parameter so named (`isResponseParameter`), directly or down a
 * chain that starts there.
 */
function onResponse(tokens: readonly TSESTree.Token[], dot: number): boolean {
  let before = dot - 1;
  if (isPunctuator(tokenAt(tokens, before), '!')) before -= 1;
  const token = tokenAt(tokens, before);
  if (isPunctuator(token, ')')) return true;
  // `this.res.json(`, `ctx.res.end(`: a property, not the parameter.
  return token?.type === Identifier && isResponseName(token.value) && !isDot(tokenAt(tokens, before - 1));
}

/** A number token an invalid status may be, whatever the options (the unregistered ones are read apart). */
function suspiciousNumber(tokens: readonly TSESTree.Token[], index: number): boolean {
  const raw = tokens[index]!.value;
  const digits = leadingDigits(raw);
  if (digits === 3 && raw.length === 3) {
    const code = Number(raw);
    const before = tokenAt(tokens, index - 1);
    // 600–999 where a status goes (`res.status(700)`, `c.json(x, 700)`), or as a value that may become one
    // (`const BROKEN = 999`, `ok ? 200 : 999`, `err.status ?? 999`, `return 999`); not a CSS weight, a width, a
    // delay or a list's element (`fontWeight: 700`, `setTimeout(f, 750)`, `[710, 732]`).
    if (code >= 600) return mayBecomeStatus(tokens, index) || afterStatusApi(tokens, index);
    if (code >= 100 && code < 200) {
      // `status: 101`
      if (isPunctuator(before, ':') && isIdentifier(tokenAt(tokens, index - 2), 'status')) return true;
      // `c.text('early', 103)`
      if (isPunctuator(before, ',') && FETCH_SENDERS.has(enclosingCallee(tokens, index - 1) ?? '')) return true;
    }
    return false;
  }
  // `404.5`
  if (digits === 3 && raw.charCodeAt(3) === 0x2e && isDigits(raw, 4, 5)) return true;
  if (digits !== raw.length) return false;
  // One, two, or four and more digits: after a status API, or last in a `redirect(…)`.
  return afterStatusApi(tokens, index);
}

/** The token at `index` follows `key:` right after `{` or `,`: a property's value (`{ statusCode: 202 }`), not a ternary's. */
const isObjectValue = (tokens: readonly TSESTree.Token[], index: number): boolean => {
  const start = tokenAt(tokens, index - 3);
  return isPunctuator(start, '{') || isPunctuator(start, ',');
};

/** Operators after which a value may flow on to a status: `= 999`, `? 999`, `?? 999`, `|| 999`, `&& 999`. */
const VALUE_FLOWS = new Set(['=', '?', '??', '||', '&&']);

/** The number at `index` is a value that may end up a status, or an argument of a call that takes one (see `suspiciousNumber`). */
function mayBecomeStatus(tokens: readonly TSESTree.Token[], index: number): boolean {
  const before = tokenAt(tokens, index - 1);
  if (before?.type === Keyword) return before.value === 'return';
  if (before?.type !== Punctuator) return false;
  if (VALUE_FLOWS.has(before.value)) return true;
  // A ternary's `: 999`, not an object's `width: 800`.
  if (before.value === ':') return !isObjectValue(tokens, index);
  // An argument of a call that takes a status: `c.json(x, 700)`, `data(b, 600)`, `ctx.throw(msg, 600)`,
  // `new HTTPException(600)`, `new HttpException(msg, 600)`.
  if (before.value !== '(' && before.value !== ',') return false;
  const callee = enclosingCallee(tokens, index - 1);
  return callee !== undefined && (STATUS_CALLEES.has(callee) || STATUS_API.test(callee) || ERROR_MAKER.test(callee));
}

/** http-errors under the names it is imported by (`createError`, `createHttpError`, `httpErrors`). */
const ERROR_MAKER = /[eE]rrors?$/;

/** Calls with a status among their arguments, as `statusPositions.ts` reads them, beyond `STATUS_API`'s names. */
const STATUS_CALLEES: ReadonlySet<string> = new Set([...FETCH_SENDERS, 'data', 'throw', 'code', 'HttpException', 'HTTPException']);

/** The number at `index` (signed or not) follows a status API (`res.status(`, `statusCode:`), or is last in a `redirect(…)`. */
function afterStatusApi(tokens: readonly TSESTree.Token[], index: number): boolean {
  let before = index - 1;
  if (isPunctuator(tokenAt(tokens, before), '-') || isPunctuator(tokenAt(tokens, before), '+')) before -= 1;
  const sign = tokenAt(tokens, before);
  if (isPunctuator(sign, '(') || isPunctuator(sign, ':') || isPunctuator(sign, '=')) return isStatusApi(tokens, before - 1);
  return isPunctuator(sign, ',') && isPunctuator(tokenAt(tokens, index + 1), ')') && (enclosingCallee(tokens, before) ?? '').endsWith('redirect');
}

/**
 * `status(`/`status:`/`status =` and the like: a name that ends as a status API's (`status`, `sendStatus`,
 * `statusCode`, `HttpCode`, `writeHead`, `createError`, `redirect`), or the methods `.code` and `.throw`.
 * The names are those of the positions `valid-status-code` checks (`statusPositions.ts`).
 */
function isStatusApi(tokens: readonly TSESTree.Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token?.type !== Identifier) return false;
  const name = token.value;
  if (name === 'code' || name === 'throw') return isPunctuator(tokenAt(tokens, index - 1), '.');
  return STATUS_API.test(name);
}

const STATUS_API = /(?:[sS]tatus|[sS]tatusCode|HttpCode|writeHead|createError|redirect)$/;

/**
 * The name called just before the `(` that encloses the token at `index` (`json` for the `,` in
 * `c.json(body, 101)`), looking back at most a few dozen tokens; undefined outside a call's arguments.
 */
function enclosingCallee(tokens: readonly TSESTree.Token[], index: number): string | undefined {
  const open = unmatched(tokens, index, -1);
  if (open < 0 || tokens[open]!.value !== '(') return undefined;
  const callee = tokenAt(tokens, open - 1);
  return callee?.type === Identifier ? callee.value : undefined;
}

/**
 * The index of the first bracket from `from` on (`step` 1) or back (`step` -1) that closes (or opens) one not
 * opened (or closed) on the way, within 64 tokens; -1 when there is none.
 */
function unmatched(tokens: readonly TSESTree.Token[], from: number, step: 1 | -1): number {
  let depth = 0;
  for (let at = from; at >= 0 && at < tokens.length && Math.abs(at - from) < 64; at += step) {
    const token = tokens[at]!;
    if (token.type !== Punctuator) continue;
    const value = token.value;
    const opens = value === '(' || value === '[' || value === '{';
    const closes = value === ')' || value === ']' || value === '}';
    if (step > 0 ? opens : closes) depth += 1;
    else if (step > 0 ? closes : opens) {
      if (depth === 0) return at;
      depth -= 1;
    }
  }
  return -1;
}

function buildNames(): NonNullable<typeof names> {
  const byName = new Map<string, number[]>();
  const lengths = new Uint32Array(128 * 128);
  let shortest = Infinity;
  for (const status of watched) {
    for (const key of statusNameKeys(status)) {
      const list = byName.get(key);
      if (list) list.push(status);
      else byName.set(key, [status]);
      // An identifier's first two characters (`NO_CONTENT` and `NoContent` alike start `NO`/`No`).
      lengths[((key.charCodeAt(0) & 0x7f) << 7) | (key.charCodeAt(1) & 0x7f)]! |= lengthBit(key.length);
      shortest = Math.min(shortest, key.length);
    }
  }
  return { byName, lengths, shortest };
}


/** Whether "not", in any case, ends just before `at` in `value` (`NOT_FOUND`, `isNot_Found`). */
const notBefore = (value: string, at: number): boolean =>
  at >= 3 && (value.charCodeAt(at - 3) | 0x20) === 0x6e && (value.charCodeAt(at - 2) | 0x20) === 0x6f && (value.charCodeAt(at - 1) | 0x20) === 0x74;

/** Whether `text` has an underscore between `from` and `to`. */
function hasUnderscore(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 0x5f) return true;
  return false;
}

/**
 * `res`, `resp`, `reply`, `response`, with underscores before (`_res`), in any case: a test of a few
 * characters before `isResponseName`'s pattern, since compiled code is full of `_a`, `__importDefault`.
 */
function mayBeResponseName(value: string): boolean {
  let start = 0;
  while (start < value.length && value.charCodeAt(start) === 0x5f) start++;
  const length = value.length - start;
  return (length === 3 || length === 4 || length === 5 || length === 8) && (value.charCodeAt(start) | 0x20) === 0x72 && (value.charCodeAt(start + 1) | 0x20) === 0x65;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** How many decimal digits `value` starts with. */
function leadingDigits(value: string): number {
  let count = 0;
  while (count < value.length && isDigit(value.charCodeAt(count))) count++;
  return count;
}
/** Whether `value` has a decimal digit at every index from `start` up to `end`. */
function isDigits(value: string, start: number, end: number): boolean {
  if (value.length < end) return false;
  for (let at = start; at < end; at++) if (!isDigit(value.charCodeAt(at))) return false;
  return true;
}
const isQuote = (code: number): boolean => code === 0x27 || code === 0x22 || code === 0x60;
/** `'200'`, `"200"`, `` `200` `` */
const isQuotedCode = (value: string): boolean =>
  value.length === 5 && isQuote(value.charCodeAt(0)) && isQuote(value.charCodeAt(4)) && isDigits(value, 1, 4);

const isPunctuator = (token: TSESTree.Token | undefined, value: string): boolean => token?.type === Punctuator && token.value === value;
/** `.` or `?.` */
const isDot = (token: TSESTree.Token | undefined): boolean => token?.type === Punctuator && (token.value === '.' || token.value === '?.');
const isIdentifier = (token: TSESTree.Token | undefined, value: string): boolean => token?.type === Identifier && token.value === value;
/** The token is `Response` or `NextResponse` (the adapters' `isResponseClass` also checks the binding). */
const namesResponseClass = (token: TSESTree.Token | undefined): boolean => isIdentifier(token, 'Response') || isIdentifier(token, 'NextResponse');
