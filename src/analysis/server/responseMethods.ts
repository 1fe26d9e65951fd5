/**
 * The method names of a Node/Express-style response (`res`, `reply`, `ctx.res`), shared by the adapters that
 * read calls on it and by the helper summaries that read what a helper does to its `res` parameter.
 */

/** Methods that set one header by name, or several from an object: `res.set('X', v)`, `res.set({ X: v })`. */
export const HEADER_SETTERS: ReadonlySet<string> = new Set(['set', 'header', 'append', 'setHeader']);

/**
 * Express's methods that set headers they name themselves: `res.location(url)`, `res.links({…})`,
 * `res.cookie(…)` and `res.clearCookie(…)` (`Set-Cookie`), `res.type(…)`, `res.attachment(file?)`
 * (`Content-Disposition`, and `Content-Type` from a file name), `res.vary(field)`. Each calls `setHeader`,
 * which throws `ERR_HTTP_HEADERS_SENT` once the response is sent.
 */
export const IMPLIED_HEADERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['location', ['location']],
  ['links', ['link']],
  ['cookie', ['set-cookie']],
  ['clearCookie', ['set-cookie']],
  ['type', ['content-type']],
  ['contentType', ['content-type']],
  ['attachment', ['content-disposition']],
  ['vary', ['vary']],
]);

/** Express/Connect and Fastify methods that send the whole response at once; Node's `end`; Express's `sendStatus`. */
export const FINISHERS: ReadonlySet<string> = new Set(['send', 'json', 'jsonp', 'end', 'sendStatus', 'redirect']);

/** Express's methods that send the whole response once a file is read or a view rendered: the head goes out later. */
export const LATE_FINISHERS: ReadonlySet<string> = new Set(['sendFile', 'download', 'render']);

/** Methods that send a body given as their first argument (`res.json(x)`); Node's `end(x)` does too. */
export const BODY_SENDERS: ReadonlySet<string> = new Set(['send', 'json', 'jsonp']);

/** Methods that send the response: after them the chain's value is the sent response, not a builder. */
export const SENDERS: ReadonlySet<string> = new Set(['send', 'json', 'jsonp', 'end', 'sendStatus', 'sendFile', 'render', 'redirect', 'download', 'write']);
