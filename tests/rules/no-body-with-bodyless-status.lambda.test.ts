import rule from '../../rules/no-body-with-bodyless-status.js';
import { ruleTester } from '../ruleTester.js';
import { withBody } from './bodylessReports.js';

// AWS Lambda proxy results and Azure Functions' HttpResponseInit: `body: ''` sends nothing.
ruleTester.run('no-body-with-bodyless-status (lambda)', rule, {
  valid: [
    `export const handler = async (event) => ({ statusCode: 204, body: '' });`,
    `export const handler = async (event) => ({ statusCode: 204 });`,
    `export const handler = async (event) => ({ statusCode: 304, headers: { ETag: etag }, body: undefined });`,
    // A body we cannot read under a condition's 204 branch.
    `export const handler = async (event) => ({ statusCode: ok ? 200 : 204, body: JSON.stringify(items) });`,
  ],
  invalid: [
    {
      code: `export const handler = async (event) => ({ statusCode: 204, body: JSON.stringify({ ok: true }) });`,
      errors: [
        withBody(1, 56, {
          removeBody: { edit: 'no `body` property', output: `export const handler = async (event) => ({ statusCode: 204 });` },
          answerOk: `export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ ok: true }) });`,
        }),
      ],
    },
    {
      code: `export const handler = async (event) => {\n  return {\n    statusCode: 204,\n    body: 'gone',\n  };\n};`,
      errors: [
        withBody(3, 17, {
          removeBody: { edit: 'no `body` property', output: `export const handler = async (event) => {\n  return {\n    statusCode: 204,\n  };\n};` },
          answerOk: `export const handler = async (event) => {\n  return {\n    statusCode: 200,\n    body: 'gone',\n  };\n};`,
        }),
      ],
    },
    {
      code: `export const handler = async (event) => ({ statusCode: 304, headers: { ETag: etag }, body: html });`,
      errors: [
        withBody(1, 56, {
          removeBody: { edit: 'no `body` property', output: `export const handler = async (event) => ({ statusCode: 304, headers: { ETag: etag } });` },
          answerOk: `export const handler = async (event) => ({ statusCode: 200, headers: { ETag: etag }, body: html });`,
        }),
      ],
    },
    {
      code: `import { app } from '@azure/functions';\nexport async function remove(request, context) { return { status: 204, jsonBody: { ok: true } }; }`,
      errors: [
        withBody(2, 67, {
          removeBody: { edit: 'no `jsonBody` property', output: `import { app } from '@azure/functions';\nexport async function remove(request, context) { return { status: 204 }; }` },
          answerOk: `import { app } from '@azure/functions';\nexport async function remove(request, context) { return { status: 200, jsonBody: { ok: true } }; }`,
        }),
      ],
    },
    {
      // The 204 branch of a condition with a literal body: no edit, the 200 branch keeps its body.
      code: `export const handler = async (event) => ({ statusCode: ok ? 200 : 204, body: 'done' });`,
      errors: [withBody(1, 67)],
    },
  ],
});
