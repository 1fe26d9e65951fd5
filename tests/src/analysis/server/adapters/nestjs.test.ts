import * as espree from 'espree';

import { ruleTester } from '../../../../ruleTester.js';
import { site, siteProbe } from '../siteProbe.js';

const nest = `import { Controller, Header, HttpCode, HttpException, HttpStatus, Post, Res, UnauthorizedException } from '@nestjs/common';\n`;

ruleTester.run('nestjs adapter', siteProbe, {
  valid: [
    // Not from @nestjs/common: somebody else's decorators and exceptions.
    `import { HttpCode } from './decorators';\nclass A { @HttpCode(401) m() {} }`,
    `class UnauthorizedException extends Error {}\nthrow new UnauthorizedException();`,
    // An unresolved status.
    `${nest}class A { @HttpCode(code) m() {} }`,
    `${nest}function f(status) { throw new HttpException('x', status); }`,
    // Plain JavaScript parsed by espree has no `decorators` on methods and parameters.
    { code: `class A { m(res) { return res; } }`, languageOptions: { parser: espree } },
    // Not asked for.
    `${nest}class A { @HttpCode(204) @Post() m() {} }`,
  ],
  invalid: [
    {
      code: `${nest}class Jobs {\n  @Post()\n  @HttpCode(202)\n  start() {\n    return { id: 1 };\n  }\n}`,
      errors: [site('nestjs 202 headers=[] complete body=object(id) fix', 4, 13)],
    },
    {
      // @Header on the same method, in any order; every return is read.
      code: `${nest}class Jobs {\n  @Header('Location', '/jobs/1')\n  @HttpCode(HttpStatus.ACCEPTED)\n  start(@Body() body) {\n    if (body.dry) return;\n    return { id: 1, href: '/jobs/1' };\n  }\n}`,
      errors: [site('nestjs 202 headers=[location] complete body=object(href,id) fix')],
    },
    {
      // A return we cannot read.
      code: `${nest}class Jobs {\n  @HttpCode(202)\n  start() {\n    return this.jobs.start();\n  }\n}`,
      errors: [site('nestjs 202 headers=[] complete body=unknown fix')],
    },
    {
      // The @Res() parameter's header setters join.
      code: `${nest}class Auth {\n  @HttpCode(401)\n  me(@Res({ passthrough: true }) res) {\n    res.header('WWW-Authenticate', 'Bearer');\n  }\n}`,
      errors: [site('nestjs 401 headers=[www-authenticate] complete body=none fix')],
    },
    {
      // The @Res() parameter handed to a helper: unknown headers.
      code: `${nest}class Auth {\n  @HttpCode(401)\n  me(@Res() res) {\n    challenge(res);\n  }\n}`,
      errors: [site('nestjs 401 headers=[] incomplete body=none fix')],
    },
    {
      // `Header` names something else: no edit.
      code: `import { HttpCode } from '@nestjs/common';\nimport { Header } from './ui';\nclass Auth { @HttpCode(401) me() {} }`,
      errors: [site('nestjs 401 headers=[] complete body=none nofix')],
    },
    {
      code: `${nest}async function guard(user) { if (!user) throw new UnauthorizedException('Login first'); }`,
      errors: [site('nestjs 401 headers=[] complete body=unknown nofix', 2, 51)],
    },
    {
      // A deep import from @nestjs/common (found in lujakob/nestjs-realworld-example-app).
      code: `import { HttpException } from '@nestjs/common/exceptions/http.exception';\nthrow new HttpException('Not authorized.', 401);`,
      errors: [site('nestjs 401 headers=[] complete body=text nofix', 2, 44)],
    },
    {
      code: `${nest}throw new HttpException({ message: 'x' }, HttpStatus.UNAUTHORIZED);`,
      errors: [site('nestjs 401 headers=[] complete body=object(message) nofix', 2, 43)],
    },
  ],
});
