import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

ruleTester.run('boom adapter', siteProbe, {
  valid: [
    // Another module's unauthorized(), and a free function nobody imported.
    `import { unauthorized } from './errors';\nthrow unauthorized('no');`,
    `throw unauthorized('no');`,
    `const Errors = require('./errors');\nthrow Errors.unauthorized('no');`,
    // Other Boom errors are not 401.
    `throw Boom.forbidden('no');`,
    // Options we cannot read.
    `throw Boom.boomify(err, options);`,
    `throw new Boom.Boom('no', { statusCode: code });`,
  ],
  invalid: [
    {
      code: `throw Boom.unauthorized('Invalid token');`,
      errors: [site('boom 401 headers=[] complete body=unknown challenge', 1, 7)],
    },
    {
      // A scheme (string or array) makes Boom write the challenge itself.
      code: `import Boom from '@hapi/boom';\nthrow Boom.unauthorized('Invalid token', 'Bearer', { realm: 'api' });`,
      errors: [site('boom 401 headers=[www-authenticate] complete body=unknown nofix', 2, 7)],
    },
    {
      code: `const B = require('@hapi/boom');\nthrow B.unauthorized(null, ['Bearer', 'Basic realm="api"']);`,
      errors: [site('boom 401 headers=[www-authenticate] complete body=unknown nofix', 2, 7)],
    },
    {
      // A null or empty scheme writes nothing; a scheme we cannot read is unknown.
      code: `import * as Boom from 'boom';\nthrow Boom.unauthorized('no', null, {});`,
      errors: [site('boom 401 headers=[] complete body=unknown challenge', 2, 7)],
    },
    {
      code: `function fail(scheme) { return Boom.unauthorized('no', scheme); }`,
      errors: [site('boom 401 headers=[] incomplete body=unknown nofix')],
    },
    {
      // Named imports, from import or require.
      code: `import { unauthorized } from '@hapi/boom';\nexport const check = () => { throw unauthorized(); };`,
      errors: [site('boom 401 headers=[] complete body=unknown challenge', 2, 36)],
    },
    {
      code: `const { unauthorized } = require('boom');\nnext(unauthorized('no'));`,
      errors: [site('boom 401 headers=[] complete body=unknown challenge', 2, 6)],
    },
    {
      // The error's output changed afterwards: unknown.
      code: `const err = Boom.unauthorized('no');\nerr.output.headers['WWW-Authenticate'] = 'Bearer';\nthrow err;`,
      errors: [site('boom 401 headers=[] incomplete body=unknown challenge', 1, 13)],
    },
    {
      // The Boom constructor and boomify never carry a challenge, and have no simple edit.
      code: `throw new Boom.Boom('Session expired', { statusCode: 401 });`,
      errors: [site('boom 401 headers=[] complete body=unknown nofix', 1, 7)],
    },
    {
      code: `import { boomify } from '@hapi/boom';\nthrow boomify(error, { statusCode: 401, message: 'expired' });`,
      errors: [site('boom 401 headers=[] complete body=unknown nofix', 2, 7)],
    },
    {
      code: `function fail(error) {\n  Boom.boomify(error, { statusCode: 401 });\n  error.output.headers['WWW-Authenticate'] = 'Bearer';\n  throw error;\n}`,
      errors: [site('boom 401 headers=[] incomplete body=unknown nofix', 2, 3)],
    },
  ],
});
