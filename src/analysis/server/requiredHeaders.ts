import type { ResponseSite } from './ResponseSite.js';

/**
 * A header that RFC 9110 ties to a status, the way it ties `WWW-Authenticate` to 401: one row per rule of
 * the `require-<status>-<header>` family. A row is data only; `src/requiredHeaderRule.ts` turns it into a rule.
 */
export interface RequiredHeader {
  /** The statuses whose responses need the header. */
  readonly statuses: ReadonlySet<number>;
  /** The header as the suggestions write it (`Proxy-Authenticate`); compared lower-cased. */
  readonly header: string;
  /** The strength of the RFC requirement: MUST → `error`, SHOULD → `warn` in `recommended`. */
  readonly requirement: 'MUST' | 'SHOULD';
  readonly specification: string;
  /** Other headers whose presence answers the requirement too (lower-cased). */
  readonly alsoCounts?: readonly string[];
  /**
   * A header that may make the requirement moot, whose value we cannot read: the rule stays silent when the
   * response sets it and the file's text holds `valueInFile` (a 206 whose `Content-Type` may be
   * `multipart/byteranges` carries its ranges in the body parts instead).
   */
  readonly unless?: { readonly header: string; readonly valueInFile: RegExp };
  /**
   * The framework helpers that already set the header, so that a response made through them is never
   * reported (the adapters record each as header evidence; `tests/src/analysis/server/requiredHeaders.test.ts`
   * lints each of these snippets and expects no finding).
   */
  readonly setBy: readonly string[];
}

/** The rows, by rule name. */
export const REQUIRED_HEADERS = {
  'require-401-www-authenticate': {
    statuses: new Set([401]),
    header: 'WWW-Authenticate',
    requirement: 'MUST',
    specification: 'RFC 9110 §15.5.2',
    setBy: [
      `function h(req, res) { res.set('WWW-Authenticate', 'Bearer').status(401).end(); }`,
      `throw Boom.unauthorized('login', 'Bearer');`,
    ],
  },
  'require-407-proxy-authenticate': {
    statuses: new Set([407]),
    header: 'Proxy-Authenticate',
    requirement: 'MUST',
    specification: 'RFC 9110 §15.5.8',
    setBy: [`function h(req, res) { res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="proxy"' }).end(); }`],
  },
  'require-426-upgrade': {
    statuses: new Set([426]),
    header: 'Upgrade',
    requirement: 'MUST',
    specification: 'RFC 9110 §15.5.22',
    setBy: [`function h(req, res) { res.set('Upgrade', 'websocket').set('Connection', 'Upgrade').status(426).end(); }`],
  },
  'require-206-content-range': {
    statuses: new Set([206]),
    header: 'Content-Range',
    requirement: 'MUST',
    specification: 'RFC 9110 §15.3.7',
    unless: { header: 'content-type', valueInFile: /multipart\/byteranges/i },
    setBy: [`function h(req, res) { res.status(206).set('Content-Range', 'bytes 0-99/1000').send(part); }`],
  },
  'require-416-content-range': {
    statuses: new Set([416]),
    header: 'Content-Range',
    requirement: 'SHOULD',
    specification: 'RFC 9110 §15.5.17',
    setBy: [`function h(req, res) { res.status(416).set('Content-Range', 'bytes */1000').end(); }`],
  },
  'require-201-location': {
    statuses: new Set([201]),
    header: 'Location',
    requirement: 'SHOULD',
    specification: 'RFC 9110 §15.3.2, §9.3.3',
    setBy: [
      `function h(req, res) { res.location('/items/1').status(201).json(item); }`,
      `const handler = (request, h) => h.response(item).created('/items/1');`,
    ],
  },
  'require-redirect-location': {
    statuses: new Set([301, 302, 303, 307, 308]),
    header: 'Location',
    requirement: 'SHOULD',
    specification: 'RFC 9110 §15.4',
    setBy: [
      `function h(req, res) { res.status(301).location('/new').end(); }`,
      `async function h(ctx) { ctx.status = 301; ctx.redirect('/new'); }`,
      `async function h(request, reply) { return reply.code(308).redirect('/new'); }`,
      `const handler = (request, h) => h.redirect('/new').code(301);`,
      `function h(req, res) { res.location('/new').sendStatus(303); }`,
    ],
  },
  'require-405-allow': {
    statuses: new Set([405]),
    header: 'Allow',
    requirement: 'MUST',
    specification: 'RFC 9110 §15.5.6',
    setBy: [
      `function h(req, res) { res.set('Allow', 'GET').status(405).end(); }`,
      `throw Boom.methodNotAllowed('no', null, ['GET']);`,
    ],
  },
} as const satisfies Record<string, RequiredHeader>;

export type RequiredHeaderName = keyof typeof REQUIRED_HEADERS;

/** Whether the site's headers are known and lack the row's header (and anything else that counts). */
export function lacksRequiredHeader(row: RequiredHeader, site: ResponseSite, text: string): boolean {
  const { names, complete } = site.headers;
  if (!complete || names.has(row.header.toLowerCase())) return false;
  if (row.alsoCounts?.some((name) => names.has(name))) return false;
  if (row.unless && names.has(row.unless.header) && row.unless.valueInFile.test(text)) return false;
  return true;
}
