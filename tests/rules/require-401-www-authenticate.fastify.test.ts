import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

// Fastify's reply: code() here, status() through the express adapter.
ruleTester.run('require-401-www-authenticate (fastify)', rule, {
  valid: [
    // The challenge later in the chain, earlier on the same reply, or in headers({…}).
    `fastify.get('/me', async (request, reply) => reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'login' }));`,
    `fastify.addHook('onRequest', async (request, reply) => { reply.header('www-authenticate', 'Bearer'); return reply.code(401).send(); });`,
    `fastify.get('/me', (request, reply) => { reply.headers({ 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' }); reply.code(401).send(); });`,
    // On every path before the send; through a headers object we cannot read.
    `fastify.get('/me', (request, reply) => { if (request.isApi) reply.header('WWW-Authenticate', 'Bearer'); else reply.header('WWW-Authenticate', 'Basic'); reply.code(401).send(); });`,
    `fastify.get('/me', (request, reply) => { reply.headers(challengeHeaders()); reply.code(401).send(); });`,
    // The unsent reply returned to a caller that may add the challenge.
    `function unauthorized(reply) { return reply.code(401); }`,
    // Unresolved and other statuses.
    `fastify.setErrorHandler((error, request, reply) => { reply.code(error.statusCode ?? 500).send(error); });`,
    `fastify.get('/admin', (request, reply) => reply.code(403).send());`,
  ],
  invalid: [
    {
      // A challenge set on one path only: the other path answers a bare 401.
      code: `fastify.get('/me', (request, reply) => { if (request.isApi) reply.header('WWW-Authenticate', 'Bearer'); reply.code(401).send(); });`,
      errors: [missing(1, 116, `fastify.get('/me', (request, reply) => { if (request.isApi) reply.header('WWW-Authenticate', 'Bearer'); reply.code(401).header('WWW-Authenticate', 'Bearer').send(); });`)],
    },
    {
      code: `fastify.get('/me', async (request, reply) => reply.code(request.user ? 403 : 401).send());`,
      errors: [missing(1, 78, `fastify.get('/me', async (request, reply) => reply.code(request.user ? 403 : 401).header('WWW-Authenticate', 'Bearer').send());`)],
    },
    {
      code: `fastify.get('/me', async (request, reply) => {\n  return reply.code(401).send({ error: 'login' });\n});`,
      errors: [missing(2, 21, `fastify.get('/me', async (request, reply) => {\n  return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'login' });\n});`)],
    },
    {
      // Another reply's header does not count.
      code: `fastify.get('/a', (request, reply) => { reply.header('WWW-Authenticate', 'Bearer').send(); });\nfastify.get('/b', (request, reply) => { reply.code(HttpStatus.UNAUTHORIZED); return { error: 'login' }; });`,
      errors: [
        missing(
          2,
          52,
          `fastify.get('/a', (request, reply) => { reply.header('WWW-Authenticate', 'Bearer').send(); });\nfastify.get('/b', (request, reply) => { reply.code(HttpStatus.UNAUTHORIZED).header('WWW-Authenticate', 'Bearer'); return { error: 'login' }; });`,
        ),
      ],
    },
  ],
});
