import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { verify } from 'hono/jwt';

export type Env = {
  Bindings: { JWT_SECRET: string; LEGACY_API_KEY: string; EXPORTS: Queue<ExportMessage> };
  Variables: { userId: string };
};

export interface ExportMessage {
  id: string;
  owner: string;
  format: 'csv' | 'xlsx';
}

/** Bearer auth for /api/*: both refusals name the scheme, so clients know to fetch a token. */
export const bearerAuth = createMiddleware<Env>(async (c, next) => {
  const token = c.req.header('Authorization')?.replace(/^Bearer /, '');
  if (!token) {
    return c.json({ error: 'missing_token' }, 401, { 'WWW-Authenticate': 'Bearer realm="exports"' });
  }
  try {
    const payload = await verify(token, c.env.JWT_SECRET);
    c.set('userId', String(payload.sub));
  } catch {
    const challenge = new Response('invalid token', {
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer realm="exports", error="invalid_token"' },
    });
    throw new HTTPException(401, { res: challenge });
  }
  await next();
});

/** The v1 API-key check refuses without a challenge. */
export const apiKeyAuth = createMiddleware<Env>(async (c, next) => {
  const key = c.req.header('X-Api-Key');
  if (!key) {
    return c.json({ error: 'missing_api_key' }, 401); // expect: require-401-www-authenticate
  }
  if (key !== c.env.LEGACY_API_KEY) {
    throw new HTTPException(401, { message: 'invalid API key' }); // expect: require-401-www-authenticate
  }
  c.set('userId', 'legacy');
  await next();
});
