/** 202 Accepted: the request was accepted for processing, which has not completed (RFC 9110 §15.3.3). */
export const ACCEPTED = 202;

/**
 * Codes that say the request completed and the response carries (or stands for) its outcome: 200 OK,
 * 201 Created, 203 Non-Authoritative Information, 204 No Content, 206 Partial Content. A branch shared by
 * 202 and one of these treats an accepted request as a completed one.
 */
export const COMPLETION_CODES: ReadonlySet<number> = new Set([200, 201, 203, 204, 206]);
