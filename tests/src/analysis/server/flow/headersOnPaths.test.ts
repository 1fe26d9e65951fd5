import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

const bare = (status: number, framework = 'express', body = 'none') => site(`${framework} ${status} headers=[] complete body=${body} fix`);
const challenged = (framework = 'express', body = 'none') => site(`${framework} 401 headers=[www-authenticate] complete body=${body} fix`);
const unknown = (framework = 'express', body = 'none', names = '') => site(`${framework} 401 headers=[${names}] incomplete body=${body} fix`);

// The response's life, per code path: which headers are set on every path through a status to its send.
ruleTester.run('headers on every path', siteProbe, {
  valid: [],
  invalid: [
    {
      // A challenge in one branch does not cover the bare 401 of another branch.
      code: `function h(req, res) {\n  if (a) return res.status(401).set('WWW-Authenticate', 'Bearer').end();\n  if (b) return res.status(401).end();\n}`,
      errors: [{ ...challenged(), line: 2 }, { ...bare(401), line: 3 }],
    },
    {
      // Set before a branch: on every path through both statuses.
      code: `function h(req, res) {\n  res.set('WWW-Authenticate', 'Bearer');\n  if (a) return res.status(401).json({ a: 1 });\n  res.status(401).end();\n}`,
      errors: [{ ...challenged('express', 'object(a)'), line: 3 }, { ...challenged(), line: 4 }],
    },
    {
      // Set on both arms of an if, then a shared send.
      code: `function h(req, res) { if (a) res.set('WWW-Authenticate', 'Bearer'); else res.set('WWW-Authenticate', 'Basic'); return res.status(401).end(); }`,
      errors: [challenged()],
    },
    {
      // After the status and before the send, on every way out.
      code: `function h(req, res) { res.status(401); if (api) res.set('WWW-Authenticate', 'Bearer'); else res.set('WWW-Authenticate', 'Basic'); res.end(); }`,
      errors: [challenged('express', 'unknown')],
    },
    {
      // After the status, but only on one way out.
      code: `function h(req, res) { res.status(401); if (api) { res.set('WWW-Authenticate', 'Bearer'); } res.end(); }`,
      errors: [bare(401, 'express', 'unknown')],
    },
    {
      // After the send: too late.
      code: `function h(req, res) { res.status(401).end(); res.set('WWW-Authenticate', 'Bearer'); }`,
      errors: [bare(401)],
    },
    {
      // sendStatus sends: a header in the code after it never reaches the client.
      code: `function h(req, res) { res.sendStatus(401); res.set('WWW-Authenticate', 'Bearer'); }`,
      errors: [bare(401)],
    },
    {
      // An escape after the send changes nothing; one before the status may add anything.
      code: `function h(req, res) {\n  if (a) { res.status(401).end(); return verifyUser({ req, res }); }\n  log(res);\n  res.status(401).end();\n}`,
      errors: [{ ...bare(401), line: 2 }, { ...unknown(), line: 4 }],
    },
    {
      // An escape between the status and the send.
      code: `function h(req, res) { res.status(401); decorate(res); res.end(); }`,
      errors: [unknown('express', 'unknown')],
    },
    {
      // The response ends on no path here: whoever sends it may add the challenge.
      code: `function h(req, res, next) { res.status(401); next(); }`,
      errors: [unknown('express', 'unknown')],
    },
    {
      // A header set before a callback is created runs before it; the callback's own status is then covered.
      code: `function h(req, res) { res.set('WWW-Authenticate', 'Bearer'); verify(req, (err) => { if (err) res.status(401).end(); }); }`,
      errors: [challenged()],
    },
    {
      // A header set after the callback is created may run before or after it: unknown.
      code: `function h(req, res) { verify(req, (err) => { if (err) res.status(401).end(); }); res.set('WWW-Authenticate', 'Bearer'); }`,
      errors: [unknown()],
    },
    {
      // A header set in a loop that may run no time: whether it was set cannot be told.
      code: `function h(req, res) { for (const s of schemes) res.append('WWW-Authenticate', s); res.status(401).end(); }`,
      errors: [unknown()],
    },
    {
      // A header set in a try block that may stop halfway, for the status in its catch.
      code: `function h(req, res) { try { res.set('WWW-Authenticate', 'Bearer'); check(req); } catch { res.status(401).end(); } }`,
      errors: [unknown()],
    },
    {
      // A set in a try block or a loop that no path through the status reaches (the status returned before)
      // proves nothing, and hides nothing either: seen on linkwarden's Next.js API routes.
      code: `function h(req, res) {\n  if (req.method !== 'GET') return res.status(401).json({});\n  try { res.setHeader('Cache-Control', 'no-store'); } catch {}\n  for (const s of list) res.setHeader('X', s);\n  return res.status(200).json({});\n}`,
      errors: [{ ...bare(401, 'express', 'object()'), line: 2 }],
    },
    {
      // The same sets between the status and its send are on its path: unknown.
      code: `function h(req, res) { res.status(401); try { res.setHeader('Cache-Control', 'no-store'); } catch {} res.end(); }`,
      errors: [unknown('express', 'unknown')],
    },
    {
      // The common auth middleware: a bare 401 in the catch of a token check.
      code: `async function auth(req, res, next) { try { req.user = await verify(req.headers.authorization); next(); } catch (error) { res.status(401).json({ error: error.message }); } }`,
      errors: [bare(401, 'express', 'object(error)')],
    },
    {
      // Unreachable code runs on no path: whatever it sets does not count, but neither does its status.
      code: `function h(req, res) { return res.status(401).end(); res.set('WWW-Authenticate', 'Bearer'); }`,
      errors: [bare(401)],
    },
    {
      // Koa sends when the middleware ends: a header after the status counts on every way out.
      code: `app.use(async (ctx) => { ctx.status = 401; if (ctx.accepts('json')) { ctx.set('WWW-Authenticate', 'Bearer'); return; } ctx.set('WWW-Authenticate', 'Basic'); });`,
      errors: [challenged('koa')],
    },
    {
      code: `app.use(async (ctx) => { ctx.status = 401; if (ctx.accepts('json')) return; ctx.set('WWW-Authenticate', 'Basic'); });`,
      errors: [bare(401, 'koa')],
    },
    {
      // Node: writeHead writes the head, so only what comes before it counts.
      code: `function h(req, res) { res.setHeader('WWW-Authenticate', 'Bearer'); res.writeHead(401); res.end(); }`,
      errors: [challenged('node-http')],
    },
    {
      // Hono: c.header() before the returned response, on every path.
      code: `import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/', (c) => { if (c.req.query('a')) c.header('WWW-Authenticate', 'Bearer'); return c.text('no', 401); });`,
      errors: [site(`hono 401 headers=[] complete body=text fix`)],
    },
  ],
});
