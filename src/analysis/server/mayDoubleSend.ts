import { isResponseName } from './responseParameter.js';

/** A send (`.json(`, `.end(`, `.writeHead(`…), or another call or assignment the rule may report after one. */
const EVENT = /\.(?:(json|jsonp|send|sendStatus|sendFile|render|redirect|download|end|writeHead)|status|code|set|header|setHeader|append|write)\s*\(|\.statusCode\s*=(?!=)/g;

const RESPONSE_NAME = /\b_*(?:res|resp|response|reply)\b/i;
const LOOP = /\b(?:for|while)\s*\(/;

/**
 * Whether a file's text may hold a response used after its send: at least one send, and one more event
 * (`res.json(a); res.json(b)`, `res.end(); res.setHeader(…)`) or a loop (`for (…) res.send(x)`). Decided in
 * `create()`, once per file, so that most files register no listener at all. An event counts on a response's
 * name or in a chain (see `onResponse`), so `cache.set(k, v)` and a client's `r.json()` wake nothing.
 */
export function mayDoubleSend(text: string): boolean {
  // Only a parameter called so is a response (see `isResponseParameter`).
  if (!RESPONSE_NAME.test(text)) return false;
  EVENT.lastIndex = 0;
  let events = 0;
  let sends = false;
  for (const match of text.matchAll(EVENT)) {
    if (!onResponse(text, match.index)) continue;
    events++;
    if (match[1] !== undefined) sends = true;
    if (sends && events >= 2) return true;
  }
  return sends && LOOP.test(text);
}

/**
 * Whether the `.` at `dot` follows a response's name (`res.json(`, `reply?.send(`, `res!.end(`) or a call
 * or a parenthesis (`res.status(500).json(`, `(res as Response).end(`), across white space. Every event the
 * rule sees is on a parameter so named (`isResponseParameter`), directly or down a chain that starts there.
 */
function onResponse(text: string, dot: number): boolean {
  let end = dot;
  let code = text.charCodeAt(end - 1);
  // `?.` and `!.`, then white space (a chain broken over lines).
  if (code === 0x3f || code === 0x21) code = text.charCodeAt(--end - 1);
  while (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) code = text.charCodeAt(--end - 1);
  if (code === 0x29) return true;
  let start = end;
  while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start -= 1;
  // `this.res.json(`, `ctx.res.end(`: a property, not the parameter.
  if (start === end || text.charCodeAt(start - 1) === 0x2e) return false;
  return isResponseName(text.slice(start, end));
}

const isNameChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x24;
