import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

const nest = `import { Header, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';\n`;

// NestJS: @HttpCode(202) with @Header, an injected response, or a returned body.
ruleTester.run('require-202-location (nestjs)', rule, {
  valid: [
    `${nest}class Jobs {\n  @HttpCode(202)\n  start() {\n    return 'queued, poll /jobs/1';\n  }\n}`,
    // Some returns give an object, others text: unknown.
    `${nest}class Jobs {\n  @HttpCode(202)\n  start(dry) {\n    if (dry) return 'dry run';\n    return { id: 1 };\n  }\n}`,
    `${nest}class Jobs {\n  @Post()\n  @HttpCode(202)\n  @Header('Location', '/jobs/1')\n  start() {\n    return { id: 1 };\n  }\n}`,
    `${nest}class Jobs {\n  @HttpCode(HttpStatus.ACCEPTED)\n  start(@Res({ passthrough: true }) res) {\n    res.set('Operation-Location', '/ops/1');\n  }\n}`,
    // A monitor link in every literal returned; a return we cannot read.
    `${nest}class Jobs {\n  @HttpCode(202)\n  start() {\n    return { id: 1, statusUrl: '/jobs/1' };\n  }\n}`,
    `${nest}class Jobs {\n  @HttpCode(202)\n  async start() {\n    return this.jobs.start();\n  }\n}`,
  ],
  invalid: [
    {
      code: `${nest}class Jobs {\n  @HttpCode(202)\n  start() {\n    return 'queued';\n  }\n}`,
      errors: [{ messageId: 'missingMonitor', line: 3, column: 13 }],
    },
    {
      code: `${nest}class Jobs {\n  @Post()\n  @HttpCode(202)\n  start() {\n    return { id: 1 };\n  }\n}`,
      errors: [{ messageId: 'missingMonitor', line: 4, column: 13 }],
    },
    {
      code: `${nest}class Jobs {\n  @HttpCode(HttpStatus.ACCEPTED)\n  @Header('Retry-After', '5')\n  start() {}\n}`,
      errors: [{ messageId: 'missingMonitor', line: 3, column: 13 }],
    },
  ],
});
