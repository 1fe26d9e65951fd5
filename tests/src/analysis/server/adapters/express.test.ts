import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

ruleTester.run('express adapter', siteProbe, {
  valid: [
    // Not responses: a chain that starts at a call, a status that does not resolve, a status not asked for.
    `expect(res).to.have.status(401);`,
    `res.status(code).end();`,
    `res.status(200).end();`,
    // A computed method is not read.
    `res['status'](401);`,
  ],
  invalid: [
    {
      // A spread of an in-file literal object counts its names, also through a const built with a spread.
      code: `const base = { 'X-Frame-Options': 'DENY' };\nconst cors = { ...base, 'Access-Control-Allow-Origin': '*' };\nfunction h(req, res) { res.set({ ...cors, 'Cache-Control': 'no-store' }); res.status(401).end(); }`,
      errors: [site('express 401 headers=[access-control-allow-origin,cache-control,x-frame-options] complete body=none fix', 3)],
    },
    {
      // Conditional spreads are complete when their objects are; a name they may add counts as set.
      code: `const cors = { Vary: 'Origin' };\nconst auth = { 'WWW-Authenticate': 'Bearer', Vary: 'Origin' };\nfunction h(req, res) { res.set({ ...(req.cors && cors) }); res.status(401).end(); }\nfunction i(req, res) { res.set({ ...(req.api ? auth : cors) }); res.status(401).end(); }\nfunction j(req, res) { res.set({ ...(req.api ? {} : undefined), ...null }); res.status(401).end(); }`,
      errors: [
        // A conditional spread sets nothing for sure; both branches of a ternary set what they share.
        site('express 401 headers=[] complete body=none fix', 3),
        site('express 401 headers=[vary] complete body=none fix', 4),
        site('express 401 headers=[] complete body=none fix', 5),
      ],
    },
    {
      // Unknown spreads: a parameter, a call, `a || b`, a Headers object, an object changed by a call, `cond && param`.
      code: `const hs = new Headers();\nconst o = {};\nmutate(o);\nfunction h(req, res, p) { res.set({ ...p }); res.status(401).end(); }\nfunction i(req, res) { res.set({ ...cors() }); res.status(401).end(); }\nfunction j(req, res) { res.set({ ...(a || b) }); res.status(401).end(); }\nfunction k(req, res) { res.set({ ...hs }); res.status(401).end(); }\nfunction l(req, res) { res.set({ ...o }); res.status(401).end(); }\nfunction m(req, res, p) { res.set({ ...(req.cors && p) }); res.status(401).end(); }`,
      errors: [4, 5, 6, 7, 8, 9].map((line) => site('express 401 headers=[] incomplete body=none fix', line)),
    },
    {
      // Literal text bodies: with a path or URL, without, and a template with expressions (unknown).
      code: `function h(req, res) { res.status(202).send('poll /jobs/1'); }\nfunction i(req, res) { res.status(202).send(\`queued\`); }\nfunction j(req, res) { res.status(202).send(\`see \${url}\`); }`,
      errors: [
        site('express 202 headers=[] complete body=text(link) fix', 1),
        site('express 202 headers=[] complete body=text fix', 2),
        site('express 202 headers=[] complete body=unknown fix', 3),
      ],
    },
    {
      code: `const MESSAGE = 'queued';\nfunction h(req, res) { res.status(202).end(MESSAGE); }\nfunction i(req, res) { res.status(202).end(buffer); }`,
      errors: [site('express 202 headers=[] complete body=text fix', 2), site('express 202 headers=[] complete body=unknown fix', 3)],
    },
    {
      code: `res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'x' });`,
      errors: [site('express 401 headers=[www-authenticate] complete body=object(error) fix', 1, 12)],
    },
    {
      // Headers in any order and from any setter on the same variable; location() and links() count.
      code: `function h(req, res) { res.location('/jobs/1'); res.links({ monitor: '/jobs/1' }); res.append('X-A', '1'); res.status(202).send(); }`,
      errors: [site('express 202 headers=[link,location,x-a] complete body=none fix')],
    },
    {
      // The other methods that name their header (`IMPLIED_HEADERS`); a file name also sets the type.
      code: `function h(req, res) { res.cookie('a', '1').clearCookie('b').vary('Accept').attachment('r.pdf'); res.status(202).send(); }`,
      errors: [site('express 202 headers=[content-disposition,content-type,set-cookie,vary] complete body=none fix')],
    },
    {
      // Another handler's `res` is another response.
      code: `function a(req, res) { res.set('Location', '/x'); }\nfunction b(req, res) { res.status(202).end(); }`,
      errors: [site('express 202 headers=[] complete body=none fix', 2)],
    },
    {
      code: `function h(req, res) { res.set(headers); res.sendStatus(401); }`,
      errors: [site('express 401 headers=[] incomplete body=none fix')],
    },
    {
      code: `function h(req, res) { res.set({ ...base, Location: '/x' }); res.status(202).json(job); }`,
      errors: [site('express 202 headers=[location] incomplete body=unknown fix')],
    },
    {
      // A name is no evidence: a `reply` that nothing shows to be Fastify's is an Express-style response.
      code: `function h(req, reply) { reply.status(401).send(); }`,
      errors: [site('express 401 headers=[] complete body=none fix')],
    },
    {
      code: `import Fastify from 'fastify';\nfunction h(req, reply) { reply.status(401).send(); }`,
      errors: [site('fastify 401 headers=[] complete body=none fix', 2)],
    },
    {
      code: `app.get('/x', (c) => { c.status(401); c.header('WWW-Authenticate', 'Bearer'); return c.body(null); });`,
      errors: [site('hono 401 headers=[www-authenticate] complete body=unknown fix')],
    },
    {
      // Hono's c.set() stores a context variable, not a header: an unknown key must not silence the 401.
      code: `app.get('/x', (c) => { c.set(key, user); c.status(401); return c.body(null); });`,
      errors: [site('hono 401 headers=[] complete body=unknown fix')],
    },
    {
      code: `function h(req, res) { res.statusCode = 401; res.end(); }`,
      errors: [site('node-http 401 headers=[] complete body=none fix')],
    },
    {
      // The body of a `statusCode` assignment is the one send on the same variable, as for writeHead.
      code: `function h(req, res) { res.statusCode = 202; res.end(JSON.stringify({ statusUrl: url })); }\nfunction i(req, res) { res.statusCode = 202; res.json({ id: 1 }); }\nfunction j(req, res) { res.statusCode = 202; res.end('queued'); }`,
      errors: [
        site('node-http 202 headers=[] complete body=object(statusUrl) fix', 1),
        site('node-http 202 headers=[] complete body=object(id) fix', 2),
        site('node-http 202 headers=[] complete body=text fix', 3),
      ],
    },
    {
      // No send in sight: no body. Several sends, a streaming write or a send we cannot read: unknown.
      code: `function h(req, res) { res.statusCode = 202; }\nfunction i(req, res) { res.statusCode = 202; if (a) res.end('x'); else res.end(JSON.stringify(job)); }\nfunction j(req, res) { res.statusCode = 202; res.write(chunk); res.end(); }\nfunction k(req, res) { res.statusCode = 202; res.sendFile(path); }\nfunction l(req) { this.res.statusCode = 202; this.res.end(); }`,
      errors: [
        // Never sent here: whoever ends the response may still add headers.
        site('node-http 202 headers=[] incomplete body=none fix', 1),
        site('node-http 202 headers=[] complete body=unknown fix', 2),
        site('node-http 202 headers=[] complete body=unknown fix', 3),
        site('node-http 202 headers=[] complete body=unknown fix', 4),
        site('node-http 202 headers=[] complete body=unknown fix', 5),
      ],
    },
    {
      code: `function h(req, res) { return res.status(401); }`,
      errors: [site('express 401 headers=[] incomplete body=unknown fix')],
    },
    {
      code: `function h(req, res) { forward(res); res.status(401).end(); }`,
      errors: [site('express 401 headers=[] incomplete body=none fix')],
    },
  ],
});
