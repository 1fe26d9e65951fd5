import { headerValueOption, requiredHeaderRule } from '../src/requiredHeaderRule.js';

export type Options = [{ challenge?: string }];
export type MessageIds = 'missingChallenge' | 'addChallenge';

export default requiredHeaderRule<Options, MessageIds>({
  name: 'require-401-www-authenticate',
  description: 'Require a `WWW-Authenticate` challenge on every 401 Unauthorized response.',
  recommended: true,
  messages: {
    missingChallenge: '{{status}} response without a WWW-Authenticate challenge; add one, e.g. `{{challenge}}`.',
    addChallenge: 'Add the header `WWW-Authenticate: {{challenge}}`.',
  },
  addMessageId: 'addChallenge',
  schema: headerValueOption('challenge', 'The challenge that suggestions insert, e.g. `Bearer`, `Basic realm="api"`.'),
  defaultOptions: [{ challenge: 'Bearer' }],
  report: (_site, [{ challenge = 'Bearer' }]) => ({ messageId: 'missingChallenge', data: { challenge }, value: challenge }),
});
