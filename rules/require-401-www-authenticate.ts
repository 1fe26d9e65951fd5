import type { TSESLint } from '@typescript-eslint/utils';

import { collectResponseSites } from '../src/analysis/server/collectResponseSites.js';
import { createRule } from '../src/createRule.js';
import { describeStatus } from '../src/http/statusRegistry.js';

export type Options = [{ challenge?: string }];
export type MessageIds = 'missingChallenge' | 'addChallenge';

const UNAUTHORIZED = new Set([401]);

export default createRule<Options, MessageIds>({
  name: 'require-401-www-authenticate',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a `WWW-Authenticate` challenge on every 401 Unauthorized response.',
      recommended: true,
      skipInTests: true,
      requirement: 'MUST',
      specification: 'RFC 9110 §15.5.2',
    },
    hasSuggestions: true,
    messages: {
      missingChallenge: '{{status}} response without a WWW-Authenticate challenge; add one, e.g. `{{challenge}}`.',
      addChallenge: 'Add the header `WWW-Authenticate: {{challenge}}`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          challenge: {
            type: 'string',
            minLength: 1,
            description: 'The challenge that suggestions insert, e.g. `Bearer`, `Basic realm="api"`.',
          },
        },
      },
    ],
    defaultOptions: [{ challenge: 'Bearer' }],
  },
  create(context, [{ challenge = 'Bearer' }]) {
    return collectResponseSites(context, UNAUTHORIZED, (site) => {
      if (!site.headers.complete || site.headers.names.has('www-authenticate')) return;
      const { addHeader, addsOnly } = site;
      const edit: TSESLint.ReportFixFunction | null =
        addHeader && (addsOnly === undefined || addsOnly === 'www-authenticate') ? (fixer) => addHeader(fixer, 'WWW-Authenticate', challenge) : null;
      context.report({
        node: site.node,
        messageId: 'missingChallenge',
        data: { status: describeStatus(site.status), challenge },
        suggest: edit ? [{ messageId: 'addChallenge', data: { challenge }, fix: edit }] : [],
      });
    });
  },
});
