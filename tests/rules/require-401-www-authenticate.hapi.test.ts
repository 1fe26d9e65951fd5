import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

// Hapi's response toolkit and @hapi/boom.
ruleTester.run('require-401-www-authenticate (hapi, boom)', rule, {
  valid: [
    // The challenge in the chain, in any order, or on the response variable under a condition.
    `server.route({ method: 'GET', path: '/me', handler: (request, h) => h.response({ error: 'login' }).header('WWW-Authenticate', 'Bearer').code(401) });`,
    `server.ext('onPreAuth', (request, h) => h.response().code(401).header('www-authenticate', 'Bearer').takeover());`,
    `function handler(request, h) {\n  const response = h.response({ error: 'login' }).code(401);\n  if (!request.auth.credentials) response.header('WWW-Authenticate', 'Bearer');\n  return response;\n}`,
    // A response handed to a helper that may add the challenge.
    `function handler(request, h) { const response = h.response().code(401); return withChallenge(response); }`,
    // Boom writes the challenge when given a scheme, a string or an array.
    `import Boom from '@hapi/boom';\nthrow Boom.unauthorized('Invalid token', 'Bearer');`,
    `const Boom = require('@hapi/boom');\nthrow Boom.unauthorized(null, ['Bearer realm="api"', 'Basic realm="api"']);`,
    // The output's headers changed afterwards.
    `const error = Boom.unauthorized('expired');\nerror.output.headers['WWW-Authenticate'] = 'Bearer error="invalid_token"';\nthrow error;`,
    // A scheme we cannot read, another module's unauthorized(), another Boom status.
    `function fail(scheme) { throw Boom.unauthorized('no', scheme); }`,
    `import { unauthorized } from '../errors';\nthrow unauthorized('no');`,
    `throw Boom.forbidden('no');`,
  ],
  invalid: [
    {
      code: `server.route({ handler: (request, h) => h.response('no').code(request.auth.credentials ? 403 : 401) });`,
      errors: [missing(1, 96, `server.route({ handler: (request, h) => h.response('no').code(request.auth.credentials ? 403 : 401).header('WWW-Authenticate', 'Bearer') });`)],
    },
    {
      code: `server.route({\n  method: 'GET',\n  path: '/me',\n  handler: (request, h) => h.response({ error: 'login' }).code(401),\n});`,
      errors: [
        missing(4, 64, `server.route({\n  method: 'GET',\n  path: '/me',\n  handler: (request, h) => h.response({ error: 'login' }).code(401).header('WWW-Authenticate', 'Bearer'),\n});`),
      ],
    },
    {
      // Another response from the same h has the challenge; this one does not.
      code: `function handler(request, h) {\n  if (request.query.basic) return h.response().code(401).header('WWW-Authenticate', 'Basic');\n  return h.response().code(401).takeover();\n}`,
      errors: [
        missing(3, 28, `function handler(request, h) {\n  if (request.query.basic) return h.response().code(401).header('WWW-Authenticate', 'Basic');\n  return h.response().code(401).header('WWW-Authenticate', 'Bearer').takeover();\n}`),
      ],
    },
    {
      // Boom's array form: the challenge exactly as given (the string form would append `error="Invalid token"`).
      code: `import Boom from '@hapi/boom';\nthrow Boom.unauthorized('Invalid token');`,
      errors: [missing(2, 7, `import Boom from '@hapi/boom';\nthrow Boom.unauthorized('Invalid token', ['Bearer']);`)],
    },
    {
      // Without a message the string form would set isMissing, which changes Hapi's auth flow.
      code: `throw Boom.unauthorized();`,
      errors: [missing(1, 7, `throw Boom.unauthorized(null, ['Bearer']);`)],
    },
    {
      code: `const { unauthorized } = require('@hapi/boom');\nnext(unauthorized('Invalid token'));`,
      options: [{ challenge: 'Basic realm="api"' }],
      errors: [missing(2, 6, `const { unauthorized } = require('@hapi/boom');\nnext(unauthorized('Invalid token', ['Basic realm="api"']));`, 'Basic realm="api"')],
    },
    {
      // A null scheme before attributes is replaced.
      code: `throw Boom.unauthorized('Invalid token', null, { realm: 'api' });`,
      errors: [missing(1, 7, `throw Boom.unauthorized('Invalid token', 'Bearer', { realm: 'api' });`)],
    },
    {
      // The Boom constructor and boomify carry no challenge and have no simple edit.
      code: `throw new Boom.Boom('Session expired', { statusCode: 401 });`,
      errors: [{ messageId: 'missingChallenge', line: 1, column: 7, suggestions: [] }],
    },
    {
      code: `function fail(error) { throw Boom.boomify(error, { statusCode: 401 }); }`,
      errors: [{ messageId: 'missingChallenge', line: 1, column: 30, suggestions: [] }],
    },
  ],
});
