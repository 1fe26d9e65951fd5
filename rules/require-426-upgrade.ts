import { headerValueOption, requiredHeaderRule } from '../src/requiredHeaderRule.js';

export type Options = [{ protocol?: string }];
export type MessageIds = 'missingUpgrade' | 'addUpgrade';

export default requiredHeaderRule<Options, MessageIds>({
  name: 'require-426-upgrade',
  description: 'Require an `Upgrade` header naming the protocol to switch to on every 426 Upgrade Required response.',
  recommended: true,
  messages: {
    // 426 is often used for "update your app": the message says what it means to HTTP.
    missingUpgrade:
      '{{status}} response without an Upgrade header naming the protocol to switch to; add one (e.g. `Upgrade: {{protocol}}`), or answer 400 if clients must update the app.',
    addUpgrade: 'Add the header `Upgrade: {{protocol}}`.',
  },
  addMessageId: 'addUpgrade',
  schema: headerValueOption('protocol', 'The protocol the server requires (`websocket`, `TLS/1.3, HTTP/1.1`); suggestions insert it, and only when it is set.'),
  defaultOptions: [{}],
  // No suggestion without a configured protocol: a guess would be wrong for every other protocol.
  report: (_site, [{ protocol }]) => ({ messageId: 'missingUpgrade', data: { protocol: protocol ?? 'websocket' }, ...(protocol ? { value: protocol } : {}) }),
});
