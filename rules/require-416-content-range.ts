import { requiredHeaderRule } from '../src/requiredHeaderRule.js';

export type MessageIds = 'missingContentRange';

export default requiredHeaderRule<[], MessageIds>({
  name: 'require-416-content-range',
  description: 'Require a `Content-Range: bytes */<length>` header on 416 Range Not Satisfiable responses.',
  recommended: true,
  messages: {
    missingContentRange: '{{status}} response without Content-Range; send `Content-Range: bytes */<length>` with the current length of the resource.',
  },
  defaultOptions: [],
  // No suggestion: the length is only known at run time.
  report: () => ({ messageId: 'missingContentRange' }),
});
