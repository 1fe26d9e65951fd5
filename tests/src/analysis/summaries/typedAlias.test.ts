import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../../rules/require-401-www-authenticate.js';

const root = path.join(import.meta.dirname, '../../../fixtures/summaries-typed');

// With type information, a path alias resolves through TypeScript's own module resolution.
const typedTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
});

typedTester.run('helpers behind a path alias (typed)', rule, {
  valid: [
    { code: `import { respond } from '@/lib/respond';\nexport const GET = () => respond(403, 'Forbidden');`, filename: 'src/routes.ts' },
    // An alias that resolves to a declaration file only: nothing to summarise.
    { code: `import { declaredOnly } from '@/lib/types';\nexport const GET = () => declaredOnly(401);`, filename: 'src/routes.ts' },
  ],
  invalid: [
    {
      code: `import { respond } from '@/lib/respond';\nexport const GET = () => respond(401, 'Login first');`,
      filename: 'src/routes.ts',
      errors: [{ messageId: 'missingChallenge', line: 2, column: 34, suggestions: [] }],
    },
  ],
});
