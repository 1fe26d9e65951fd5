import { headerValueOption, requiredHeaderRule } from '../src/requiredHeaderRule.js';

export type Options = [{ challenge?: string }];
export type MessageIds = 'missingProxyChallenge' | 'addProxyChallenge';

export default requiredHeaderRule<Options, MessageIds>({
  name: 'require-407-proxy-authenticate',
  description: 'Require a `Proxy-Authenticate` challenge on every 407 Proxy Authentication Required response.',
  recommended: true,
  messages: {
    missingProxyChallenge: '{{status}} response without a Proxy-Authenticate challenge; add one, e.g. `{{challenge}}`.',
    addProxyChallenge: 'Add the header `Proxy-Authenticate: {{challenge}}`.',
  },
  addMessageId: 'addProxyChallenge',
  schema: headerValueOption('challenge', 'The challenge that suggestions insert, e.g. `Basic realm="proxy"`.'),
  defaultOptions: [{ challenge: 'Basic realm="proxy"' }],
  report: (_site, [{ challenge = 'Basic realm="proxy"' }]) => ({ messageId: 'missingProxyChallenge', data: { challenge }, value: challenge }),
});
