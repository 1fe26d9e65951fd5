/**
 * The IANA HTTP Status Code Registry (https://www.iana.org/assignments/http-status-codes), with the
 * names the constant libraries use, so `StatusCodes.ACCEPTED`, `HttpStatus.ACCEPTED`,
 * `HttpStatusCode.Accepted` and `constants.HTTP_STATUS_ACCEPTED` all resolve through one table.
 */
export interface StatusEntry {
  code: number;
  /** The registry's reason phrase. */
  reason: string;
  /** Other names constant libraries give the code (http-status-codes, NestJS, axios, node:http2, Deno). */
  aliases?: readonly string[];
}

export const STATUS_REGISTRY: readonly StatusEntry[] = [
  { code: 100, reason: 'Continue' },
  { code: 101, reason: 'Switching Protocols' },
  { code: 102, reason: 'Processing' },
  { code: 103, reason: 'Early Hints' },
  { code: 200, reason: 'OK' },
  { code: 201, reason: 'Created' },
  { code: 202, reason: 'Accepted' },
  { code: 203, reason: 'Non-Authoritative Information', aliases: ['NonAuthoritativeInfo'] },
  { code: 204, reason: 'No Content' },
  { code: 205, reason: 'Reset Content' },
  { code: 206, reason: 'Partial Content' },
  { code: 207, reason: 'Multi-Status', aliases: ['MultiStatus'] },
  { code: 208, reason: 'Already Reported' },
  { code: 226, reason: 'IM Used' },
  { code: 300, reason: 'Multiple Choices', aliases: ['Ambiguous'] },
  { code: 301, reason: 'Moved Permanently' },
  { code: 302, reason: 'Found', aliases: ['Moved Temporarily'] },
  { code: 303, reason: 'See Other' },
  { code: 304, reason: 'Not Modified' },
  { code: 305, reason: 'Use Proxy' },
  { code: 307, reason: 'Temporary Redirect' },
  { code: 308, reason: 'Permanent Redirect' },
  { code: 400, reason: 'Bad Request' },
  { code: 401, reason: 'Unauthorized' },
  { code: 402, reason: 'Payment Required' },
  { code: 403, reason: 'Forbidden' },
  { code: 404, reason: 'Not Found' },
  { code: 405, reason: 'Method Not Allowed' },
  { code: 406, reason: 'Not Acceptable' },
  { code: 407, reason: 'Proxy Authentication Required', aliases: ['Proxy Auth Required'] },
  { code: 408, reason: 'Request Timeout' },
  { code: 409, reason: 'Conflict' },
  { code: 410, reason: 'Gone' },
  { code: 411, reason: 'Length Required' },
  { code: 412, reason: 'Precondition Failed' },
  { code: 413, reason: 'Content Too Large', aliases: ['Payload Too Large', 'Request Entity Too Large', 'Request Too Long'] },
  { code: 414, reason: 'URI Too Long', aliases: ['Request URI Too Long'] },
  { code: 415, reason: 'Unsupported Media Type' },
  { code: 416, reason: 'Range Not Satisfiable', aliases: ['Requested Range Not Satisfiable'] },
  { code: 417, reason: 'Expectation Failed' },
  { code: 418, reason: "I'm a teapot", aliases: ['I Am A Teapot', 'Im A Teapot', 'Teapot'] },
  { code: 421, reason: 'Misdirected Request' },
  { code: 422, reason: 'Unprocessable Content', aliases: ['Unprocessable Entity'] },
  { code: 423, reason: 'Locked' },
  { code: 424, reason: 'Failed Dependency' },
  { code: 425, reason: 'Too Early' },
  { code: 426, reason: 'Upgrade Required' },
  { code: 428, reason: 'Precondition Required' },
  { code: 429, reason: 'Too Many Requests' },
  { code: 431, reason: 'Request Header Fields Too Large' },
  { code: 451, reason: 'Unavailable For Legal Reasons' },
  { code: 500, reason: 'Internal Server Error' },
  { code: 501, reason: 'Not Implemented' },
  { code: 502, reason: 'Bad Gateway' },
  { code: 503, reason: 'Service Unavailable' },
  { code: 504, reason: 'Gateway Timeout' },
  { code: 505, reason: 'HTTP Version Not Supported' },
  { code: 506, reason: 'Variant Also Negotiates' },
  { code: 507, reason: 'Insufficient Storage' },
  { code: 508, reason: 'Loop Detected' },
  { code: 510, reason: 'Not Extended' },
  { code: 511, reason: 'Network Authentication Required' },
];

/** `'Non-Authoritative Information'`, `NON_AUTHORITATIVE_INFORMATION`, `NonAuthoritativeInformation` → one key. */
export const normaliseStatusName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const byName = new Map<string, number>();
const byCode = new Map<number, StatusEntry>();
for (const entry of STATUS_REGISTRY) {
  byCode.set(entry.code, entry);
  for (const name of [entry.reason, ...(entry.aliases ?? [])]) byName.set(normaliseStatusName(name), entry.code);
}

/** The code a constant's member name stands for (`ACCEPTED`, `Accepted`, `HTTP_STATUS_ACCEPTED`), if any. */
export function statusCodeForName(memberName: string): number | undefined {
  const stripped = memberName.startsWith('HTTP_STATUS_') ? memberName.slice('HTTP_STATUS_'.length) : memberName;
  return byName.get(normaliseStatusName(stripped));
}

export const statusEntry = (code: number): StatusEntry | undefined => byCode.get(code);

/** `202 Accepted`, or just `599` for an unregistered code. */
export const describeStatus = (code: number): string => {
  const entry = byCode.get(code);
  return entry ? `${code} ${entry.reason}` : String(code);
};
