/** A send (`.json(`, `.end(`, `.writeHead(`…), or another call or assignment the rule may report after one. */
const EVENT = /\.(?:(json|jsonp|send|sendStatus|sendFile|render|redirect|download|end|writeHead)|status|code|set|header|setHeader|append|write)\s*\(|\.statusCode\s*=(?!=)/g;

const RESPONSE_NAME = /\b_*(?:res|resp|response|reply)\b/i;
const LOOP = /\b(?:for|while)\s*\(/;

/**
 * Whether a file's text may hold a response used after its send: at least one send, and one more event
 * (`res.json(a); res.json(b)`, `res.end(); res.setHeader(…)`) or a loop (`for (…) res.send(x)`). Decided in
 * `create()`, once per file, so that most files register no listener at all.
 */
export function mayDoubleSend(text: string): boolean {
  // Only a parameter called so is a response (see `isResponseParameter`).
  if (!RESPONSE_NAME.test(text)) return false;
  EVENT.lastIndex = 0;
  let events = 0;
  let sends = false;
  for (const match of text.matchAll(EVENT)) {
    events++;
    if (match[1] !== undefined) sends = true;
    if (sends && events >= 2) return true;
  }
  return sends && LOOP.test(text);
}
