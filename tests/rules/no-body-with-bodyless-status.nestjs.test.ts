import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

const nest = (imports: string, member: string) => `import { Controller, Delete, ${imports} } from '@nestjs/common';\n@Controller('items')\nexport class Items {\n${member}\n}`;

// NestJS: @HttpCode(204) on a handler that returns a value; Nest's platform then drops it.
ruleTester.run('no-body-with-bodyless-status (nestjs)', rule, {
  valid: [
    // A service call resolves to whatever it resolves to, commonly undefined: not read.
    nest('HttpCode', `  @Delete(':id')\n  @HttpCode(204)\n  remove(id) {\n    return this.items.remove(id);\n  }`),
    nest('HttpCode', `  @Delete(':id')\n  @HttpCode(204)\n  async remove(id) {\n    await this.items.remove(id);\n  }`),
    nest('HttpCode', `  @Delete(':id')\n  @HttpCode(200)\n  remove() {\n    return { deleted: true };\n  }`),
    // Not Nest's HttpCode.
    `import { HttpCode } from './http';\nclass Items {\n  @HttpCode(204)\n  remove() { return { deleted: true }; }\n}`,
  ],
  invalid: [
    {
      code: nest('HttpCode, HttpStatus', `  @Delete(':id')\n  @HttpCode(HttpStatus.NO_CONTENT)\n  remove() {\n    return { deleted: true };\n  }`),
      errors: [withBody(5, 13, { answerOk: nest('HttpCode, HttpStatus', `  @Delete(':id')\n  @HttpCode(200)\n  remove() {\n    return { deleted: true };\n  }`) })],
    },
    {
      // A literal on one path is content on that path.
      code: nest('HttpCode', `  @Delete(':id')\n  @HttpCode(204)\n  remove(id) {\n    if (!id) return 'missing';\n    this.items.remove(id);\n  }`),
      errors: [withBody(5, 13, { answerOk: nest('HttpCode', `  @Delete(':id')\n  @HttpCode(200)\n  remove(id) {\n    if (!id) return 'missing';\n    this.items.remove(id);\n  }`) })],
    },
  ],
});
