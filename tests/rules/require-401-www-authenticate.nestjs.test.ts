import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

// NestJS: @HttpCode with @Header or an injected response; UnauthorizedException and HttpException.
ruleTester.run('require-401-www-authenticate (nestjs)', rule, {
  valid: [
    `import { Controller, Get, Header, HttpCode } from '@nestjs/common';\n@Controller('me')\nclass Me {\n  @Get()\n  @HttpCode(401)\n  @Header('WWW-Authenticate', 'Bearer')\n  me() {}\n}`,
    // The injected response gets the challenge, with or without passthrough.
    `import { HttpCode, Res } from '@nestjs/common';\nclass Me {\n  @HttpCode(401)\n  me(@Res({ passthrough: true }) res) {\n    res.set('WWW-Authenticate', 'Bearer');\n    return { error: 'login' };\n  }\n}`,
    `import { HttpCode, Response } from '@nestjs/common';\nclass Me {\n  @HttpCode(401)\n  me(@Response() reply) {\n    reply.header('www-authenticate', 'Basic').send();\n  }\n}`,
    // A header name we cannot read.
    `import { Header, HttpCode } from '@nestjs/common';\nclass Me {\n  @HttpCode(401)\n  @Header(CHALLENGE_HEADER, 'Bearer')\n  me() {}\n}`,
    // Not Nest's: an exception of the app's own, a decorator from elsewhere.
    `import { UnauthorizedException } from './errors';\nthrow new UnauthorizedException();`,
    `import { HttpCode } from 'routing-controllers';\nclass Me { @HttpCode(401) me() {} }`,
    // HttpException with another status, or one that does not resolve.
    `import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException('no', HttpStatus.FORBIDDEN);`,
    `import { HttpException } from '@nestjs/common';\nfunction fail(status) { throw new HttpException('no', status); }`,
  ],
  invalid: [
    {
      // Header imported already: one decorator line with the same indentation.
      code: `import { Controller, Get, Header, HttpCode } from '@nestjs/common';\n@Controller('me')\nclass Me {\n  @Get()\n  @HttpCode(401)\n  me() {}\n}`,
      errors: [
        missing(
          5,
          13,
          `import { Controller, Get, Header, HttpCode } from '@nestjs/common';\n@Controller('me')\nclass Me {\n  @Get()\n  @Header('WWW-Authenticate', 'Bearer')\n  @HttpCode(401)\n  me() {}\n}`,
        ),
      ],
    },
    {
      // `Header` names something else here: no sound edit.
      code: `import { HttpCode, HttpStatus } from '@nestjs/common';\nimport { Header } from './html';\nclass Me {\n  @HttpCode(HttpStatus.UNAUTHORIZED) me() {}\n}`,
      errors: [{ messageId: 'missingChallenge', line: 4, column: 13, suggestions: [] }],
    },
    {
      // Header not imported: it joins the named imports of @nestjs/common.
      code: `import {\n  HttpCode,\n  Post,\n} from '@nestjs/common';\nclass Me {\n  @Post() @HttpCode(401) me() {}\n}`,
      errors: [
        missing(
          6,
          21,
          `import {\n  HttpCode,\n  Post, Header,\n} from '@nestjs/common';\nclass Me {\n  @Post() @Header('WWW-Authenticate', 'Bearer') @HttpCode(401) me() {}\n}`,
        ),
      ],
    },
    {
      // Nest's exception filter sends no challenge; there is no sound edit.
      code: `import { UnauthorizedException } from '@nestjs/common';\nexport class JwtGuard {\n  handleRequest(err, user) {\n    if (!user) throw new UnauthorizedException('Login first');\n    return user;\n  }\n}`,
      errors: [{ messageId: 'missingChallenge', line: 4, column: 26, suggestions: [] }],
    },
    {
      code: `import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException({ message: 'Login first' }, HttpStatus.UNAUTHORIZED);`,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 53, suggestions: [] }],
    },
  ],
});
