import { timingSafeEqual } from 'node:crypto';

import { verifyToken } from '../jobs/tokens.js';

/**
 * Bearer-token authentication. A 401 carries the challenge RFC 9110 §11.6.1 requires, so clients know
 * which scheme to use (and RFC 6750's `error` says why the token was refused).
 */
export function requireBearer(req, res, next) {
  const [scheme, token] = (req.get('Authorization') ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) {
    res.set('WWW-Authenticate', 'Bearer realm="exports"');
    return res.status(401).json({ error: 'missing_token' });
  }
  const claims = verifyToken(token);
  if (!claims) {
    res.set('WWW-Authenticate', 'Bearer realm="exports", error="invalid_token"');
    return res.status(401).json({ error: 'invalid_token' });
  }
  req.user = claims;
  return next();
}

/** The v1 API-key check: it refuses the request but never says how to authenticate. */
export function requireApiKey(req, res, next) {
  const given = Buffer.from(req.get('X-Api-Key') ?? '');
  const expected = Buffer.from(process.env.EXPORTS_API_KEY ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return res.status(401).json({ error: 'invalid_api_key' }); // expect: require-401-www-authenticate
  }
  return next();
}
