import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

ruleTester.run('hapi adapter', siteProbe, {
  valid: [
    `server.route({ handler: (request, h) => h.response(user).code(status) });`,
    `server.route({ handler: (request, h) => h.response(user).code(200) });`,
    // A code() on a response that did not come from h.response(…) in sight.
    `server.route({ handler: (request, h) => makeResponse(h).code(401) });`,
  ],
  invalid: [
    {
      code: `server.route({ handler: (request, h) => h.response({ error: 'login' }).code(401) });`,
      errors: [site('hapi 401 headers=[] complete body=object(error) fix', 1, 77)],
    },
    {
      // Headers in the chain, after the code, and location().
      code: `server.route({ handler: (request, h) => h.response().code(401).header('WWW-Authenticate', 'Bearer').takeover() });`,
      errors: [site('hapi 401 headers=[www-authenticate] complete body=none fix')],
    },
    {
      code: `server.route({ handler: async (request, h) => { const job = await start(); return h.response({ id: job.id }).location('/jobs/' + job.id).code(202); } });`,
      errors: [site('hapi 202 headers=[location] complete body=object(id) fix')],
    },
    {
      // Two responses from the same h are two responses: the header of one is not the other's.
      code: `function handler(request, h) {\n  if (request.auth.isAuthenticated) return h.response('ok').header('WWW-Authenticate', 'Bearer').code(200);\n  return h.response('no').code(401);\n}`,
      errors: [site('hapi 401 headers=[] complete body=text fix', 3, 32)],
    },
    {
      // A response variable: headers set on it in any order count; code() on it is a site.
      code: `function handler(request, h) {\n  const response = h.response({ error: 'login' });\n  response.code(401);\n  if (request.api) response.header('WWW-Authenticate', 'Bearer');\n  return response;\n}`,
      errors: [site('hapi 401 headers=[www-authenticate] complete body=object(error) fix', 3, 17)],
    },
    {
      code: `function handler(request, h) {\n  const response = h.response().code(202);\n  response.created('/jobs/1');\n  return response;\n}`,
      errors: [site('hapi 202 headers=[location] complete body=none fix', 2, 38)],
    },
    {
      // A response handed to a helper, or a header name we cannot read: unknown.
      code: `function handler(request, h) {\n  const response = h.response().code(401);\n  decorate(response);\n  return response;\n}`,
      errors: [site('hapi 401 headers=[] incomplete body=none fix', 2, 38)],
    },
    {
      code: `server.route({ handler: (request, h) => h.response().header(name, 'x').code(401) });`,
      errors: [site('hapi 401 headers=[] incomplete body=none fix')],
    },
  ],
});
