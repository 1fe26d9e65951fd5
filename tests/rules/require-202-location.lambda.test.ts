import rule from '../../rules/require-202-location.js';
import { ruleTester } from '../ruleTester.js';

// AWS Lambda proxy results and Azure Functions results.
ruleTester.run('require-202-location (lambda)', rule, {
  valid: [
    `const monitor = { Location: '/jobs/1' };\nexport const handler = async () => ({ statusCode: 202, headers: { ...monitor, 'Retry-After': '5' }, body: '' });`,
    `export const handler = async () => ({ statusCode: 202, body: 'queued; poll https://api.example.com/jobs/1' });`,
    'export const handler = async () => ({ statusCode: 202, body: `queued ${id}` });',
    `export const handler = async () => ({ statusCode: 202, headers: { Location: '/jobs/1' }, body: '' });`,
    `export const handler = async () => ({ statusCode: 202, headers: { 'Operation-Location': '/ops/1' } });`,
    `export const handler = async () => ({ statusCode: 202, body: JSON.stringify({ id: 1, statusUrl: '/jobs/1' }) });`,
    `export const handler = async () => ({ statusCode: 202, body: JSON.stringify(job) });`,
    `import { app } from '@azure/functions';\napp.http('jobs', { handler: async () => ({ status: 202, headers: { 'Azure-AsyncOperation': '/ops/1' } }) });`,
    // Not a response: a descriptor returned by a helper.
    `function accepted() { return { statusCode: 202, message: 'queued' }; }`,
  ],
  invalid: [
    {
      code: `const cors = { 'Access-Control-Allow-Origin': '*' };\nexport const handler = async () => ({ statusCode: 202, headers: { ...cors, 'Retry-After': '5' }, body: '' });`,
      errors: [{ messageId: 'missingMonitor', line: 2, column: 51 }],
    },
    {
      code: `export const handler = async () => ({ statusCode: 202, body: 'queued' });`,
      errors: [{ messageId: 'missingMonitor', line: 1, column: 51 }],
    },
    {
      code: `export const handler = async (event) => {\n  return { statusCode: 202, body: JSON.stringify({ id: 1 }) };\n};`,
      errors: [{ messageId: 'missingMonitor', line: 2, column: 24 }],
    },
    {
      code: `import { app } from '@azure/functions';\napp.http('jobs', { handler: async () => ({ status: 202, jsonBody: { id: 1 } }) });`,
      errors: [{ messageId: 'missingMonitor', line: 2, column: 52 }],
    },
  ],
});
