import { createHmac, timingSafeEqual } from 'node:crypto';

import jwt from '@fastify/jwt';
import fp from 'fastify-plugin';

const PARTNER_SECRET = process.env.PARTNER_SECRET ?? 'dev-partner-secret';

/**
 * Authentication hooks for the import API, shared with every route through `fastify.decorate`.
 * `authenticate` answers each refusal with the Bearer challenge, so clients know to fetch a token.
 */
export default fp(async function auth(fastify) {
  await fastify.register(jwt, { secret: process.env.JWT_SECRET ?? 'dev-secret' });

  fastify.decorate('authenticate', async function authenticate(request, reply) {
    if (!request.headers.authorization?.startsWith('Bearer ')) {
      return reply
        .code(401)
        .header('WWW-Authenticate', 'Bearer realm="imports"')
        .send({ error: 'missing_token' });
    }
    try {
      await request.jwtVerify();
    } catch (err) {
      request.log.info({ err }, 'rejected token');
      return reply
        .code(401)
        .header('WWW-Authenticate', 'Bearer realm="imports", error="invalid_token"')
        .send({ error: 'invalid_token' });
    }
  });

  // Partners sign each request body with a shared secret. A bad signature gets a bare 401: nothing tells
  // the partner which scheme the API expects.
  fastify.decorate('verifyPartner', async function verifyPartner(request, reply) {
    const given = Buffer.from(String(request.headers['x-signature'] ?? ''));
    const expected = Buffer.from(createHmac('sha256', PARTNER_SECRET).update(JSON.stringify(request.body)).digest('hex'));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return reply.code(401).send({ error: 'bad_signature' }); // expect: require-401-www-authenticate
    }
  });
});
