import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../rules/require-401-www-authenticate.js';
import { ruleTester } from '../ruleTester.js';
import { missing } from './missingChallenge.js';

ruleTester.run('require-401-www-authenticate', rule, {
  valid: [
    `function h(req, res) { res.status(req.user ? 403 : 200).end(); }`,
    `function h(req, res) { res.set('WWW-Authenticate', 'Bearer'); res.status(req.user ? 403 : 401).end(); }`,
    // A branch that does not resolve adds nothing; the resolved status alone still speaks for its path.
    `function h(req, res, err) { res.status(err ? err.status : 403).end(); }`,
    `const authHeaders = { 'WWW-Authenticate': 'Bearer' };\nfunction h(req, res) {\n  res.set({ ...authHeaders, 'Cache-Control': 'no-store' });\n  res.status(401).end();\n}`,
    // A required constant of a module we do not know is not a status.
    `const { StatusCodes } = require('./codes');\nfunction h(req, res) { res.status(StatusCodes.UNAUTHORIZED).end(); }`,
    // Header set before the status, on the same response.
    `app.get('/me', (req, res) => { res.set('WWW-Authenticate', 'Bearer'); res.status(401).json({ error: 'login' }); });`,
    // Header set later in the same chain, any case.
    `app.get('/me', (req, res) => res.status(401).set('www-authenticate', 'Basic realm="api"').end());`,
    // Set on every path before a shared send.
    `function h(req, res) { if (req.api) res.setHeader('WWW-Authenticate', 'Bearer'); else res.setHeader('WWW-Authenticate', 'Basic realm="app"'); res.status(401).end(); }`,
    // A response handed to a helper after it was sent cannot change it.
    `function h(req, res) { res.set('WWW-Authenticate', 'Bearer'); res.status(401).end(); audit({ req, res }); }`,
    // res.set({ … }) with the challenge.
    `function h(req, res) { res.set({ 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' }).status(401).end(); }`,
    // An unreadable headers object: silence.
    `function h(req, res, headers) { res.set(headers); res.status(401).end(); }`,
    // The response handed to a helper that may add the challenge.
    `function h(req, res) { addChallenge(res); res.status(401).end(); }`,
    // An unsent builder returned to a caller that may add headers.
    `function unauthorized(res) { return res.status(401); }`,
    // Unresolved status.
    `function h(req, res, code) { res.status(code).end(); }`,
    // Not a response: the chain starts at a call.
    `expect(response).to.have.status(401);`,
    // 403 is not 401.
    `function h(req, res) { res.status(403).end(); }`,
  ],
  invalid: [
    {
      // A challenge set on one path only: the other path answers a bare 401.
      code: `function h(req, res) { if (req.api) res.setHeader('WWW-Authenticate', 'Bearer'); res.status(401).end(); }`,
      errors: [missing(1, 93, `function h(req, res) { if (req.api) res.setHeader('WWW-Authenticate', 'Bearer'); res.status(401).header('WWW-Authenticate', 'Bearer').end(); }`)],
    },
    {
      code: `function h(req, res) { res.status(req.user ? 403 : 401).json({ error: 'no' }); }`,
      errors: [missing(1, 52, `function h(req, res) { res.status(req.user ? 403 : 401).header('WWW-Authenticate', 'Bearer').json({ error: 'no' }); }`)],
    },
    {
      code: `function h(req, res) { res.statusCode = req.user ? 403 : 401; res.end(); }`,
      errors: [missing(1, 58, `function h(req, res) { res.statusCode = req.user ? 403 : 401;\nres.setHeader('WWW-Authenticate', 'Bearer'); res.end(); }`)],
    },
    {
      code: `function h(req, res, err) { res.status(err ? err.status : 401).end(); }`,
      errors: [missing(1, 59, `function h(req, res, err) { res.status(err ? err.status : 401).header('WWW-Authenticate', 'Bearer').end(); }`)],
    },
    {
      code: `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nfunction h(req, res) {\n  res.set({ ...corsHeaders, 'Cache-Control': 'no-store' });\n  res.status(401).end();\n}`,
      errors: [missing(4, 14, `const corsHeaders = { 'Access-Control-Allow-Origin': '*' };\nfunction h(req, res) {\n  res.set({ ...corsHeaders, 'Cache-Control': 'no-store' });\n  res.status(401).header('WWW-Authenticate', 'Bearer').end();\n}`)],
    },
    {
      // CommonJS: a destructured require of http-status-codes resolves like the import.
      code: `const { StatusCodes } = require('http-status-codes');\nfunction h(req, res) { res.status(StatusCodes.UNAUTHORIZED).end(); }`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 2,
          column: 35,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `const { StatusCodes } = require('http-status-codes');\nfunction h(req, res) { res.status(StatusCodes.UNAUTHORIZED).header('WWW-Authenticate', 'Bearer').end(); }`,
            },
          ],
        },
      ],
    },
    {
      code: `app.get('/me', (req, res) => { res.status(401).json({ error: 'login' }); });`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 1,
          column: 43,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `app.get('/me', (req, res) => { res.status(401).header('WWW-Authenticate', 'Bearer').json({ error: 'login' }); });`,
            },
          ],
        },
      ],
    },
    {
      code: `const UNAUTHORIZED = 401;\nfunction h(req, res) { res.sendStatus(UNAUTHORIZED); }`,
      options: [{ challenge: 'Basic realm="api"' }],
      errors: [
        {
          messageId: 'missingChallenge',
          line: 2,
          column: 39,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Basic realm="api"' },
              output: `const UNAUTHORIZED = 401;\nfunction h(req, res) { res.header('WWW-Authenticate', 'Basic realm="api"').sendStatus(UNAUTHORIZED); }`,
            },
          ],
        },
      ],
    },
    {
      code: `function h(req, res) {\n  res.statusCode = StatusCodes.UNAUTHORIZED;\n  res.end();\n}`,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 2,
          column: 20,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `function h(req, res) {\n  res.statusCode = StatusCodes.UNAUTHORIZED;\n  res.setHeader('WWW-Authenticate', 'Bearer');\n  res.end();\n}`,
            },
          ],
        },
      ],
    },
  ],
});

// With type information, a status whose TypeScript type is the literal 401 resolves too.
const typedTester = new RuleTester({
  languageOptions: {
    parserOptions: { projectService: true, tsconfigRootDir: path.join(import.meta.dirname, '../fixtures/typed') },
  },
});

typedTester.run('require-401-www-authenticate (typed)', rule, {
  valid: [
    // A union type is not one status: silence.
    { code: 'declare const code: 401 | 403;\nfunction h(req: unknown, res: any) { res.status(code).end(); }', filename: 'file.ts' },
  ],
  invalid: [
    {
      // The file never spells the code: only the type checker knows it (the text pre-filter must not skip it).
      code: "import { denied } from './codes';\nfunction h(req: unknown, res: any) { res.status(denied).end(); }",
      filename: 'file.ts',
      errors: [{ messageId: 'missingChallenge', line: 2, column: 49, suggestions: [{ messageId: 'addChallenge', data: { challenge: 'Bearer' }, output: "import { denied } from './codes';\nfunction h(req: unknown, res: any) { res.status(denied).header('WWW-Authenticate', 'Bearer').end(); }" }] }],
    },
    {
      code: 'declare function denied(): 401;\nfunction h(req: unknown, res: any) { res.status(denied()).end(); }',
      filename: 'file.ts',
      errors: [{ messageId: 'missingChallenge', line: 2, column: 49, suggestions: [{ messageId: 'addChallenge', data: { challenge: 'Bearer' }, output: "declare function denied(): 401;\nfunction h(req: unknown, res: any) { res.status(denied()).header('WWW-Authenticate', 'Bearer').end(); }" }] }],
    },
  ],
});
