import { ruleTester } from '../../../ruleTester.js';
import { site, siteProbe } from './siteProbe.js';

const nest = `import { UnauthorizedException, BadRequestException } from '@nestjs/common';\n`;
const httpErrors = `import createError from 'http-errors';\n`;

// An error thrown in the `try` block of a try … catch may be turned into another response by the catch.
ruleTester.run('errors caught nearby', siteProbe, {
  valid: [
    // novu: the catch rethrows everything as a 400.
    `${nest}async function f() { try { if (!token) throw new UnauthorizedException(); await call(); } catch (e) { throw new BadRequestException(e.message); } }`,
    `${httpErrors}function f() { try { throw createError(401); } catch (e) { return fallback(); } }`,
    `app.use(async (ctx) => { try { ctx.throw(401, 'login'); } catch (e) { ctx.status = 400; } });`,
  ],
  invalid: [
    {
      // A catch that only rethrows what it caught lets the 401 through.
      code: `${nest}async function f() { try { throw new UnauthorizedException(); } catch (e) { log(e); throw e; } }`,
      errors: [site('nestjs 401 headers=[] complete body=unknown nofix')],
    },
    {
      // Thrown in the catch, or in a try without a catch: nothing catches it here.
      code: `${nest}async function f() { try { await call(); } catch (e) { throw new UnauthorizedException(); } }`,
      errors: [site('nestjs 401 headers=[] complete body=unknown nofix')],
    },
    {
      code: `${nest}async function f() { try { throw new UnauthorizedException(); } finally { done(); } }`,
      errors: [site('nestjs 401 headers=[] complete body=unknown nofix')],
    },
    {
      // In a function of its own inside the try: it is thrown when that function runs, not here.
      code: `${nest}function f() { try { return () => { throw new UnauthorizedException(); }; } catch (e) { return null; } }`,
      errors: [site('nestjs 401 headers=[] complete body=unknown nofix')],
    },
    {
      // Passed to next(), not thrown: the catch does not see it.
      code: `${httpErrors}function f(req, res, next) { try { next(createError(401)); } catch (e) { next(e); } }`,
      errors: [site('http-errors 401 headers=[] complete body=unknown fix')],
    },
  ],
});
