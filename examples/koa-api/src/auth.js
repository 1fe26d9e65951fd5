import { timingSafeEqual } from 'node:crypto';

import { jwtVerify } from 'jose';

const SECRET = new TextEncoder().encode(process.env.JWT_SECRET ?? 'dev-secret');
const REALM = 'Bearer realm="reports"';

/**
 * Bearer-token middleware. Both refusals carry the challenge RFC 9110 §11.6.1 requires: the first sets it
 * on the context before the status, the second passes it with the thrown error, the one place Koa's error
 * handler takes headers from.
 */
export async function requireBearer(ctx, next) {
  const [scheme, token] = ctx.get('Authorization').split(' ');
  if (scheme !== 'Bearer' || !token) {
    ctx.set('WWW-Authenticate', REALM);
    ctx.status = 401;
    ctx.body = { error: 'missing_token' };
    return;
  }
  let payload;
  try {
    ({ payload } = await jwtVerify(token, SECRET));
  } catch {
    ctx.throw(401, 'invalid token', { headers: { 'WWW-Authenticate': `${REALM}, error="invalid_token"` } });
  }
  ctx.state.user = { id: payload.sub, scopes: String(payload.scope ?? '').split(' ') };
  await next();
}

/**
 * The admin key check sets a challenge and then throws: Koa's error handler removes every header set
 * before the throw, so the 401 goes out without it.
 */
export async function requireAdminKey(ctx, next) {
  const given = Buffer.from(ctx.get('X-Admin-Key'));
  const expected = Buffer.from(process.env.ADMIN_KEY ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    ctx.set('WWW-Authenticate', 'ApiKey realm="admin"');
    ctx.throw(401, 'invalid admin key'); // expect: require-401-www-authenticate
  }
  await next();
}

/** The v1 session-cookie check refuses without saying how to authenticate. */
export async function requireSession(ctx, next) {
  const sessionId = ctx.cookies.get('sid', { signed: true });
  if (!sessionId) {
    ctx.status = 401; // expect: require-401-www-authenticate
    ctx.body = { error: 'login_required' };
    return;
  }
  ctx.state.user = { id: sessionId, scopes: ['reports:read', 'reports:write'] };
  await next();
}
